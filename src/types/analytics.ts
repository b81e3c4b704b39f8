/**
 * Customer analytics (A1–A8), declared once for the server (validators, the
 * report SQL, routes) and the admin dashboard (the Analytics page).
 *
 * Every report is read with `GET /admin/crm/analytics/<report>` and answers
 * for one period (`from`–`to`, whole days in `tz`, both inclusive) compared
 * with the previous period of the same number of days just before `from`, in
 * one currency. Money is in the currency's major units (VND whole dong, USD
 * dollars with cents), as Medusa's totals are. Rates are ratios 0–1 (not
 * percents), rounded to 4 decimals; averages of money to 2 decimals; average
 * ratings to 2 decimals.
 *
 * Definitions (the same in every report). Everything is read in the
 * report's currency: a customer's orders, her first, her next are those in
 * that currency (a spa with branches in two countries sees each as its own
 * business) — but for the ratings, which are not money (below).
 * - a counted order: placed, not a draft, not cancelled; its revenue is its
 *   net spend: the current total (returns and edits subtracted) less the
 *   refunds beyond an overpayment, never below 0 (customer facts);
 * - a transaction: a counted order; a transacting customer: one with a
 *   transaction in the period;
 * - new: her first counted order falls in the period (her first in the
 *   period is her first ever); returning: she had ordered before the period;
 *   loyal: returning with at least `loyal_orders` (default 3) counted orders
 *   before the period. new + returning + loyal = customers (a split: the
 *   `returning` figure leaves the loyal out). A series step classifies the
 *   same way with the step as the period;
 * - rebook rate: the share of the period's transactions followed by another
 *   counted order of the same customer within `rebook_days` (default 60)
 *   days, wherever that next order falls (also after `to`);
 * - return rate after the first visit, per window of 30, 60 and 90 days: of
 *   the customers whose first counted order falls in the period and is at
 *   least that window old (as of now), the share who ordered again within it;
 * - ratings (satisfaction, staff): the feedback given in the period (by the
 *   day it was given), whatever the order's currency;
 * - high spender: spent at least `high_spender` in the period (default twice
 *   the current period's average spend per customer);
 * - a service or a product: a line is a product (retail) when its Medusa
 *   product's type is named one of RETAIL_PRODUCT_TYPES ("Product", "Retail",
 *   "Sản phẩm", "产品", …, any case), else a service — a spa's catalogue is
 *   mostly services;
 * - days since the last transaction are counted in calendar days in `tz`, as
 *   of the end of `to` or now, whichever is earlier (orders after it are not
 *   seen); buckets 0–30, 31–60, 61–90, 91–180 and "180+" (more than 180).
 */

/** The reports, in the order the admin shows them; each is `/admin/crm/analytics/<name>`. */
export const ANALYTICS_REPORTS = ["overview", "customers", "spending", "satisfaction", "recency", "sources", "staff"] as const
export type AnalyticsReport = (typeof ANALYTICS_REPORTS)[number]

/** The reports that return a list, which `format=csv` exports (the others refuse it). */
export const ANALYTICS_CSV_REPORTS = ["overview", "spending", "recency", "sources", "staff"] as const satisfies readonly AnalyticsReport[]
export type AnalyticsCsvReport = (typeof ANALYTICS_CSV_REPORTS)[number]

export const ANALYTICS_ROUTE = "/admin/crm/analytics"

export const GRANULARITIES = ["day", "week", "month"] as const
export type Granularity = (typeof GRANULARITIES)[number]
/**
 * The series' step when the query names none: a day up to 31 days, a week
 * (starting Monday) up to 182 days, else a month.
 */
export const granularityFor = (days: number): Granularity => (days <= 31 ? "day" : days <= 182 ? "week" : "month")

