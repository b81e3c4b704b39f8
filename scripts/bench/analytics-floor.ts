/**
 * The floor of each analytics report, for the benchmark: bare SQL aggregates
 * over the same rows of the read model (the same index ranges, the same
 * columns), giving the report's figures — the period's and the previous
 * one's KPIs and its main list — without the report's shaping (no steps, no
 * zero-filled series, no JSON, no names). Statements a floor needs run side
 * by side on the pool's connections. `sameFigures` checks a report against it.
 */
import { type AnalyticsReport, DEFAULT_HIGH_SPENDER_MULTIPLE } from "../../src/types/analytics"
import type { BenchPeriod } from "./analytics-bench"
import type { Knex } from "./bench-spa"

type Figures = Record<string, number | string | null>

/** The period's counted orders of the currency, and the previous period's: one range of the orders index. */
const ORDERS = `from facts_order o
  where o.deleted_at is null and o.counted and o.currency_code = :currency and o.placed_at >= :previous_start and o.placed_at < :end`
const CURRENT = `o.placed_at >= :start`
/** The start of the row's period: hers is the first order in it when none of hers came between that and this one. */
const PERIOD_START = `case when ${CURRENT} then :start::timestamptz else :previous_start::timestamptz end`
const FIRST_IN_PERIOD = `o.customer_id is not null and (o.prev_order_at is null or o.prev_order_at < ${PERIOD_START})`

async function figures(knex: Knex, statement: string, p: BenchPeriod, extra: Record<string, unknown> = {}): Promise<Figures[]> {
  const { rows } = await (knex as any).raw(statement, {
    currency: p.currency,
    previous_start: p.previousStart,
    start: p.start,
    end: p.end,
    rebook_days: p.rebookDays,
    ...extra,
  })
  return rows
}

/** Per period (current first): revenue, transactions, customers (at their first order in the period). */
const totals = (knex: Knex, p: BenchPeriod) =>
  figures(
    knex,
    `select ${CURRENT} as current, sum(o.net_spend)::float8 as revenue, count(*)::int as transactions,
            count(*) filter (where ${FIRST_IN_PERIOD})::int as customers
     ${ORDERS} group by 1 order by 1 desc`,
    p
  )

