import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type AnalyticsQuery,
  type AnalyticsReport,
  type CustomersQuery,
  DEFAULT_LIST_LIMIT,
  DEFAULT_LOYAL_ORDERS,
  DEFAULT_REBOOK_DAYS,
  DEFAULT_TOP_LIMIT,
  type OverviewQuery,
  type RecencyQuery,
  type SpendingQuery,
  type StaffQuery,
} from "../../types/analytics"
import { currenciesOf, type Db } from "./db"
import { type Period, resolvePeriod, spendPerCustomer, notRemoved } from "./period"
import { customersReport } from "./reports/customers"
import { overviewReport } from "./reports/overview"
import { recencyListStatement, recencyReport, type RecencyFilters, type RecencyRow } from "./reports/recency"
import { satisfactionReport } from "./reports/satisfaction"
import { sourcesReport } from "./reports/sources"
import { spendingReport, VIP_ORDER, type VipRow } from "./reports/spending"
import { staffReport } from "./reports/staff"
import { type Sql, sql, trusted } from "./sql"

/** What the service is given besides the query: the customers a search matched, the currency when none has orders. */
export type ReportOptions = { customer_ids?: string[]; fallbackCurrency?: string }

/** A report as the module answers it: people by id only (the route adds their names from Medusa's modules). */
export type ModuleReport<R extends AnalyticsReport> = Awaited<ReturnType<AnalyticsModuleService[R]>>

/**
 * The analytics reports (A1–A8). Why a module of its own, with no tables: the
 * report SQL reads the read model of three modules at once (customer facts,
 * CRM profiles and sources, feedback) — as the customer sets' compiler does
 * — so it belongs to none of them, and one service owning every statement is
 * where the indexes it needs are explained (see the customer facts'
 * migration 20261203100000). It only reads: one statement per report (the
 * spending and sources reports included), always from the plugin's tables,
 * never Medusa's orders; nothing is loaded into JavaScript but the answer.
 * The clock is the app's `new Date()` (tests move it, see
 * integration-tests/helpers/clock.ts).
 */
export default class AnalyticsModuleService {
  protected readonly db_: Db

  constructor(container: Record<string, unknown>) {
    this.db_ = container[ContainerRegistrationKeys.PG_CONNECTION] as Db
  }

  /** The period a query means, with every currency that has orders (cheap: one row per customer and currency). */
  async period(query: AnalyticsQuery, { fallbackCurrency }: ReportOptions = {}): Promise<Period> {
    return resolvePeriod(query, await currenciesOf(this.db_), { now: new Date(), fallbackCurrency })
  }

  /** Any report by name, with the query of its URL. */
  async report<R extends AnalyticsReport>(name: R, query: AnalyticsQuery, options: ReportOptions = {}): Promise<ModuleReport<R>> {
    return (this[name] as (q: AnalyticsQuery, o: ReportOptions) => Promise<ModuleReport<R>>).call(this, query, options)
  }

  async overview(query: OverviewQuery, options: ReportOptions = {}) {
    const period = await this.period(query, options)
    return { period, ...(await overviewReport(this.db_, period, { limit: query.limit ?? DEFAULT_TOP_LIMIT })) }
  }

  async customers(query: CustomersQuery, options: ReportOptions = {}) {
    const period = await this.period(query, options)
    const rebook_days = query.rebook_days ?? DEFAULT_REBOOK_DAYS
    const loyal_orders = query.loyal_orders ?? DEFAULT_LOYAL_ORDERS
    return { period, rebook_days, loyal_orders, ...(await customersReport(this.db_, period, { rebook_days, loyal_orders })) }
  }

  async spending(query: SpendingQuery, options: ReportOptions = {}) {
    const period = await this.period(query, options)
    const { high_spender, limit = DEFAULT_LIST_LIMIT, offset = 0 } = query
    return { period, ...(await spendingReport(this.db_, period, { high_spender, limit, offset, now: new Date() })) }
  }

  async satisfaction(query: AnalyticsQuery, options: ReportOptions = {}) {
    const period = await this.period(query, options)
    return { period, ...(await satisfactionReport(this.db_, period, { now: new Date() })) }
  }

  async recency(query: RecencyQuery, options: ReportOptions = {}) {
    const period = await this.period(query, options)
    const { limit = DEFAULT_LIST_LIMIT, offset = 0 } = query
    return { period, ...(await recencyReport(this.db_, period, { ...recencyFilters(query, options), now: new Date(), limit, offset })) }
  }

  async sources(query: AnalyticsQuery, options: ReportOptions = {}) {
    const period = await this.period(query, options)
    return { period, ...(await sourcesReport(this.db_, period, { now: new Date() })) }
  }

  async staff(query: StaffQuery, options: ReportOptions = {}) {
    const period = await this.period(query, options)
    const rebook_days = query.rebook_days ?? DEFAULT_REBOOK_DAYS
    return { period, rebook_days, ...(await staffReport(this.db_, period, { rebook_days })) }
  }

  /** The whole VIP list of a period (most spent first), a page of rows at a time: what its CSV streams. */
  async *vipPages(query: SpendingQuery, options: ReportOptions = {}, pageSize = 1_000): AsyncGenerator<VipRow[]> {
    const period = await this.period(query, options)
    const statement = sql`SELECT customer_id, spend, transactions, last_order_at FROM (${spendPerCustomer(period, { previous: false })}) s
      WHERE ${notRemoved(trusted("s.customer_id"))} ORDER BY ${VIP_ORDER}`
    for await (const rows of this.cursor_<VipRow>(statement, pageSize)) yield rows
  }

  /** The whole recency list as filtered and sorted, a page at a time: what its CSV streams. */
  async *recencyPages(query: RecencyQuery, options: ReportOptions = {}, pageSize = 1_000): AsyncGenerator<RecencyRow[]> {
    const period = await this.period(query, options)
    yield* this.cursor_<RecencyRow>(recencyListStatement(period, new Date(), recencyFilters(query, options)), pageSize)
  }

  /**
   * A statement's rows a page at a time, through a cursor in a read-only
   * transaction: the rows are computed once and never held whole in memory.
   * Stopping early (the client went away) closes the cursor and the transaction.
   */
  protected async *cursor_<T>(statement: Sql, pageSize: number): AsyncGenerator<T[]> {
    const trx = await this.db_.transaction(undefined, { readOnly: true })
    try {
      await trx.raw(`DECLARE analytics_rows NO SCROLL CURSOR FOR ${statement.text}`, statement.bindings as never)
      for (;;) {
        const { rows } = await trx.raw(`FETCH ${Math.max(1, Math.floor(pageSize))} FROM analytics_rows`)
        if (rows.length) yield rows as T[]
        if (rows.length < pageSize) break
      }
      await trx.commit()
    } finally {
      if (!trx.isCompleted()) await trx.rollback()
    }
  }
}

function recencyFilters(query: RecencyQuery, { customer_ids }: ReportOptions): RecencyFilters {
  return { bucket: query.bucket, sort: query.sort, order: query.order, customer_ids }
}