/** The period when the query names none: the 365 days up to today (in `tz`). */
export const DEFAULT_PERIOD_DAYS = 365
/** A period may be at most this long (about five years). */
export const MAX_PERIOD_DAYS = 1_830
/** Day steps for at most this many days (a year, leap or not); longer periods go by week or month. */
export const MAX_DAY_STEPS = 366
export const DEFAULT_TZ = "UTC"
export const DEFAULT_REBOOK_DAYS = 60
export const REBOOK_DAYS_MAX = 365
export const DEFAULT_LOYAL_ORDERS = 3
/** Return after the first visit is measured within each of these windows. */
export const RETURN_WINDOWS = [30, 60, 90] as const
/** The top services and products the overview lists (its `limit`). */
export const DEFAULT_TOP_LIMIT = 10
export const DEFAULT_LIST_LIMIT = 20
export const LIST_LIMIT_MAX = 200
/** When `high_spender` is not given: twice what the period's average customer spent (in both periods, the current one's figure). */
export const DEFAULT_HIGH_SPENDER_MULTIPLE = 2

export const RECENCY_BUCKETS = ["0-30", "31-60", "61-90", "91-180", "180+"] as const
export type RecencyBucket = (typeof RECENCY_BUCKETS)[number]
/** The inclusive day range of each bucket ("180+" has no upper bound): what a customer set's `days_since_last_order` takes. */
export const RECENCY_BUCKET_DAYS: Record<RecencyBucket, [number, number | null]> = {
  "0-30": [0, 30],
  "31-60": [31, 60],
  "61-90": [61, 90],
  "91-180": [91, 180],
  "180+": [181, null],
}

export const RECENCY_SORTS = ["days_since", "revenue", "transactions", "last_order_at"] as const
export type RecencySort = (typeof RECENCY_SORTS)[number]
export const SORT_ORDERS = ["asc", "desc"] as const
export type SortOrder = (typeof SORT_ORDERS)[number]
export const ITEM_KINDS = ["service", "product"] as const
export type ItemKind = (typeof ITEM_KINDS)[number]
/** A line whose Medusa product type is named one of these (any case, accents or not) is a product; every other line a service. */
export const RETAIL_PRODUCT_TYPES = ["Product", "Products", "Retail", "Sản phẩm", "产品", "商品"] as const

// The query (what every report's URL takes; all optional)

export type AnalyticsQuery = {
  /** YYYY-MM-DD, inclusive; default: 364 days before `to` */
  from?: string
  /** YYYY-MM-DD, inclusive; default: today in `tz` */
  to?: string
  /** IANA zone the days are counted in (e.g. "Asia/Ho_Chi_Minh"); default "UTC" */
  tz?: string
  /** lowercase ISO 4217; default: the currency with the most counted orders in the period (then ever, then the store's default) */
  currency?: string
  /** the series' step; default granularityFor(days of the period) */
  granularity?: Granularity
  /** `csv` on the reports of ANALYTICS_CSV_REPORTS: the whole list as CSV (limit and offset ignored) */
  format?: "json" | "csv"
}
export type OverviewQuery = AnalyticsQuery & { /** top services and top products, each; 1–LIST_LIMIT_MAX */ limit?: number }
export type CustomersQuery = AnalyticsQuery & {
  /** 1–REBOOK_DAYS_MAX */
  rebook_days?: number
  /** 1–1000 */
  loyal_orders?: number
}
export type SpendingQuery = AnalyticsQuery & {
  /** net spend in the period (in the currency) from which a customer is a high spender; ≥ 0 */
  high_spender?: number
  /** the VIP list's page: 1–LIST_LIMIT_MAX, ≥ 0 */
  limit?: number
  offset?: number
}
export type SatisfactionQuery = AnalyticsQuery
export type RecencyQuery = AnalyticsQuery & {
  /** the list shows this bucket only */
  bucket?: RecencyBucket
  /** name, email or phone contains (any case) */
  q?: string
  /** default days_since */
  sort?: RecencySort
  /** default asc for days_since, else desc */
  order?: SortOrder
  limit?: number
  offset?: number
}
export type SourcesQuery = AnalyticsQuery
export type StaffQuery = AnalyticsQuery & { rebook_days?: number }

// The answers

