import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { BehaviourSettings, CustomerFact, CustomerSpend, OrderFact, OrderItemFact } from "./models"

/** An order as the facts keep it (see orderFactOf); `exists: false` removes its facts. */
export type OrderFactInput = {
  order_id: string
  exists: boolean
  customer_id?: string | null
  currency_code?: string
  placed_at?: Date | string
  counted?: boolean
  canceled_at?: Date | string | null
  /** decimal strings, major units */
  current_total?: string
  paid_total?: string
  refunded_total?: string
  net_spend?: string
  items?: {
    item_id: string
    product_id: string | null
    variant_id: string | null
    collection_id: string | null
    title: string
    quantity: number
    returned_quantity: number
    total: string
  }[]
}

/** The rows of some orders before a write, to put back if the write is undone. */
export type OrderFactsSnapshot = { order_ids: string[]; orders: Record<string, unknown>[]; items: Record<string, unknown>[] }

/** Spend per customer and currency, major units. */
export type SpendByCustomer = Map<string, Record<string, number>>

const newId = (prefix: string) => `'${prefix}_' || replace(gen_random_uuid()::text, '-', '')`
const raw = (column: string) => `jsonb_build_object('value', (${column})::text, 'precision', 20)`
const MONEY = ["current_total", "paid_total", "refunded_total", "net_spend"] as const
const GAPS_KEPT = 5

/**
 * The customer facts: a read model of every customer's orders (spend per
 * currency, visits, cadence, what she bought) owned by the plugin, so tiers,
 * source statistics, customer sets and analytics never read Medusa's order
 * tables. Kept in step by order events, each rewriting its order's facts from
 * the order's current state (a replay changes nothing), and rebuildable from
 * scratch. Every write of an order recomputes its customer's figures in the
 * same transaction, under her lock, so two orders of hers never race.
 */
