import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isCounted } from "../../../modules/customer-facts/order-facts"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { closeOpenedAccounts } from "./close-opened-accounts"
import type { BookEntryInput } from "../../../modules/loyalty/service"
import { addMonths } from "../../../modules/loyalty/rules/dates"
import { computeOrderEarning, type EarnMetadata, type OrderForEarning, orderEarnReference } from "../../../modules/loyalty/rules/earning"
import { POINTS_REASONS } from "../../../types/loyalty"

const DAY = 86_400_000

export type OrderAward = {
  order_id: string
  /** null for a guest order or one not to award (canceled, draft): nothing is booked */
  customer_id: string | null
  /** the order's own points (the referral bonuses come on top) */
  points: number
  entries: BookEntryInput[]
}

// one Query read: the totals are the order module's own (credit lines included)
const ORDER_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "status",
  "is_draft_order",
  "created_at",
  "total",
  "item_total",
  "shipping_total",
  "items.id",
  "items.quantity",
  "items.total",
  "items.product.collection_id",
]

type OrderRow = OrderForEarning & { id: string; customer_id: string | null; status: string; is_draft_order: boolean; created_at: string | Date }

/**
 * L2: what each order earns, as ledger entries to book: `order:<id>:earn` on
 * what was actually paid (see computeOrderEarning), and on the member's first
 * order that counts, the referral bonuses for her and her referrer. The points
 * date from the order (a retried or seeded award earns as if on time): they
 * become spendable after the pending days and expire after the expiry months.
 * Opens the members' accounts (closed again on undo). Writes no entry itself. Many orders cost one
 * order read, one settings read, one account upsert and one tier read, so the
 * batched award and the single one share this step. An unknown order fails
 * the whole step (the batched path then awards its orders one by one).
 */
export const prepareOrderAwardsStep = createStep(
  "loyalty-prepare-order-awards",
  async ({ order_ids }: { order_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const ids = [...new Set(order_ids)]
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids } })
    const orders = new Map((data as OrderRow[]).map((o) => [o.id, o]))
    const missing = ids.filter((id) => !orders.has(id))
    if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${missing.join(", ")} was not found`)

    // guest orders and those not to award (canceled, draft) earn nothing
    const earning = new Set(ids.filter((id) => earns(orders.get(id)!)))
    const customerIds = [...new Set([...earning].map((id) => orders.get(id)!.customer_id!))]
    if (!customerIds.length) return new StepResponse(ids.map((order_id): OrderAward => ({ order_id, customer_id: null, points: 0, entries: [] })))
    const [settings, { accounts, opened_ids }, tiers] = await Promise.all([
      loyalty.retrieveSettings(),
      loyalty.openAccounts(customerIds),
      loyalty.listLoyaltyTiers({}, { select: ["id", "points_multiplier"], take: null }),
    ])
    const accountOf = new Map(accounts.map((a) => [a.customer_id, a] as const))
    const multiplierOf = new Map(tiers.map((t) => [t.id, Number(t.points_multiplier ?? 1)] as const))

    const awards: OrderAward[] = []
    for (const id of ids) {
      const order = orders.get(id)!
      const account = earning.has(id) ? accountOf.get(order.customer_id!) : undefined
      if (!account) {
        awards.push({ order_id: id, customer_id: null, points: 0, entries: [] })
        continue
      }
      const tierId = (account as { tier_id?: string | null }).tier_id
      awards.push(await awardOf(container, order, account, settings, (tierId ? multiplierOf.get(tierId) : undefined) ?? 1))
    }
    return new StepResponse(awards, opened_ids)
  },
  closeOpenedAccounts
)

// a customer's counted order (placed, not a draft, not canceled), as the customer facts count it
const earns = (order: OrderRow) => !!order.customer_id && isCounted(order)

type Settings = Awaited<ReturnType<LoyaltyModuleService["retrieveSettings"]>>
type Account = Awaited<ReturnType<LoyaltyModuleService["ensureAccounts"]>>[number]

/** One member's order: its earn entry and, on her first counted order, the referral bonuses. */
async function awardOf(container: MedusaContainer, order: OrderRow, account: Account, settings: Settings, tierMultiplier: number): Promise<OrderAward> {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const currency = order.currency_code.toLowerCase()
  const earning = computeOrderEarning(order, {
    earn_rate: (settings.earn_rates as Record<string, number> | null)?.[currency],
    collection_multipliers: (settings.collection_multipliers as Record<string, number> | null) ?? {},
    tier_multiplier: tierMultiplier,
  })

  const placedAt = new Date(order.created_at)
  const credit = {
    available_at: new Date(placedAt.getTime() + settings.pending_days * DAY),
    expires_at: settings.expiry_months ? addMonths(placedAt, settings.expiry_months) : null,
  }
  const entries: BookEntryInput[] = []
  if (earning.points > 0) {
    const metadata: EarnMetadata = {
      currency_code: currency,
      basis: earning.basis,
      multiplier: tierMultiplier,
      paid_total: earning.paid_total,
      items: earning.items,
    }
    entries.push({
      account_id: account.id,
      kind: "earn",
      points: earning.points,
      reference: orderEarnReference(order.id),
      reason: POINTS_REASONS.order_placed,
      order_id: order.id,
      ...credit,
      metadata,
    })
  }
  if (account.referred_by_account_id && (await isFirstCountedOrder(container, order))) {
    const [referrer] = await loyalty.listLoyaltyAccounts({ id: account.referred_by_account_id }, { select: ["id"] })
    const bonuses = [
      { side: "referrer", account_id: referrer?.id, points: settings.referral_bonus_referrer, reason: POINTS_REASONS.referral_referrer },
      { side: "referee", account_id: account.id, points: settings.referral_bonus_referee, reason: POINTS_REASONS.referral_referee },
    ]
    for (const bonus of bonuses) {
      if (!bonus.account_id || bonus.points <= 0) continue
      // no order_id: the bonuses are not the order's points, a reversal leaves them alone
      entries.push({
        account_id: bonus.account_id,
        kind: "earn",
        points: bonus.points,
        reference: `referral:${order.customer_id}:${bonus.side}`,
        reason: bonus.reason,
        ...credit,
        metadata: { order_id: order.id },
      })
    }
  }
  return { order_id: order.id, customer_id: order.customer_id, points: earning.points, entries }
}

/** Whether no order of the customer placed before this one still counts (canceled and draft orders don't). */
async function isFirstCountedOrder(container: MedusaContainer, order: { id: string; customer_id: string | null; created_at: string | Date }) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id"],
    filters: {
      customer_id: order.customer_id,
      id: { $ne: order.id },
      status: { $nin: ["canceled", "draft"] },
      is_draft_order: false,
      created_at: { $lt: order.created_at },
    },
    pagination: { take: 1 },
  })
  return data.length === 0
}
