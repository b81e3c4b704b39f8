/**
 * The analytics the naive way, for the benchmark: what a plugin without a
 * read model does (Agilo's analytics count new and returning customers this
 * way): the orders read through Query — with their summaries, and their items,
 * feedback, staff or profiles when the report needs them — and the figures
 * computed in JavaScript. Run on a sample of customers; the benchmark
 * extrapolates the time to all of them. The figures are the reports' main
 * ones, by the contract's definitions; they are not compared with ours.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../src/modules/feedback"
import { type AnalyticsReport, DEFAULT_HIGH_SPENDER_MULTIPLE } from "../../src/types/analytics"

export type NaivePeriod = {
  /** the period's first instant and the instant after its last day */
  start: Date
  end: Date
  /** the previous period's first instant (it ends at `start`) */
  previousStart: Date
  currency: string
  /** the series' step: a month in the spa's time zone (offset in hours) */
  utcOffsetHours: number
  rebookDays: number
}

type Raw = { value: string } | null | undefined
type NaiveOrder = {
  id: string
  customer_id: string
  currency_code: string
  status: string
  canceled_at: string | null
  created_at: string
  summary?: { raw_current_order_total?: Raw; raw_refunded_total?: Raw } | null
  items?: {
    product_id: string | null
    title: string
    quantity: number
    total?: number
    unit_price: number
    product_type?: string | null
    product?: { collection_id?: string | null } | null
    detail?: { return_received_quantity?: number } | null
  }[]
}

const ORDER_FIELDS = ["id", "customer_id", "currency_code", "status", "canceled_at", "created_at", "summary.*"]
const ITEM_FIELDS = [
  "items.product_id", "items.title", "items.quantity", "items.unit_price", "items.total", "items.product_type",
  "items.product.collection_id", "items.detail.quantity", "items.detail.return_received_quantity",
]
const PAGE = 200
const DAY_MS = 86_400_000

const amount = (raw: Raw) => Number(raw?.value ?? 0)
const netOf = (o: NaiveOrder) => Math.max(0, amount(o.summary?.raw_current_order_total) - amount(o.summary?.raw_refunded_total))
const counted = (o: NaiveOrder) => o.status !== "canceled" && o.status !== "draft" && !o.canceled_at
const at = (o: NaiveOrder) => new Date(o.created_at).getTime()

/** Every order of these customers through Query, a page of customers at a time. */
async function readOrders(container: MedusaContainer, customerIds: string[], withItems: boolean) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orders: NaiveOrder[] = []
  for (let i = 0; i < customerIds.length; i += PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: withItems ? [...ORDER_FIELDS, ...ITEM_FIELDS] : ORDER_FIELDS,
      filters: { customer_id: customerIds.slice(i, i + PAGE) },
    })
    orders.push(...(data as NaiveOrder[]))
  }
  return orders
}

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const out = new Map<string, T[]>()
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row])
  return out
}
const monthOf = (t: number, p: NaivePeriod) => new Date(t + p.utcOffsetHours * 3_600_000).toISOString().slice(0, 7)
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** Per period ("current", "previous"): the counted orders in the currency. */
function byPeriod(orders: NaiveOrder[], p: NaivePeriod) {
  const mine = orders.filter((o) => counted(o) && o.currency_code === p.currency)
  const current = mine.filter((o) => at(o) >= p.start.getTime() && at(o) < p.end.getTime())
  const previous = mine.filter((o) => at(o) >= p.previousStart.getTime() && at(o) < p.start.getTime())
  return { mine, current, previous }
}

function kpis(orders: NaiveOrder[]) {
  const revenue = sum(orders.map(netOf))
  const customers = new Set(orders.map((o) => o.customer_id)).size
  return { revenue, transactions: orders.length, customers, atv: orders.length ? revenue / orders.length : null }
}

function series(orders: NaiveOrder[], p: NaivePeriod) {
  return [...groupBy(orders, (o) => monthOf(at(o), p))].map(([bucket, rows]) => ({ bucket, ...kpis(rows) }))
}

function lines(orders: NaiveOrder[]) {
  return orders.flatMap((o) =>
    (o.items ?? []).map((item) => {
      const quantity = Number(item.quantity)
      const kept = quantity - Number(item.detail?.return_received_quantity ?? 0)
      const total = Number(item.total ?? item.unit_price * quantity)
      return { ...item, order_id: o.id, kept, revenue: quantity ? (total * kept) / quantity : 0, kind: /^product$/i.test(item.product_type ?? "") ? "product" : "service" }
    })
  )
}