class CustomerFactsModuleService extends MedusaService({ OrderFact, OrderItemFact, CustomerFact, CustomerSpend, BehaviourSettings }) {
  protected knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    return (manager.getTransactionContext() ?? manager.getKnex()) as Knex
  }

  /**
   * Rewrites the facts of these orders (and removes those of orders that are
   * gone), then their customers' figures. Returns what was there before.
   */
  @InjectTransactionManager()
  async recordOrders(inputs: OrderFactInput[], @MedusaContext() sharedContext: Context = {}): Promise<OrderFactsSnapshot> {
    const knex = this.knex_(sharedContext)
    const orderIds = [...new Set(inputs.map((i) => i.order_id))]
    if (!orderIds.length) return { order_ids: [], orders: [], items: [] }
    const snapshot = await this.snapshot_(knex, orderIds)
    const customers = new Set<string>()
    for (const row of [...snapshot.orders, ...inputs]) if (row.customer_id) customers.add(row.customer_id as string)
    await this.lockCustomers_(knex, [...customers])

    // `deleted_at IS NULL` (facts are never soft-deleted) lets the partial indexes serve the deletes
    await knex("facts_order").whereIn("order_id", orderIds).whereNull("deleted_at").del()
    await knex("facts_order_item").whereIn("order_id", orderIds).whereNull("deleted_at").del()
    const live = inputs.filter((i) => i.exists)
    for (let i = 0; i < live.length; i += 500) await this.insertOrders_(knex, live.slice(i, i + 500))
    await this.recomputeCustomers_(knex, [...customers])
    return snapshot
  }

  /** Puts orders' facts back as a snapshot had them (the undo of recordOrders). */
  @InjectTransactionManager()
  async restoreOrders(snapshot: OrderFactsSnapshot, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    if (!snapshot.order_ids.length) return
    const now = await this.snapshot_(knex, snapshot.order_ids)
    const customers = new Set<string>()
    for (const row of [...snapshot.orders, ...now.orders]) if (row.customer_id) customers.add(row.customer_id as string)
    await this.lockCustomers_(knex, [...customers])
    await knex("facts_order").whereIn("order_id", snapshot.order_ids).whereNull("deleted_at").del()
    await knex("facts_order_item").whereIn("order_id", snapshot.order_ids).whereNull("deleted_at").del()
    if (snapshot.orders.length) await knex("facts_order").insert(snapshot.orders)
    if (snapshot.items.length) await knex("facts_order_item").insert(snapshot.items)
    await this.recomputeCustomers_(knex, [...customers])
  }

  /** When customers were created (customer.created, the rebuild); their figures stay as they are. */
  @InjectTransactionManager()
  async recordCustomers(
    customers: { customer_id: string; registered_at: Date | string }[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (!customers.length) return
    await this.knex_(sharedContext).raw(
      `INSERT INTO facts_customer (id, customer_id, registered_at, orders_count, created_at, updated_at)
       SELECT ${newId("fctcus")}, c.customer_id, c.registered_at, 0, now(), now()
       FROM unnest(?::text[], ?::timestamptz[]) AS c(customer_id, registered_at)
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET registered_at = excluded.registered_at, updated_at = now()`,
      [customers.map((c) => c.customer_id), customers.map((c) => new Date(c.registered_at))]
    )
  }

  /**
   * A deleted customer leaves the figures (her row is soft-deleted, her spend
   * rows removed) and is not counted again; her orders' facts stay, as
   * Medusa keeps the orders. Returns the rows removed, for `restoreCustomers`.
   */
  @InjectTransactionManager()
  async removeCustomers(customerIds: string[], @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const ids = [...new Set(customerIds)]
    const facts = await knex("facts_customer").select("id").whereIn("customer_id", ids).whereNull("deleted_at")
    const spend = await knex("facts_customer_spend").whereIn("customer_id", ids).whereNull("deleted_at")
    await knex("facts_customer").whereIn("id", facts.map((f) => f.id)).update({ deleted_at: new Date() })
    await knex("facts_customer_spend").whereIn("customer_id", ids).whereNull("deleted_at").del()
    return { fact_ids: facts.map((f) => f.id as string), spend: spend as Record<string, unknown>[] }
  }

  /** Undoes `removeCustomers`. */
  @InjectTransactionManager()
  async restoreCustomers(
    removed: { fact_ids: string[]; spend: Record<string, unknown>[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knex_(sharedContext)
    if (removed.fact_ids.length) await knex("facts_customer").whereIn("id", removed.fact_ids).update({ deleted_at: null })
    if (removed.spend.length) await knex("facts_customer_spend").insert(removed.spend)
  }

  /**
   * The end of a rebuild: facts no pass of it wrote since `since` belong to
   * orders and customers Medusa no longer has; they go, and the customers of
   * those orders are recomputed. Returns how many orders' facts went.
   */
  @InjectTransactionManager()
  async forgetNotSeenSince(since: Date, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const stale: { order_id: string; customer_id: string | null }[] = await knex("facts_order")
      .select("order_id", "customer_id")
      .where("updated_at", "<", since)
    const customers = [...new Set(stale.flatMap((o) => (o.customer_id ? [o.customer_id] : [])))]
    await this.lockCustomers_(knex, customers)
    await knex("facts_order").whereIn("order_id", stale.map((o) => o.order_id)).whereNull("deleted_at").del()
    await knex("facts_order_item").whereIn("order_id", stale.map((o) => o.order_id)).whereNull("deleted_at").del()
    await knex("facts_customer").whereNull("deleted_at").where("updated_at", "<", since).whereNotIn("customer_id", customers).del()
    await this.recomputeCustomers_(knex, customers)
    return stale.length
  }

  /** Whether any order has facts yet (a new installation has none until its first rebuild). */
  @InjectManager()
  async hasOrderFacts(@MedusaContext() sharedContext: Context = {}) {
    return !!(await this.knex_(sharedContext)("facts_order").select("id").first())
  }

  /**
   * Spend per customer and currency over counted orders placed since `since`
   * (all of them when null): of the customers given, or of everyone who has
   * one. Exact decimal sums in the database.
   */
  @InjectManager()
  async spendByCustomer(
    customerIds: string[] | null,
    since: Date | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SpendByCustomer> {
    const knex = this.knex_(sharedContext)
    const query = knex("facts_order")
      .select("customer_id", "currency_code")
      .sum({ amount: "net_spend" })
      .where("counted", true)
      .whereNull("deleted_at")
      .whereNotNull("customer_id")
      .groupBy("customer_id", "currency_code")
    if (customerIds) query.whereIn("customer_id", [...new Set(customerIds)])
    if (since) query.where("placed_at", ">=", since)
    const spend: SpendByCustomer = new Map()
    for (const row of (await query) as { customer_id: string; currency_code: string; amount: string }[]) {
      const byCurrency = spend.get(row.customer_id) ?? {}
      byCurrency[row.currency_code] = Number(row.amount)
      spend.set(row.customer_id, byCurrency)
    }
    return spend
  }

  private async snapshot_(knex: Knex, orderIds: string[]): Promise<OrderFactsSnapshot> {
    const [orders, items] = await Promise.all([
      knex("facts_order").whereIn("order_id", orderIds).whereNull("deleted_at"),
      knex("facts_order_item").whereIn("order_id", orderIds).whereNull("deleted_at"),
    ])
    return { order_ids: orderIds, orders, items }
  }

  // in a fixed order, so two writes touching the same customers never deadlock
  private async lockCustomers_(knex: Knex, customerIds: string[]) {
    if (!customerIds.length) return
    await knex.raw(
      `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended('customer-facts:' || c, 0) AS k FROM unnest(?::text[]) c) s ORDER BY k`,
      [customerIds]
    )
  }

  private async insertOrders_(knex: Knex, orders: OrderFactInput[]) {
    const money = (value: string | undefined) => value ?? "0"
    await knex.raw(
      `INSERT INTO facts_order (id, order_id, customer_id, currency_code, placed_at, counted, canceled_at,
         ${MONEY.join(", ")}, ${MONEY.map((m) => `raw_${m}`).join(", ")}, created_at, updated_at)
       SELECT ${newId("fctord")}, o.order_id, o.customer_id, o.currency_code, o.placed_at, o.counted, o.canceled_at,
         ${MONEY.map((m) => `o.${m}`).join(", ")}, ${MONEY.map((m) => raw(`o.${m}`)).join(", ")}, now(), now()
       FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::boolean[], ?::timestamptz[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[])
         AS o(order_id, customer_id, currency_code, placed_at, counted, canceled_at, ${MONEY.join(", ")})`,
      [
        orders.map((o) => o.order_id),
        orders.map((o) => o.customer_id ?? null),
        orders.map((o) => o.currency_code!),
        orders.map((o) => new Date(o.placed_at!)),
        orders.map((o) => !!o.counted),
        orders.map((o) => (o.canceled_at ? new Date(o.canceled_at) : null)),
        ...MONEY.map((m) => orders.map((o) => money(o[m]))),
      ] as Knex.RawBinding[]
    )
    const items = orders.flatMap((o) => (o.items ?? []).map((item) => ({ ...item, order: o })))
    if (!items.length) return
    await knex.raw(
      `INSERT INTO facts_order_item (id, order_id, customer_id, item_id, product_id, variant_id, collection_id, title,
         placed_at, counted, quantity, returned_quantity, total, raw_total, created_at, updated_at)
       SELECT ${newId("fctitm")}, i.order_id, i.customer_id, i.item_id, i.product_id, i.variant_id, i.collection_id, i.title,
         i.placed_at, i.counted, i.quantity, i.returned_quantity, i.total, ${raw("i.total")}, now(), now()
       FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::boolean[], ?::int[], ?::int[], ?::numeric[])
         AS i(order_id, customer_id, item_id, product_id, variant_id, collection_id, title, placed_at, counted, quantity, returned_quantity, total)`,
      [
        items.map((i) => i.order.order_id),
        items.map((i) => i.order.customer_id ?? null),
        items.map((i) => i.item_id),
        items.map((i) => i.product_id),
        items.map((i) => i.variant_id),
        items.map((i) => i.collection_id),
        items.map((i) => i.title),
        items.map((i) => new Date(i.order.placed_at!)),
        items.map((i) => !!i.order.counted),
        items.map((i) => i.quantity),
        items.map((i) => i.returned_quantity),
        items.map((i) => i.total),
      ] as Knex.RawBinding[]
    )
  }

  /**
   * Her figures from her counted order facts: spend per currency, and across
   * currencies her orders, first and last, and the gaps between her last
   * orders. A customer removed (deleted) gets none again.
   */
  private async recomputeCustomers_(knex: Knex, customerIds: string[]) {
    if (!customerIds.length) return
    await knex.raw(`DELETE FROM facts_customer_spend WHERE customer_id = ANY(?::text[]) AND deleted_at IS NULL`, [customerIds])
    await knex.raw(
      `INSERT INTO facts_customer_spend (id, customer_id, currency_code, orders_count, net_spend, raw_net_spend,
         avg_order_value, raw_avg_order_value, first_order_at, last_order_at, created_at, updated_at)
       SELECT ${newId("fctspd")}, customer_id, currency_code, n, spend, ${raw("spend")},
         round(spend / n, 4), ${raw("round(spend / n, 4)")}, first_at, last_at, now(), now()
       FROM (
         SELECT o.customer_id, o.currency_code, count(*) AS n, sum(o.net_spend) AS spend, min(o.placed_at) AS first_at, max(o.placed_at) AS last_at
         FROM facts_order o
         WHERE o.customer_id = ANY(?::text[]) AND o.counted AND o.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM facts_customer d WHERE d.customer_id = o.customer_id AND d.deleted_at IS NOT NULL)
         GROUP BY o.customer_id, o.currency_code
       ) per_currency`,
      [customerIds]
    )
    await knex.raw(
      `WITH counted AS (
         SELECT customer_id, placed_at,
           extract(epoch FROM placed_at - lag(placed_at) OVER (PARTITION BY customer_id ORDER BY placed_at, order_id)) / 86400.0 AS gap,
           row_number() OVER (PARTITION BY customer_id ORDER BY placed_at DESC, order_id DESC) AS recent
         FROM facts_order WHERE customer_id = ANY(?::text[]) AND counted AND deleted_at IS NULL
       ), visits AS (
         SELECT customer_id, count(*) AS n, min(placed_at) AS first_at, max(placed_at) AS last_at,
           json_agg(round(gap::numeric, 1) ORDER BY placed_at) FILTER (WHERE gap IS NOT NULL AND recent <= ${GAPS_KEPT}) AS gaps,
           avg(gap) FILTER (WHERE gap IS NOT NULL AND recent <= ${GAPS_KEPT}) AS avg_gap
         FROM counted GROUP BY customer_id
       )
       INSERT INTO facts_customer (id, customer_id, orders_count, first_order_at, last_order_at, recent_gap_days, avg_gap_days, created_at, updated_at)
       SELECT ${newId("fctcus")}, c.customer_id, coalesce(v.n, 0), v.first_at, v.last_at, v.gaps, round(v.avg_gap::numeric, 1), now(), now()
       FROM unnest(?::text[]) AS c(customer_id)
       LEFT JOIN visits v ON v.customer_id = c.customer_id
       WHERE NOT EXISTS (SELECT 1 FROM facts_customer d WHERE d.customer_id = c.customer_id AND d.deleted_at IS NOT NULL)
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET
         orders_count = excluded.orders_count, first_order_at = excluded.first_order_at, last_order_at = excluded.last_order_at,
         recent_gap_days = excluded.recent_gap_days, avg_gap_days = excluded.avg_gap_days, updated_at = now()`,
      [customerIds, customerIds]
    )
  }
}

export default CustomerFactsModuleService
