import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { isoDay } from "../utils/dates"

export const POINTS_EXPIRING_TEMPLATE = "loyalty-points-expiring"

// per account with credits expiring in (now, horizon]: the first such day, and the customer to tell
const EXPIRING = `select a.id as account_id, a.customer_id, c.email, c.first_name, min(e.expires_at) as first_expiry
  from loyalty_points_entry e
  join loyalty_account a on a.id = e.account_id and a.deleted_at is null
  join customer c on c.id = a.customer_id and c.deleted_at is null
  where e.deleted_at is null and e.points > 0 and e.expires_at > ? and e.expires_at <= ?
    and c.email is not null
  group by a.id, a.customer_id, c.email, c.first_name`

type Row = { account_id: string; customer_id: string; email: string; first_name: string | null; first_expiry: Date }

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

    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(EXPIRING, [now, new Date(now.getTime() + days * 86_400_000)])
    const summaries = await loyalty.summarisePoints(
      rows.map((r: Row) => r.account_id),
      { now, expiringWithinDays: days }
    )
    const expiring = new Map(summaries.map((s) => [s.account_id, s]))
    const notifications: CreateNotificationDTO[] = []
    for (const row of rows as Row[]) {
      const points = expiring.get(row.account_id)!
      // already spent (redeemed or reversed): nothing to warn about
      if (points.expiring <= 0) continue
      const day = isoDay(new Date(row.first_expiry))
      notifications.push({
        to: row.email,
        channel: "email",
        template: POINTS_EXPIRING_TEMPLATE,
        receiver_id: row.customer_id,
        resource_id: row.account_id,
        resource_type: "loyalty_account",
        trigger_type: "loyalty.points_expiring",
        idempotency_key: `${POINTS_EXPIRING_TEMPLATE}:${row.account_id}:${day}`,
        data: {
          customer_id: row.customer_id,
          first_name: row.first_name,
          points: points.expiring,
          balance: points.balance,
          expires_on: day,
        },
      })
    }
    return new StepResponse(notifications)
  }
)