const FLOORS: Record<AnalyticsReport, (knex: Knex, p: BenchPeriod) => Promise<Record<string, Figures[]>>> = {
  async overview(knex, p) {
    const [kpis, items] = await Promise.all([
      totals(knex, p),
      figures(
        knex,
        `select kind, product_id, round(sum(total * (quantity - returned_quantity) / nullif(quantity, 0)), 2)::float8 as revenue
         from facts_order_item
         where deleted_at is null and counted and currency_code = :currency and placed_at >= :start and placed_at < :end
         group by kind, product_id order by revenue desc`,
        p
      ),
    ])
    return { kpis, items }
  },
  async customers(knex, p) {
    // new: her first order ever in the currency; returning / loyal: fewer / at least 3 before her first in the period
    const kpis = await figures(
      knex,
      `select ${CURRENT} as current, sum(o.net_spend)::float8 as revenue, count(*)::int as transactions,
              count(*) filter (where ${FIRST_IN_PERIOD})::int as customers,
              count(*) filter (where o.customer_id is not null and o.customer_seq = 1)::int as new_customers,
              count(*) filter (where ${FIRST_IN_PERIOD} and o.customer_seq between 2 and :loyal)::int as returning_customers,
              count(*) filter (where ${FIRST_IN_PERIOD} and o.customer_seq > :loyal)::int as loyal_customers,
              count(*) filter (where o.next_order_at <= o.placed_at + :rebook_days * interval '1 day')::int as rebooked
       ${ORDERS} group by 1 order by 1 desc`,
      p,
      { loyal: 3 }
    )
    return { kpis }
  },
  async spending(knex, p) {
    // each customer's spend per period, grouped; a high spender spends twice the period's average customer or more
    const spend = `select ${CURRENT} as current, o.customer_id, sum(o.net_spend) as spend, count(*) as transactions, max(o.placed_at) as last_order_at
       ${ORDERS} and o.customer_id is not null group by 1, 2`
    const [kpis, high, collections] = await Promise.all([
      totals(knex, p),
      figures(
        knex,
        `with spend as (${spend}),
         threshold as (select round(${DEFAULT_HIGH_SPENDER_MULTIPLE} * avg(spend) filter (where current)) as t from spend)
         select s.current, (select t from threshold)::float8 as threshold, count(*)::int as customers,
                count(*) filter (where s.spend >= (select t from threshold))::int as high,
                (select json_agg(v) from (select customer_id, spend::float8 from spend where current order by spend desc, last_order_at desc, customer_id limit 20) v) as vip
         from spend s group by s.current order by s.current desc`,
        p
      ),
      figures(
        knex,
        `select collection_id, sum(total * (quantity - returned_quantity) / nullif(quantity, 0))::float8 as revenue
         from facts_order_item
         where deleted_at is null and counted and currency_code = :currency and placed_at >= :start and placed_at < :end
         group by collection_id order by revenue desc`,
        p
      ),
    ])
    return { kpis, high, collections }
  },
  async satisfaction(knex, p) {
    // the ratings given in each period (every currency's), and the period's first orders old enough for each window
    const windows = [30, 60, 90]
      .map((d) => `count(*) filter (where o.placed_at <= :now::timestamptz - ${d} * interval '1 day')::int as customers_${d},
        count(*) filter (where o.placed_at <= :now::timestamptz - ${d} * interval '1 day' and o.next_order_at <= o.placed_at + ${d} * interval '1 day')::int as returned_${d}`)
      .join(",\n")
    const [ratings, returns] = await Promise.all([
      figures(
        knex,
        `select f.created_at >= :start as current, count(*)::int as ratings, round(avg(f.overall), 2)::float8 as overall,
                round(avg(f.staff_attitude), 2)::float8 as staff_attitude, count(*) filter (where f.overall = 5)::int as fives
         from feedback f where f.deleted_at is null and f.created_at >= :previous_start and f.created_at < :end
         group by 1 order by 1 desc`,
        p
      ),
      figures(knex, `select ${CURRENT} as current, ${windows} ${ORDERS} and o.customer_seq = 1 group by 1 order by 1 desc`, p, { now: new Date() }),
    ])
    return { ratings, returns }
  },

  async recency(knex, p) {
    // everyone's last order before a moment (her order whose next is none or not before it), by bucket; the first page
    const standing = (at: string, day: string) => `select o.customer_id, o.placed_at, o.spend_to_date, o.customer_seq,
        ((${day})::date - (o.placed_at at time zone :tz)::date) as days
       from facts_order o
       where o.deleted_at is null and o.counted and o.currency_code = :currency and o.customer_id is not null
         and o.placed_at < ${at} and (o.next_order_at is null or o.next_order_at >= ${at})`
    const bucket = `case when days <= 30 then '0-30' when days <= 60 then '31-60' when days <= 90 then '61-90' when days <= 180 then '91-180' else '180+' end`
    const now = { at: "least(:end::timestamptz, now())", day: "(least(:end::timestamptz - interval '1 day', now()) at time zone :tz)::date" }
    const extra = { tz: p.tz }
    const [current, previous, page] = await Promise.all([
      figures(knex, `select ${bucket} as bucket, count(*)::int as customers, sum(spend_to_date)::float8 as revenue from (${standing(now.at, now.day)}) s group by 1`, p, extra),
      figures(knex, `select ${bucket} as bucket, count(*)::int as customers from (${standing(":start::timestamptz", "(:start::timestamptz at time zone :tz)::date - 1")}) s group by 1`, p, extra),
      figures(knex, `select customer_id, days from (${standing(now.at, now.day)}) s order by days, spend_to_date desc, customer_id limit 20`, p, extra),
    ])
    return { current, previous, page }
  },

  async sources(knex, p) {
    // per source: customers acquired in each period; each period's customers (their spend, grouped) joined to their source
    const acquiredAt = `coalesce(pr.acquired_at, f.registered_at)`
    const [acquired, orders] = await Promise.all([
      figures(
        knex,
        `select pr.source_id, count(*) filter (where ${acquiredAt} >= :start and ${acquiredAt} < :end)::int as acquired,
                count(*) filter (where ${acquiredAt} >= :previous_start and ${acquiredAt} < :start)::int as acquired_previous
         from facts_customer f left join crm_profile pr on pr.customer_id = f.customer_id and pr.deleted_at is null
         where f.deleted_at is null group by 1`,
        p
      ),
      figures(
        knex,
        `select s.current, pr.source_id, count(*)::int as customers, sum(s.transactions)::int as transactions, sum(s.spend)::float8 as revenue,
                count(*) filter (where s.current and ${acquiredAt} >= :start and ${acquiredAt} < :end)::int as converted
         from (select ${CURRENT} as current, o.customer_id, sum(o.net_spend) as spend, count(*) as transactions ${ORDERS} and o.customer_id is not null group by 1, 2) s
         left join facts_customer f on f.customer_id = s.customer_id and f.deleted_at is null
         left join crm_profile pr on pr.customer_id = s.customer_id and pr.deleted_at is null
         group by 1, 2`,
        p
      ),
    ])
    return { acquired, orders }
  },

  async staff(knex, p) {
    // each order whole to each of its staff; the ratings given in each period to the staff they name
    const [served, rated] = await Promise.all([
      figures(
        knex,
        `select ${CURRENT} as current, u.user_id, count(*)::int as orders, sum(o.service_quantity)::int as services, sum(o.net_spend)::float8 as revenue,
                count(*) filter (where o.next_order_at <= o.placed_at + :rebook_days * interval '1 day')::int as rebooked
         ${ORDERS.replace("from facts_order o", "from facts_order o cross join lateral unnest(o.staff_user_ids) as u(user_id)")}
         group by 1, 2`,
        p
      ),
      figures(
        knex,
        `select f.created_at >= :start as current, u.user_id, count(*)::int as ratings, round(avg(f.overall), 2)::float8 as average_rating
         from feedback f cross join lateral jsonb_array_elements_text(f.staff_user_ids) as u(user_id)
         where f.deleted_at is null and f.created_at >= :previous_start and f.created_at < :end
         group by 1, 2`,
        p
      ),
    ])
    return { served, rated }
  },
}