/** The rebook rate of `orders`: the share followed by another counted order of hers within the days. */
function rebookRate(orders: NaiveOrder[], all: NaiveOrder[], days: number) {
  const times = new Map([...groupBy(all.filter(counted), (o) => o.customer_id)].map(([id, rows]) => [id, rows.map(at).sort((a, b) => a - b)]))
  const rebooked = orders.filter((o) => (times.get(o.customer_id) ?? []).some((t) => t > at(o) && t <= at(o) + days * DAY_MS)).length
  return orders.length ? rebooked / orders.length : null
}

const reports: Record<AnalyticsReport, (container: MedusaContainer, ids: string[], p: NaivePeriod) => Promise<unknown>> = {
  async overview(container, ids, p) {
    const { current, previous } = byPeriod(await readOrders(container, ids, true), p)
    const top = [...groupBy(lines(current), (l) => `${l.kind}:${l.product_id ?? l.title}`)]
      .map(([key, rows]) => ({ key, quantity: sum(rows.map((r) => r.kept)), revenue: sum(rows.map((r) => r.revenue)), orders: new Set(rows.map((r) => r.order_id)).size }))
      .sort((a, b) => b.revenue - a.revenue)
    return { current: kpis(current), previous: kpis(previous), series: series(current, p), top_services: top.filter((t) => t.key.startsWith("service")).slice(0, 10), top_products: top.filter((t) => t.key.startsWith("product")).slice(0, 10) }
  },

  async customers(container, ids, p) {
    const orders = await readOrders(container, ids, false)
    const { mine, current, previous } = byPeriod(orders, p)
    const firsts = new Map([...groupBy(orders.filter(counted), (o) => o.customer_id)].map(([id, rows]) => [id, Math.min(...rows.map(at))]))
    const split = (rows: NaiveOrder[], start: number) => {
      const customers = [...new Set(rows.map((o) => o.customer_id))]
      const before = (id: string) => mine.filter((o) => o.customer_id === id && at(o) < start).length
      const fresh = customers.filter((id) => (firsts.get(id) ?? 0) >= start).length
      const loyal = customers.filter((id) => before(id) >= 3).length
      return { customers: customers.length, new: fresh, loyal, returning: customers.length - fresh - loyal, transactions: rows.length, rebook_rate: rebookRate(rows, orders, p.rebookDays) }
    }
    return { current: split(current, p.start.getTime()), previous: split(previous, p.previousStart.getTime()) }
  },

  async spending(container, ids, p) {
    const { current, previous } = byPeriod(await readOrders(container, ids, true), p)
    const spendOf = (rows: NaiveOrder[]) => [...groupBy(rows, (o) => o.customer_id)].map(([id, mine]) => ({ id, spend: sum(mine.map(netOf)), transactions: mine.length }))
    const now = spendOf(current).sort((a, b) => b.spend - a.spend)
    const threshold = now.length ? Math.round((DEFAULT_HIGH_SPENDER_MULTIPLE * sum(now.map((c) => c.spend))) / now.length) : 0
    const share = (rows: { spend: number }[]) => (rows.length ? rows.filter((r) => r.spend >= threshold).length / rows.length : null)
    const byCollection = [...groupBy(lines(current), (l) => l.product?.collection_id ?? "")].map(([id, rows]) => ({ id, revenue: sum(rows.map((r) => r.revenue)) }))
    return { average_spend: kpis(current).revenue / (now.length || 1), share: share(now), previous_share: share(spendOf(previous)), vip: now.slice(0, 20), by_collection: byCollection, series: series(current, p) }
  },

  async satisfaction(container, ids, p) {
    const orders = await readOrders(container, ids, false)
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const ratings = await feedback.listFeedbacks({ customer_id: ids }, { take: null })
    const placed = new Map(orders.map((o) => [o.id, at(o)]))
    const inPeriod = ratings.filter((r) => (placed.get(r.order_id) ?? 0) >= p.start.getTime() && (placed.get(r.order_id) ?? 0) < p.end.getTime())
    const average = (key: "overall" | "service_quality" | "staff_attitude" | "space" | "price") => sum(inPeriod.map((r) => r[key])) / (inPeriod.length || 1)
    const firsts = [...groupBy(orders.filter(counted), (o) => o.customer_id)].map(([, rows]) => rows.map(at).sort((a, b) => a - b))
    const returned = [30, 60, 90].map((days) => {
      const eligible = firsts.filter((t) => t[0] >= p.start.getTime() && t[0] < p.end.getTime() && t[0] + days * DAY_MS <= Date.now())
      return { days, customers: eligible.length, returned: eligible.filter((t) => t.length > 1 && t[1] <= t[0] + days * DAY_MS).length }
    })
    return { ratings: inPeriod.length, overall: average("overall"), staff_attitude: average("staff_attitude"), returned }
  },

  async recency(container, ids, p) {
    const { mine } = byPeriod(await readOrders(container, ids, false), p)
    const asOf = Math.min(p.end.getTime(), Date.now())
    const rows = [...groupBy(mine.filter((o) => at(o) < asOf), (o) => o.customer_id)].map(([id, orders]) => {
      const last = Math.max(...orders.map(at))
      const days = Math.floor((asOf - last) / DAY_MS)
      return { id, revenue: sum(orders.map(netOf)), transactions: orders.length, days, bucket: days <= 30 ? "0-30" : days <= 60 ? "31-60" : days <= 90 ? "61-90" : days <= 180 ? "91-180" : "180+" }
    })
    return { buckets: [...groupBy(rows, (r) => r.bucket)].map(([bucket, r]) => ({ bucket, customers: r.length, revenue: sum(r.map((x) => x.revenue)) })), page: rows.sort((a, b) => a.days - b.days).slice(0, 20) }
  },

  async sources(container, ids, p) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const profiles: { id: string; crm_profile?: { source_id: string | null; acquired_at: string | null } | null }[] = []
    for (let i = 0; i < ids.length; i += PAGE) {
      const { data } = await query.graph({ entity: "customer", fields: ["id", "created_at", "crm_profile.source_id", "crm_profile.acquired_at"], filters: { id: ids.slice(i, i + PAGE) } })
      profiles.push(...(data as typeof profiles))
    }
    const orders = await readOrders(container, ids, false)
    const { current } = byPeriod(orders, p)
    const sourceOf = new Map(profiles.map((c) => [c.id, c.crm_profile?.source_id ?? ""]))
    return [...groupBy(profiles, (c) => c.crm_profile?.source_id ?? "")].map(([source, customers]) => {
      const acquired = customers.filter((c) => {
        const t = new Date(c.crm_profile?.acquired_at ?? 0).getTime()
        return t >= p.start.getTime() && t < p.end.getTime()
      })
      const buyers = new Set(current.map((o) => o.customer_id))
      const rows = current.filter((o) => sourceOf.get(o.customer_id) === source)
      return { source, acquired: acquired.length, converted: acquired.filter((c) => buyers.has(c.id)).length, ...kpis(rows), rebook_rate: rebookRate(rows, orders, p.rebookDays) }
    })
  },

  async staff(container, ids, p) {
    const orders = await readOrders(container, ids, true)
    const { current } = byPeriod(orders, p)
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const staffOf = await feedback.staffOfOrders(current.map((o) => o.id))
    const ratings = new Map((await feedback.listFeedbacks({ order_id: current.map((o) => o.id) }, { take: null })).map((r) => [r.order_id, r]))
    const served = current.flatMap((o) => (staffOf.get(o.id) ?? []).map((user) => ({ user, order: o })))
    return [...groupBy(served, (s) => s.user)].map(([user, rows]) => {
      const rated = rows.map((r) => ratings.get(r.order.id)).filter((r) => !!r)
      return {
        user,
        orders: rows.length,
        services: sum(lines(rows.map((r) => r.order)).filter((l) => l.kind === "service").map((l) => l.kept)),
        customers: new Set(rows.map((r) => r.order.customer_id)).size,
        revenue: sum(rows.map((r) => netOf(r.order))),
        average_rating: rated.length ? sum(rated.map((r) => r.overall)) / rated.length : null,
        rebook_rate: rebookRate(rows.map((r) => r.order), orders, p.rebookDays),
      }
    })
  },
}

/** The report computed the naive way over `customerIds`; answers its figures and the time it took. */
export async function naiveReport(container: MedusaContainer, report: AnalyticsReport, customerIds: string[], period: NaivePeriod) {
  const t = performance.now()
  const result = await reports[report](container, customerIds, period)
  return { ms: performance.now() - t, result }
}
