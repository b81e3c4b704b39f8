import { once } from "node:events"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { csvLine, UTF8_BOM } from "../../../../lib/csv"
import { ANALYTICS_MODULE, AnalyticsQueryError, type AnalyticsModuleService } from "../../../../modules/analytics"
import type { ReportOptions } from "../../../../modules/analytics/service"
import { money } from "../../../../modules/analytics/numbers"
import {
  type AnalyticsCsvReport,
  type AnalyticsCustomer,
  type AnalyticsReport,
  type AnalyticsResponse,
  type RecencyQuery,
  type SpendingQuery,
} from "../../../../types/analytics"
import type { AdminAnalyticsParamsType } from "./validators"

type Contact = Omit<AnalyticsCustomer, "customer_id">
const NO_CONTACT: Contact = { first_name: null, last_name: null, email: null, phone: null }
/** A search matching more customers than this lists the first ones only (a name typed to find someone finds few). */
const SEARCH_MAX = 10_000
const CSV_PAGE = 1_000

const query = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.QUERY)

/** Customers' contacts by id, read through Medusa's customer module (one query a page). */
async function contactsOf(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, Contact>()
  const { data } = await query(container).graph({
    entity: "customer",
    fields: ["id", "first_name", "last_name", "email", "phone"],
    filters: { id: ids },
  })
  return new Map(
    (data as (Contact & { id: string })[]).map((c) => [
      c.id,
      { first_name: c.first_name ?? null, last_name: c.last_name ?? null, email: c.email ?? null, phone: c.phone ?? null },
    ])
  )
}

/** Rows with a `customer_id`, each with her contacts (in the same order). */
async function withContacts<T extends { customer_id: string }>(container: MedusaContainer, rows: T[]): Promise<(T & Contact)[]> {
  const contacts = await contactsOf(container, rows.map((r) => r.customer_id))
  return rows.map((r) => {
    const { customer_id, ...rest } = r
    return { customer_id, ...(contacts.get(customer_id) ?? NO_CONTACT), ...rest } as T & Contact
  })
}

/** The customers a search (name, email, phone) finds in Medusa, for the recency list's `q`. */
async function customersMatching(container: MedusaContainer, q: string) {
  const { data } = await query(container).graph({
    entity: "customer",
    fields: ["id"],
    filters: { q } as Record<string, unknown>,
    pagination: { take: SEARCH_MAX, skip: 0 },
  })
  return (data as { id: string }[]).map((c) => c.id)
}

