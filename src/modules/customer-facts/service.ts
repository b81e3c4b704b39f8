import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  BEHAVIOUR_CLASSES,
  BEHAVIOUR_GROUPS,
  type BehaviourClass,
  type BehaviourGroup,
  type BehaviourRule,
  type CustomerBehaviour,
  DEFAULT_BEHAVIOUR_RULES,
} from "../../types/customer-behaviour"
import type { ItemKind } from "../../types/analytics"
import { behaviourGrid, behaviourRulesProblem } from "./behaviour-rules"
import { BehaviourSettings, CustomerFact, CustomerSpend, OrderFact, OrderItemFact } from "./models"
import type { Place } from "./places"

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
  /** where it went (shipping, else billing address; see placeOf) */
  city?: string | null
  city_key?: string | null
  country_code?: string | null
  items?: {
    item_id: string
    product_id: string | null
    variant_id: string | null
    collection_id: string | null
    title: string
    /** service unless its product's type says product (itemKindOf) */
    kind?: ItemKind
    quantity: number
    returned_quantity: number
    total: string
  }[]
}

/** The rows of some orders before a write, to put back if the write is undone. */
export type OrderFactsSnapshot = { order_ids: string[]; orders: Record<string, unknown>[]; items: Record<string, unknown>[] }

/** How many customers are in each class and group. */
export type BehaviourCounts = { by_class: Record<BehaviourClass, number>; by_group: Record<BehaviourGroup, number> }

/** What a scoring run did. */
/** `scored`: every buyer; `changed`: the rows this run rewrote (scores or class moved), `cleared`: those that lost theirs. */
export type BehaviourScoring = BehaviourCounts & { scored: number; changed: number; cleared: number; scored_at: string; duration_ms: number }

/** The class table in use and the last run. */
export type BehaviourSettingsView = { rules: BehaviourRule[]; last_scored_at: string | null; last_duration_ms: number | null }

/** Spend per customer and currency, major units. */
export type SpendByCustomer = Map<string, Record<string, number>>

/** Counts per class and group from rows of (behaviour_class, behaviour_group, n); every class and group present, 0 when empty. */
function countsOf(rows: { behaviour_class: string | null; behaviour_group: string | null; n: number }[]): BehaviourCounts {
  const by_class = Object.fromEntries(BEHAVIOUR_CLASSES.map((c) => [c, 0])) as Record<BehaviourClass, number>
  const by_group = Object.fromEntries(BEHAVIOUR_GROUPS.map((g) => [g, 0])) as Record<BehaviourGroup, number>
  for (const row of rows) {
    if (row.behaviour_class) by_class[row.behaviour_class as BehaviourClass] += row.n
    if (row.behaviour_group) by_group[row.behaviour_group as BehaviourGroup] += row.n
  }
  return { by_class, by_group }
}