/** A figure of the period beside the previous period's; change = (current − previous) / previous, null when previous is 0 or null. */
export type Kpi = {
  /** null only for an average or a rate with nothing to average (no orders, no ratings) */
  current: number | null
  previous: number | null
  change: number | null
}

/** What every answer starts with: the period as the server understood it. */
export type AnalyticsPeriod = {
  from: string
  to: string
  tz: string
  currency: string
  /** every currency with counted orders in the period or the previous one, most orders first (for a currency picker) */
  currencies: string[]
  granularity: Granularity
  /** the previous period: the same number of days, ending the day before `from` */
  previous: { from: string; to: string }
  /** days in the period */
  days: number
}

/** A step of a series: `bucket` is its first day ("2026-03-02", a Monday for weeks) or month ("2026-03"). */
export type SeriesPoint<T> = { bucket: string } & T

export type TopItem = {
  /** null for a line without a product (a custom line): grouped by title */
  product_id: string | null
  title: string
  collection_id: string | null
  kind: ItemKind
  /** quantity sold less what came back */
  quantity: number
  /** the lines' totals as Medusa counts them on the quantity kept (after returns, discounts and taxes); refunds are per order, not per line: not subtracted here */
  revenue: number
  orders: number
}

/** A1: GET /admin/crm/analytics/overview; csv: top services then top products (columns kind,product_id,title,collection_id,quantity,revenue,orders). */
export type OverviewReport = {
  period: AnalyticsPeriod
  kpis: { revenue: Kpi; customers: Kpi; transactions: Kpi; average_transaction_value: Kpi }
  series: SeriesPoint<{ revenue: number; transactions: number; customers: number }>[]
  top_services: TopItem[]
  top_products: TopItem[]
}

/** A2: GET /admin/crm/analytics/customers (no csv). */
export type CustomersReport = {
  period: AnalyticsPeriod
  rebook_days: number
  loyal_orders: number
  kpis: {
    customers: Kpi
    new_customers: Kpi
    returning_customers: Kpi
    loyal_customers: Kpi
    transactions: Kpi
    /** transactions ÷ customers */
    purchase_frequency: Kpi
    average_transaction_value: Kpi
    rebook_rate: Kpi
  }
  /** per step, customers classified as for the period but with the step as the period */
  series: SeriesPoint<{ customers: number; new_customers: number; returning_customers: number; loyal_customers: number; transactions: number }>[]
}

/** A customer as lists show her (contacts from Medusa's customer). */
export type AnalyticsCustomer = {
  customer_id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
}

export type VipCustomer = AnalyticsCustomer & { transactions: number; spend: number; last_order_at: string }

/** A3: GET /admin/crm/analytics/spending; csv: the VIP list, all of it (customer_id,first_name,last_name,email,phone,transactions,spend,last_order_at). */
export type SpendingReport = {
  period: AnalyticsPeriod
  /** the threshold used (given, or DEFAULT_HIGH_SPENDER_MULTIPLE × the current period's average spend, to the unit) */
  high_spender: number
  kpis: {
    revenue: Kpi
    customers: Kpi
    /** revenue ÷ transacting customers */
    average_spend: Kpi
    /** customers who spent at least `high_spender` in the period ÷ customers (both periods with the same threshold) */
    high_spender_share: Kpi
    high_spenders: Kpi
  }
  series: SeriesPoint<{ revenue: number; customers: number; average_spend: number | null }>[]
  /** revenue per collection per step (the lines' totals less returns); collection_id null: products without one */
  by_collection: {
    collection_id: string | null
    /** the Medusa collection's title (null without one) */
    title: string | null
    revenue: number
    quantity: number
    series: SeriesPoint<{ revenue: number }>[]
  }[]
  /** the customers who spent most in the period, most first */
  vip: VipCustomer[]
  vip_count: number
  limit: number
  offset: number
}

export const RATING_KEYS = ["overall", "service_quality", "staff_attitude", "space", "price"] as const
export type RatingKey = (typeof RATING_KEYS)[number]

