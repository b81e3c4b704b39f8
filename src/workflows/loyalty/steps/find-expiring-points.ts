import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { isoDay } from "../../../modules/loyalty/rules/dates"

export const POINTS_EXPIRING_TEMPLATE = "loyalty-points-expiring"

/**
 * L4: the emails warning members that points expire within
 * settings.expiry_warning_days, for those who still hold such points. Each
 * carries an idempotency key naming the account and the first expiry day, so
 * the Notification module sends one warning per expiring batch however often
 * the job runs.
 */
export const findExpiringPointsStep = createStep(
  "loyalty-find-expiring-points",
  async (input: { now: Date }, { container }) => {
    const now = new Date(input.now)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const settings = await loyalty.retrieveSettings()
    const days = settings.expiry_warning_days
    if (!settings.expiry_months || !days) return new StepResponse([] as CreateNotificationDTO[])

    const accounts = await loyalty.listAccountsWithCreditsExpiring(now, new Date(now.getTime() + days * 86_400_000))
    if (!accounts.length) return new StepResponse([] as CreateNotificationDTO[])
    // whom to tell, through Query: the customer module's own data
    const { data: customers } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["id", "email", "first_name"],
      filters: { id: accounts.map((a) => a.customer_id) },
    })
    const customerOf = new Map(customers.map((c) => [c.id, c]))
    const summaries = await loyalty.summarisePoints(
      accounts.map((a) => a.account_id),
      { now, expiringWithinDays: days }
    )
    const expiring = new Map(summaries.map((s) => [s.account_id, s]))
    const notifications: CreateNotificationDTO[] = []
    for (const row of accounts) {
      const customer = customerOf.get(row.customer_id)
      if (!customer?.email) continue
      const points = expiring.get(row.account_id)!
      // already spent (redeemed or reversed): nothing to warn about
      if (points.expiring <= 0) continue
      const day = isoDay(new Date(row.first_expiry))
      notifications.push({
        to: customer.email,
        channel: "email",
        template: POINTS_EXPIRING_TEMPLATE,
        receiver_id: row.customer_id,
        resource_id: row.account_id,
        resource_type: "loyalty_account",
        trigger_type: "loyalty.points_expiring",
        idempotency_key: `${POINTS_EXPIRING_TEMPLATE}:${row.account_id}:${day}`,
        data: {
          customer_id: row.customer_id,
          first_name: customer.first_name ?? null,
          points: points.expiring,
          balance: points.balance,
          expires_on: day,
        },
      })
    }
    return new StepResponse(notifications)
  }
)