const newId = (prefix: string) => `'${prefix}_' || replace(gen_random_uuid()::text, '-', '')`
const raw = (column: string) => `jsonb_build_object('value', (${column})::text, 'precision', 20)`
const MONEY = ["current_total", "paid_total", "refunded_total", "net_spend"] as const
const GAPS_KEPT = 5
/** An order's staff as the feedback module holds them (its order staff rows), ids sorted; null when none. */
const STAFF_OF = (orderId: string) =>
  `(SELECT array_agg(s.user_id ORDER BY s.user_id) FROM feedback_order_staff s WHERE s.order_id = ${orderId} AND s.deleted_at IS NULL)`

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

  /**
   * When customers were created and where they live (customer.created and
   * .updated, the rebuild); their figures stay as they are. `place` null: she
   * has no address of her own, and her last counted order's address stands in.
   */
  @InjectTransactionManager()
  async recordCustomers(
    customers: { customer_id: string; registered_at: Date | string; place: Place | null }[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (!customers.length) return
    const knex = this.knex_(sharedContext)
    await knex.raw(
      `INSERT INTO facts_customer (id, customer_id, registered_at, orders_count, city, city_key, country_code, address_from, created_at, updated_at)
       SELECT ${newId("fctcus")}, c.customer_id, c.registered_at, 0, c.city, c.city_key, c.country_code,
         CASE WHEN c.city IS NULL AND c.country_code IS NULL THEN NULL ELSE 'customer' END, now(), now()
       FROM unnest(?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[]) AS c(customer_id, registered_at, city, city_key, country_code)
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET registered_at = excluded.registered_at,
         city = excluded.city, city_key = excluded.city_key, country_code = excluded.country_code, address_from = excluded.address_from,
         updated_at = now()`,
      [
        customers.map((c) => c.customer_id),
        customers.map((c) => new Date(c.registered_at)),
        customers.map((c) => c.place?.city ?? null),
        customers.map((c) => c.place?.city_key ?? null),
        customers.map((c) => c.place?.country_code ?? null),
      ] as Knex.RawBinding[]
    )
    await this.placeFromOrders_(knex, customers.filter((c) => !c.place).map((c) => c.customer_id))
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

  /**
   * Copies orders' staff from the feedback module's order staff onto their
   * facts (after staff are set). Returns what the facts had, for `restoreOrderStaff`.
   */
  @InjectTransactionManager()
  async recordOrderStaff(orderIds: string[], @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const { rows } = await knex.raw(
      `WITH before AS (
         SELECT id, order_id, staff_user_ids FROM facts_order WHERE order_id = ANY(?::text[]) AND deleted_at IS NULL FOR UPDATE
       )
       UPDATE facts_order o SET staff_user_ids = ${STAFF_OF("o.order_id")}
       FROM before b WHERE o.id = b.id
       RETURNING b.order_id, b.staff_user_ids`,
      [[...new Set(orderIds)]]
    )
    return rows as { order_id: string; staff_user_ids: string[] | null }[]
  }

  /** Undoes `recordOrderStaff`. */
  @InjectTransactionManager()
  async restoreOrderStaff(previous: { order_id: string; staff_user_ids: string[] | null }[], @MedusaContext() sharedContext: Context = {}) {
    if (!previous.length) return
    await this.knex_(sharedContext).raw(
      `UPDATE facts_order o SET staff_user_ids = p.staff_user_ids
       FROM jsonb_to_recordset(?::jsonb) AS p(order_id text, staff_user_ids text[])
       WHERE o.order_id = p.order_id AND o.deleted_at IS NULL`,
      [JSON.stringify(previous)]
    )
  }

  /**
   * After a rebuild: Postgres' statistics and visibility map brought up to
   * date, so the reports' index-only scans read no table pages (autovacuum
   * would do it, later). Runs outside any transaction, as VACUUM must.
   */
  @InjectManager()
  async vacuumFacts(@MedusaContext() sharedContext: Context = {}) {
    await this.knex_(sharedContext).raw(`VACUUM (ANALYZE) facts_order, facts_order_item, facts_customer, facts_customer_spend`)
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

  /** The class table in use (the defaults until one is saved) and the last scoring run. Writes nothing. */
  @InjectManager()
  async readBehaviourSettings(@MedusaContext() sharedContext: Context = {}): Promise<BehaviourSettingsView> {
    const row = await this.knex_(sharedContext)("facts_behaviour_settings").whereNull("deleted_at").orderBy("created_at").first()
    return {
      rules: (row?.rules as BehaviourRule[] | undefined) ?? DEFAULT_BEHAVIOUR_RULES,
      last_scored_at: row?.last_scored_at ? new Date(row.last_scored_at).toISOString() : null,
      last_duration_ms: row?.last_duration_ms ?? null,
    }
  }

  /**
   * Saves the class table (refused, naming the rule or the uncovered cell,
   * unless it is whole: see behaviourRulesProblem). Returns the table it replaced.
   */
  @InjectTransactionManager()
  async saveBehaviourRules(rules: BehaviourRule[], @MedusaContext() sharedContext: Context = {}): Promise<BehaviourRule[]> {
    const problem = behaviourRulesProblem(rules)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    const knex = this.knex_(sharedContext)
    await this.lockSettings_(knex)
    const row = await knex("facts_behaviour_settings").whereNull("deleted_at").orderBy("created_at").first()
    const json = JSON.stringify(rules)
    if (row) await knex("facts_behaviour_settings").where("id", row.id).update({ rules: json, updated_at: new Date() })
    else await knex.raw(`INSERT INTO facts_behaviour_settings (id, rules) VALUES (${newId("fctbhv")}, ?::jsonb)`, [json])
    return (row?.rules as BehaviourRule[] | undefined) ?? DEFAULT_BEHAVIOUR_RULES
  }

  /**
   * Scores every customer with a counted order in one statement: recency
   * (days since her last order, fewer is better), frequency (orders) and
   * monetary (net spend, ranked within each currency, her best rank kept),
   * each 1–5 by quintile (`ntile(5)`, ties broken by customer id so a run is
   * repeatable), and her class from the table's cell at (R, round((F + M) / 2)).
   * Customers without a counted order (any more) lose theirs. Only the rows
   * whose scores or class move are written (a nightly run moves few: every
   * buyer's days grow by one, which keeps the order of the ranking), and
   * their `behaviour_scored_at` says when they last moved; the run's time is
   * the settings' `last_scored_at`. `updated_at` is left alone: it tells the
   * rebuild which rows Medusa still had.
   */
  @InjectTransactionManager()
  async scoreBehaviour(rules: BehaviourRule[], now: Date, @MedusaContext() sharedContext: Context = {}): Promise<BehaviourScoring> {
    const problem = behaviourRulesProblem(rules)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    const started = performance.now()
    const knex = this.knex_(sharedContext)
    // two runs at once would only write the same rows twice, and could deadlock doing it
    await knex.raw(`SELECT pg_advisory_xact_lock(hashtextextended('customer-facts:behaviour-scoring', 0))`)
    // the three rankings sort every buyer: in memory rather than on disk (this transaction only)
    await knex.raw(`SET LOCAL work_mem = '64MB'`)
    const cleared = await knex.raw(
      `UPDATE facts_customer SET recency_score = NULL, frequency_score = NULL, monetary_score = NULL,
         behaviour_class = NULL, behaviour_group = NULL, behaviour_scored_at = NULL
       WHERE deleted_at IS NULL AND orders_count = 0 AND behaviour_scored_at IS NOT NULL`
    )
    const grid = behaviourGrid(rules)
    const { rows } = await knex.raw(
      `WITH buyers AS (
         SELECT customer_id, orders_count, floor(extract(epoch FROM (?::timestamptz - last_order_at)) / 86400) AS days
         FROM facts_customer WHERE deleted_at IS NULL AND orders_count > 0 AND last_order_at IS NOT NULL
       ), recency_frequency AS (
         SELECT customer_id,
           ntile(5) OVER (ORDER BY days DESC, customer_id) AS recency,
           ntile(5) OVER (ORDER BY orders_count, customer_id) AS frequency
         FROM buyers
       ), monetary AS (
         SELECT customer_id, max(score) AS monetary FROM (
           SELECT customer_id, ntile(5) OVER (PARTITION BY currency_code ORDER BY net_spend, customer_id) AS score
           FROM facts_customer_spend WHERE deleted_at IS NULL
         ) per_currency GROUP BY customer_id
       ), grid AS (
         SELECT * FROM unnest(?::int[], ?::int[], ?::text[], ?::text[]) AS g(recency, frequency_monetary, class, grp)
       ), scored AS (
         SELECT rf.customer_id, rf.recency, rf.frequency, coalesce(m.monetary, 1) AS monetary
         FROM recency_frequency rf LEFT JOIN monetary m ON m.customer_id = rf.customer_id
       ), updated AS (
         UPDATE facts_customer f SET recency_score = s.recency, frequency_score = s.frequency, monetary_score = s.monetary,
           behaviour_class = g.class, behaviour_group = g.grp, behaviour_scored_at = ?::timestamptz
         FROM scored s
         LEFT JOIN grid g ON g.recency = s.recency AND g.frequency_monetary = round((s.frequency + s.monetary) / 2.0)
         WHERE f.customer_id = s.customer_id AND f.deleted_at IS NULL
           AND (f.recency_score, f.frequency_score, f.monetary_score, f.behaviour_class, f.behaviour_group)
             IS DISTINCT FROM (s.recency, s.frequency, s.monetary, g.class, g.grp)
         RETURNING 1
       )
       SELECT count(*)::int AS n FROM updated`,
      [
        now,
        grid.map((c) => c.recency),
        grid.map((c) => c.frequency_monetary),
        grid.map((c) => c.class),
        grid.map((c) => c.group),
        now,
      ]
    )
    // the classes as they stand now: the rows written and those left as they were
    const standing = await this.classCounts_(knex)
    const counts = countsOf(standing)
    const duration_ms = Math.round(performance.now() - started)
    await this.recordScoringRun_(knex, now, duration_ms)
    return {
      ...counts,
      scored: (standing as { n: number }[]).reduce((sum, r) => sum + r.n, 0),
      changed: (rows as { n: number }[])[0]?.n ?? 0,
      cleared: cleared.rowCount ?? 0,
      scored_at: now.toISOString(),
      duration_ms,
    }
  }

  /** How many customers are in each class and group now. Writes nothing. */
  @InjectManager()
  async countBehaviour(@MedusaContext() sharedContext: Context = {}): Promise<BehaviourCounts> {
    return countsOf(await this.classCounts_(this.knex_(sharedContext)))
  }

  /** Scored customers per class and group (every scored row has a class: the table covers every cell). */
  private async classCounts_(knex: Knex): Promise<{ behaviour_class: string | null; behaviour_group: string | null; n: number }[]> {
    const { rows } = await knex.raw(
      `SELECT behaviour_class, behaviour_group, count(*)::int AS n FROM facts_customer
       WHERE deleted_at IS NULL AND recency_score IS NOT NULL GROUP BY behaviour_class, behaviour_group`
    )
    return rows
  }

  /** A customer's scores and class; all null until she has a counted order and a run scored it. */
  @InjectManager()
  async retrieveCustomerBehaviour(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<CustomerBehaviour> {
    const knex = this.knex_(sharedContext)
    // her row keeps when her scores last moved; she was scored (again) by the last run
    const row = await knex("facts_customer")
      .select("recency_score", "frequency_score", "monetary_score", "behaviour_class", "behaviour_group", "behaviour_scored_at")
      .select({ last_run_at: knex("facts_behaviour_settings").max("last_scored_at").whereNull("deleted_at") })
      .where("customer_id", customerId)
      .whereNull("deleted_at")
      .first()
    const scoredAt = row?.behaviour_scored_at ? (row.last_run_at ?? row.behaviour_scored_at) : null
    return {
      recency_score: row?.recency_score ?? null,
      frequency_score: row?.frequency_score ?? null,
      monetary_score: row?.monetary_score ?? null,
      behaviour_class: row?.behaviour_class ?? null,
      behaviour_group: row?.behaviour_group ?? null,
      scored_at: scoredAt ? new Date(scoredAt).toISOString() : null,
    }
  }

  /** Puts back a class table (the undo of saveBehaviourRules). */
  @InjectTransactionManager()
  async restoreBehaviourRules(rules: BehaviourRule[], @MedusaContext() sharedContext: Context = {}) {
    await this.knex_(sharedContext)("facts_behaviour_settings").whereNull("deleted_at").update({ rules: JSON.stringify(rules), updated_at: new Date() })
  }

  // one settings row: two first writes at once (a save, a scoring run) must not open two
  private async lockSettings_(knex: Knex) {
    await knex.raw(`SELECT pg_advisory_xact_lock(hashtextextended('customer-facts:behaviour-settings', 0))`)
  }

  private async recordScoringRun_(knex: Knex, at: Date, durationMs: number) {
    await this.lockSettings_(knex)
    const updated = await knex("facts_behaviour_settings")
      .whereNull("deleted_at")
      .update({ last_scored_at: at, last_duration_ms: durationMs, updated_at: new Date() })
    if (!updated) {
      await knex.raw(
        `INSERT INTO facts_behaviour_settings (id, rules, last_scored_at, last_duration_ms) VALUES (${newId("fctbhv")}, ?::jsonb, ?, ?)`,
        [JSON.stringify(DEFAULT_BEHAVIOUR_RULES), at, durationMs]
      )
    }
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
         ${MONEY.join(", ")}, ${MONEY.map((m) => `raw_${m}`).join(", ")}, city, city_key, country_code, service_quantity, staff_user_ids, created_at, updated_at)
       SELECT ${newId("fctord")}, o.order_id, o.customer_id, o.currency_code, o.placed_at, o.counted, o.canceled_at,
         ${MONEY.map((m) => `o.${m}`).join(", ")}, ${MONEY.map((m) => raw(`o.${m}`)).join(", ")}, o.city, o.city_key, o.country_code, o.service_quantity,
         ${STAFF_OF("o.order_id")}, now(), now()
       FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::boolean[], ?::timestamptz[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
         ?::text[], ?::text[], ?::text[], ?::int[])
         AS o(order_id, customer_id, currency_code, placed_at, counted, canceled_at, ${MONEY.join(", ")}, city, city_key, country_code, service_quantity)`,
      [
        orders.map((o) => o.order_id),
        orders.map((o) => o.customer_id ?? null),
        orders.map((o) => o.currency_code!),
        orders.map((o) => new Date(o.placed_at!)),
        orders.map((o) => !!o.counted),
        orders.map((o) => (o.canceled_at ? new Date(o.canceled_at) : null)),
        ...MONEY.map((m) => orders.map((o) => money(o[m]))),
        orders.map((o) => o.city ?? null),
        orders.map((o) => o.city_key ?? null),
        orders.map((o) => o.country_code ?? null),
        orders.map((o) =>
          (o.items ?? []).reduce((sum, i) => sum + ((i.kind ?? "service") === "service" ? Math.max(0, i.quantity - i.returned_quantity) : 0), 0)
        ),
      ] as Knex.RawBinding[]
    )
    const items = orders.flatMap((o) => (o.items ?? []).map((item) => ({ ...item, order: o })))
    if (!items.length) return
    await knex.raw(
      `INSERT INTO facts_order_item (id, order_id, customer_id, item_id, product_id, variant_id, collection_id, title,
         placed_at, counted, quantity, returned_quantity, total, raw_total, currency_code, kind, created_at, updated_at)
       SELECT ${newId("fctitm")}, i.order_id, i.customer_id, i.item_id, i.product_id, i.variant_id, i.collection_id, i.title,
         i.placed_at, i.counted, i.quantity, i.returned_quantity, i.total, ${raw("i.total")}, i.currency_code, i.kind, now(), now()
       FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::boolean[], ?::int[], ?::int[], ?::numeric[],
         ?::text[], ?::text[])
         AS i(order_id, customer_id, item_id, product_id, variant_id, collection_id, title, placed_at, counted, quantity, returned_quantity, total,
           currency_code, kind)`,
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
        items.map((i) => i.order.currency_code!),
        items.map((i) => i.kind ?? "service"),
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
    await this.sequenceOrders_(knex, customerIds)
    await this.placeFromOrders_(knex, customerIds)
  }

  /**
   * Her counted orders in each currency in order: their rank, the orders
   * before and after each, and her spend up to each (see OrderFact). Only the
   * rows whose figures change are written (a new order moves her last one's
   * `next_order_at` and adds itself).
   */
  private async sequenceOrders_(knex: Knex, customerIds: string[]) {
    await knex.raw(
      `WITH seq AS (
         SELECT id, row_number() OVER w AS seq, lag(placed_at) OVER w AS prev_at, lead(placed_at) OVER w AS next_at,
           sum(net_spend) OVER (w ROWS UNBOUNDED PRECEDING) AS spend
         FROM facts_order WHERE customer_id = ANY(?::text[]) AND counted AND deleted_at IS NULL
         WINDOW w AS (PARTITION BY customer_id, currency_code ORDER BY placed_at, order_id)
       ), target AS (
         SELECT o.id, s.seq, s.prev_at, s.next_at, s.spend
         FROM facts_order o LEFT JOIN seq s ON s.id = o.id
         WHERE o.customer_id = ANY(?::text[]) AND o.deleted_at IS NULL
       )
       UPDATE facts_order o SET customer_seq = t.seq, prev_order_at = t.prev_at, next_order_at = t.next_at,
         spend_to_date = t.spend, raw_spend_to_date = CASE WHEN t.spend IS NULL THEN NULL ELSE ${raw("t.spend")} END
       FROM target t
       WHERE o.id = t.id
         AND (o.customer_seq, o.prev_order_at, o.next_order_at, o.spend_to_date) IS DISTINCT FROM (t.seq, t.prev_at, t.next_at, t.spend)`,
      [customerIds, customerIds]
    )
  }

  /**
   * Where customers without an address of their own live: the address of
   * their last counted order that has one (an order collected at the spa
   * has none, and does not make her homeless); none when no order has one.
   */
  private async placeFromOrders_(knex: Knex, customerIds: string[]) {
    if (!customerIds.length) return
    await knex.raw(
      `UPDATE facts_customer f SET city = o.city, city_key = o.city_key, country_code = o.country_code,
         address_from = CASE WHEN o.customer_id IS NULL THEN NULL ELSE 'order' END
       FROM unnest(?::text[]) AS c(customer_id)
       LEFT JOIN LATERAL (
         SELECT customer_id, city, city_key, country_code FROM facts_order
         WHERE customer_id = c.customer_id AND counted AND deleted_at IS NULL AND (city IS NOT NULL OR country_code IS NOT NULL)
         ORDER BY placed_at DESC, order_id DESC LIMIT 1
       ) o ON true
       WHERE f.customer_id = c.customer_id AND f.deleted_at IS NULL AND f.address_from IS DISTINCT FROM 'customer'`,
      [customerIds]
    )
  }
}

export default CustomerFactsModuleService