/** A4: GET /admin/crm/analytics/satisfaction (no csv). Ratings are of the feedback on orders placed in the period (every currency). */
export type SatisfactionReport = {
  period: AnalyticsPeriod
  kpis: { ratings: Kpi } & Record<RatingKey, Kpi>
  /** how many ratings gave 1, 2, 3, 4, 5 overall in the period */
  distribution: { rating: 1 | 2 | 3 | 4 | 5; count: number }[]
  series: SeriesPoint<{ ratings: number } & Record<RatingKey, number | null>>[]
  /** first-time customers of the period (any currency) who came back, per window */
  return_after_first_visit: {
    window_days: (typeof RETURN_WINDOWS)[number]
    /** first-time customers whose first order is at least window_days old */
    customers: number
    returned: number
    rate: Kpi
  }[]
}

export type RecencyCustomer = AnalyticsCustomer & {
  /** counted orders in the currency up to the as-of moment, and their net spend */
  transactions: number
  revenue: number
  last_order_at: string
  days_since: number
  bucket: RecencyBucket
}

/** A5: GET /admin/crm/analytics/recency; csv: the customers as filtered and sorted (customer_id,first_name,last_name,email,phone,transactions,revenue,last_order_at,days_since,bucket). */
export type RecencyReport = {
  period: AnalyticsPeriod
  /** the moment days are counted to (orders before it are seen): the end of `to` in tz, or now if earlier (ISO) */
  as_of: string
  /** the previous as-of: the end of the day before `from` (the start of `from`) */
  previous_as_of: string
  /** per bucket, the customers whose last counted order (in the currency) is that many days old, now and at previous_as_of */
  buckets: { bucket: RecencyBucket; min_days: number; max_days: number | null; customers: Kpi; revenue: number }[]
  /** customers with an order in the currency (the sum of the buckets) */
  total: Kpi
  /** customers created by as_of with no counted order at all (any currency) */
  without_orders: number
  /** the list, filtered by bucket and q, sorted, one page */
  customers: RecencyCustomer[]
  /** how many customers the filters (bucket, q) leave */
  count: number
  limit: number
  offset: number
}

export type SourceRow = {
  /** null on the row of customers without a source */
  source_id: string | null
  name: string
  /** customers first acquired in the period (profile's acquired_at, else created), now and in the previous period */
  acquired: number
  acquired_previous: number
  /** of those acquired, how many have a counted order in the period (any currency) */
  converted: number
  /** converted ÷ acquired, null when none acquired */
  conversion_rate: number | null
  /** transacting customers of the period with this source, whenever acquired */
  customers: number
  transactions: number
  revenue: number
  revenue_previous: number
  revenue_change: number | null
  average_transaction_value: number | null
}

/** A6: GET /admin/crm/analytics/sources; csv: the rows (columns as SourceRow). */
export type SourcesReport = { period: AnalyticsPeriod; sources: SourceRow[] }

export type StaffRow = {
  user_id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  /** counted orders of the period (in the currency) this staff member served (feedback's order staff) */
  orders: number
  /** service lines' quantity in those orders (less returns) */
  services: number
  /** those orders' revenue, each order whole to each of its staff */
  revenue: number
  /** ratings of those orders naming this staff member */
  ratings: number
  average_rating: number | null
  average_staff_attitude: number | null
  rebook_rate: number | null
  orders_previous: number
  average_rating_previous: number | null
}

/** A7: GET /admin/crm/analytics/staff; csv: the rows (columns as StaffRow). Most orders first. */
export type StaffReport = { period: AnalyticsPeriod; rebook_days: number; staff: StaffRow[] }

export type AnalyticsResponse = {
  overview: OverviewReport
  customers: CustomersReport
  spending: SpendingReport
  satisfaction: SatisfactionReport
  recency: RecencyReport
  sources: SourcesReport
  staff: StaffReport
}
export type AnalyticsQueryOf = {
  overview: OverviewQuery
  customers: CustomersQuery
  spending: SpendingQuery
  satisfaction: SatisfactionQuery
  recency: RecencyQuery
  sources: SourcesQuery
  staff: StaffQuery
}