/** The store's default currency: the report's currency when no order has any. */
async function storeCurrency(container: MedusaContainer) {
  const { data } = await query(container).graph({
    entity: "store",
    fields: ["supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const currencies = (data[0]?.supported_currencies ?? []) as { currency_code: string; is_default: boolean }[]
  return (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code?.toLowerCase()
}

async function optionsFor(container: MedusaContainer, q: AdminAnalyticsParamsType): Promise<ReportOptions> {
  const [fallbackCurrency, customer_ids] = await Promise.all([
    q.currency ? undefined : storeCurrency(container),
    q.q ? customersMatching(container, q.q) : undefined,
  ])
  return { fallbackCurrency, customer_ids }
}

/** A report's JSON: the module's figures, with the people and collections named. */
async function answer<R extends AnalyticsReport>(
  container: MedusaContainer,
  name: R,
  q: AdminAnalyticsParamsType,
  options: ReportOptions
): Promise<AnalyticsResponse[R]> {
  const analytics: AnalyticsModuleService = container.resolve(ANALYTICS_MODULE)
  const report = (await analytics.report(name, q, options)) as any
  if (name === "spending") {
    report.vip = await withContacts(container, report.vip)
    const ids = report.by_collection.flatMap((c: { collection_id: string | null }) => c.collection_id ?? [])
    const { data } = ids.length
      ? await query(container).graph({ entity: "product_collection", fields: ["id", "title"], filters: { id: ids } })
      : { data: [] }
    const titles = new Map((data as { id: string; title: string }[]).map((c) => [c.id, c.title]))
    report.by_collection = report.by_collection.map(({ collection_id, ...c }: { collection_id: string | null }) => ({
      collection_id,
      title: collection_id ? titles.get(collection_id) ?? null : null,
      ...c,
    }))
  }
  if (name === "recency") report.customers = await withContacts(container, report.customers)
  if (name === "staff") {
    const { data } = report.staff.length
      ? await query(container).graph({
          entity: "user",
          fields: ["id", "first_name", "last_name", "email"],
          filters: { id: report.staff.map((s: { user_id: string }) => s.user_id) },
        })
      : { data: [] }
    const users = new Map((data as { id: string; first_name: string | null; last_name: string | null; email: string }[]).map((u) => [u.id, u]))
    report.staff = report.staff.map(({ user_id, ...figures }: { user_id: string }) => {
      const u = users.get(user_id)
      return { user_id, first_name: u?.first_name ?? null, last_name: u?.last_name ?? null, email: u?.email ?? null, ...figures }
    })
  }
  return report
}

const CSV_COLUMNS = {
  overview: ["kind", "product_id", "title", "collection_id", "quantity", "revenue", "orders"],
  spending: ["customer_id", "first_name", "last_name", "email", "phone", "transactions", "spend", "last_order_at"],
  recency: ["customer_id", "first_name", "last_name", "email", "phone", "transactions", "revenue", "last_order_at", "days_since", "bucket"],
  sources: [
    "source_id",
    "name",
    "acquired",
    "acquired_previous",
    "converted",
    "conversion_rate",
    "customers",
    "transactions",
    "revenue",
    "revenue_previous",
    "revenue_change",
    "average_transaction_value",
  ],
  staff: [
    "user_id",
    "first_name",
    "last_name",
    "email",
    "orders",
    "services",
    "revenue",
    "ratings",
    "average_rating",
    "average_staff_attitude",
    "rebook_rate",
    "orders_previous",
    "average_rating_previous",
  ],
} as const satisfies Record<AnalyticsCsvReport, readonly string[]>

/** A report's list as pages of rows (the long lists through a cursor, the short ones from the report itself). */
async function* csvPages(
  container: MedusaContainer,
  name: AnalyticsCsvReport,
  q: AdminAnalyticsParamsType,
  options: ReportOptions
): AsyncGenerator<Record<string, unknown>[]> {
  const analytics: AnalyticsModuleService = container.resolve(ANALYTICS_MODULE)
  if (name === "spending" || name === "recency") {
    const pages =
      name === "spending"
        ? analytics.vipPages(q as SpendingQuery, options, CSV_PAGE)
        : analytics.recencyPages(q as RecencyQuery, options, CSV_PAGE)
    for await (const rows of pages) {
      const listed = await withContacts(container, rows as { customer_id: string }[])
      yield listed.map((r: Record<string, unknown>) => ({
        ...r,
        revenue: r.revenue === undefined ? undefined : money(r.revenue),
        spend: r.spend === undefined ? undefined : money(r.spend),
        last_order_at: new Date(r.last_order_at as string).toISOString(),
      }))
    }
    return
  }
  if (name === "overview") {
    // every product sold, not the top few
    const report = await answer(container, "overview", { ...q, limit: Number.MAX_SAFE_INTEGER }, options)
    yield [...report.top_services, ...report.top_products]
    return
  }
  const report = await answer(container, name, q, options)
  yield (name === "sources" ? (report as AnalyticsResponse["sources"]).sources : (report as AnalyticsResponse["staff"]).staff) as never
}

/**
 * The CSV of a report's list, streamed: the header and a byte order mark
 * first, then each page as it comes, waiting when the client reads slower
 * than the rows come; a client that leaves stops the reading (and closes the
 * cursor).
 */
async function streamCsv(req: AuthenticatedMedusaRequest, res: MedusaResponse, name: AnalyticsCsvReport, q: AdminAnalyticsParamsType, options: ReportOptions) {
  const columns = CSV_COLUMNS[name]
  const period = await (req.scope.resolve(ANALYTICS_MODULE) as AnalyticsModuleService).period(q, options)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="analytics-${name}-${period.currency}-${period.from}-${period.to}.csv"`)
  res.setHeader("Cache-Control", "no-store")
  let gone = false
  res.on("close", () => (gone = true))
  res.write(UTF8_BOM + csvLine([...columns]))
  for await (const rows of csvPages(req.scope, name, q, options)) {
    if (gone) break
    const chunk = rows.map((row) => csvLine(columns.map((c) => row[c] as string | number | null))).join("")
    if (chunk && !res.write(chunk)) await Promise.race([once(res, "drain"), once(res, "close")])
  }
  res.end()
}

/** The GET handler of one report: its JSON, or with `format=csv` its list as CSV. */
export const analyticsRoute =
  (name: AnalyticsReport) => async (req: AuthenticatedMedusaRequest<unknown, AdminAnalyticsParamsType>, res: MedusaResponse) => {
    const q = req.validatedQuery as AdminAnalyticsParamsType
    try {
      const options = await optionsFor(req.scope, q)
      if (q.format === "csv") await streamCsv(req, res, name as AnalyticsCsvReport, q, options)
      else res.json(await answer(req.scope, name, q, options))
    } catch (error) {
      if (error instanceof AnalyticsQueryError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      // a zone Node's ICU knows but the database's tzdata does not (rare: the two are updated apart)
      if ((error as { code?: string }).code === "22023" && /time zone/i.test(String((error as Error).message))) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `tz: ${q.tz} is not a time zone the database knows`)
      }
      throw error
    }
  }