/** The floor of a report: its figures, as rows per statement. */
export function analyticsFloor(knex: Knex, report: AnalyticsReport, p: BenchPeriod) {
  return FLOORS[report](knex, p)
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4
/** Equal to the cent (money is rounded to cents; rates to 4 decimals, which the floor rounds alike). */
const near = (a: unknown, b: unknown) => (a === null || b === null ? a === b : Math.abs(Number(a) - Number(b)) <= 0.01)

/** A report's KPIs beside the floor's columns: [kpi, column, and the previous period's too]. */
function kpiPairs(kpis: any, now: Figures | undefined, before: Figures | undefined, names: [string, string, boolean?][]) {
  return names.flatMap(([kpi, column, previous]): [string, unknown, unknown][] => [
    [kpi, kpis[kpi].current, now?.[column] ?? 0],
    ...(previous ? [[`previous ${kpi}`, kpis[kpi].previous, before?.[column] ?? 0] as [string, unknown, unknown]] : []),
  ])
}

/** "yes", or what differs between the report and its floor. */
export function sameFigures(report: AnalyticsReport, ours: any, floor: Record<string, Figures[]>): string {
  const pairs: [string, unknown, unknown][] = []
  if (report === "overview") {
    const [now, before] = floor.kpis
    pairs.push(
      ...kpiPairs(ours.kpis, now, before, [["revenue", "revenue", true], ["transactions", "transactions"], ["customers", "customers", true]]),
      ["top service's revenue", ours.top_services[0]?.revenue ?? null, floor.items.find((i) => i.kind === "service")?.revenue ?? null],
      ["top product's revenue", ours.top_products[0]?.revenue ?? null, floor.items.find((i) => i.kind === "product")?.revenue ?? null]
    )
  } else if (report === "customers") {
    const [now, before] = floor.kpis
    pairs.push(
      ...kpiPairs(ours.kpis, now, before, [
        ["customers", "customers", true], ["new_customers", "new_customers"], ["returning_customers", "returning_customers"],
        ["loyal_customers", "loyal_customers", true], ["transactions", "transactions"],
      ]),
      ["rebook rate", ours.kpis.rebook_rate.current, round4(Number(now.rebooked) / Number(now.transactions))]
    )
  } else if (report === "spending") {
    const [now, before] = floor.kpis
    const [highNow, highBefore] = floor.high
    pairs.push(
      ...kpiPairs(ours.kpis, now, before, [["revenue", "revenue"], ["customers", "customers", true]]),
      ...kpiPairs(ours.kpis, highNow, highBefore, [["high_spenders", "high", true]]),
      ["threshold", ours.high_spender, highNow.threshold],
      ["top VIP's spend", ours.vip[0]?.spend ?? null, (highNow.vip as any)?.[0]?.spend ?? null],
      ["top collection's revenue", ours.by_collection[0]?.revenue ?? null, floor.collections[0]?.revenue ?? null]
    )
    if (ours.vip[0]?.customer_id !== (highNow.vip as any)?.[0]?.customer_id) pairs.push(["top VIP", 0, 1])
  } else if (report === "satisfaction") {
    const [now, before] = floor.ratings
    const [returnsNow] = floor.returns
    const k = ours.kpis
    const window = (days: number) => ours.return_after_first_visit.find((w: any) => w.window_days === days)
    pairs.push(
      ["ratings", k.ratings.current, now.ratings],
      ["previous ratings", k.ratings.previous, before.ratings],
      ["overall", k.overall.current, now.overall],
      ["staff attitude", k.staff_attitude.current, now.staff_attitude],
      ["five stars", ours.distribution.find((d: any) => d.rating === 5)?.count, now.fives],
      ["first visits (30 days)", window(30)?.customers, returnsNow.customers_30],
      ["returned within 30 days", window(30)?.returned, returnsNow.returned_30],
      ["returned within 90 days", window(90)?.returned, returnsNow.returned_90]
    )
  } else if (report === "recency") {
    const count = (rows: Figures[], bucket: string) => rows.find((r) => r.bucket === bucket)?.customers ?? 0
    for (const b of ours.buckets) {
      pairs.push([`${b.bucket} now`, b.customers.current, count(floor.current, b.bucket)], [`${b.bucket} before`, b.customers.previous, count(floor.previous, b.bucket)])
    }
    pairs.push(["0-30 revenue", ours.buckets[0].revenue, floor.current.find((r) => r.bucket === "0-30")?.revenue ?? 0])
    if (ours.customers.map((c: any) => c.customer_id).join() !== floor.page.map((r) => r.customer_id).join()) pairs.push(["the first page", 0, 1])
  } else if (report === "sources") {
    for (const row of ours.sources) {
      const acquired = floor.acquired.find((a) => a.source_id === row.source_id)
      const orders = floor.orders.find((o) => o.current && o.source_id === row.source_id)
      pairs.push(
        [`${row.name}: acquired`, row.acquired, acquired?.acquired ?? 0],
        [`${row.name}: customers`, row.customers, orders?.customers ?? 0],
        [`${row.name}: revenue`, row.revenue, orders?.revenue ?? 0],
        [`${row.name}: converted`, row.converted, orders?.converted ?? 0]
      )
    }
  } else if (report === "staff") {
    for (const row of ours.staff) {
      const served = floor.served.find((s) => s.current && s.user_id === row.user_id)
      const rated = floor.rated.find((r) => r.current && r.user_id === row.user_id)
      pairs.push(
        [`${row.user_id}: orders`, row.orders, served?.orders ?? 0],
        [`${row.user_id}: services`, row.services, served?.services ?? 0],
        [`${row.user_id}: revenue`, row.revenue, served?.revenue ?? 0],
        [`${row.user_id}: rebook rate`, row.rebook_rate, served ? round4(Number(served.rebooked) / Number(served.orders)) : null],
        [`${row.user_id}: ratings`, row.ratings, rated?.ratings ?? 0],
        [`${row.user_id}: average rating`, row.average_rating, rated?.average_rating ?? null]
      )
    }
  }
  const differ = pairs.filter(([, a, b]) => !near(a, b))
  return differ.length ? `NO: ${differ.map(([name, a, b]) => `${name} ${a} vs ${b}`).join("; ")}` : `yes (${pairs.length} figures)`
}
