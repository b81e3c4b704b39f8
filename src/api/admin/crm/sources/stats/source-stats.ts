import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SourceStat } from "../../../../../types/crm"

export type SourceStats = SourceStat

export const UNATTRIBUTED = "Unattributed"

/*
 * One query over the plugin's own tables: the CRM's profiles and sources and
 * the customer facts (A6), never Medusa's. A customer counts in the period she
 * was acquired (her profile's acquired_at, else when she was created); her
 * orders are the counted ones placed in the period, at their net spend (after
 * refunds; returns and edits are in the order's current total).
 */
const SQL = `
with period as (
  select ?::timestamptz as from_at, ?::timestamptz as to_at
),
acquired as (
  select f.customer_id, s.id as source_id
  from period, facts_customer f
  left join crm_profile p on p.customer_id = f.customer_id and p.deleted_at is null
  left join crm_source s on s.id = p.source_id and s.deleted_at is null
  where f.deleted_at is null
    and coalesce(p.acquired_at, f.registered_at) between period.from_at and period.to_at
),
orders as (
  select a.source_id, a.customer_id, o.currency_code, o.net_spend as total
  from period, acquired a
  join facts_order o on o.customer_id = a.customer_id
  where o.counted and o.deleted_at is null
    and o.placed_at between period.from_at and period.to_at
),
counts as (
  select a.source_id,
         count(*) as customers,
         count(*) filter (where exists (select 1 from orders o where o.customer_id = a.customer_id)) as buyers
  from acquired a
  group by a.source_id
),
revenue as (
  select source_id,
         json_agg(json_build_object('currency_code', currency_code, 'amount', amount::text) order by currency_code) as revenue
  from (
    select source_id, currency_code, sum(total) as amount
    from orders
    group by source_id, currency_code
  ) per_currency
  group by source_id
),
report_rows as (
  select id as source_id, name, 0 as position from crm_source where deleted_at is null
  union all
  select null, ?, 1
)
select r.source_id,
       r.name,
       coalesce(c.customers, 0)::int as customers,
       coalesce(c.buyers, 0)::int as buyers,
       coalesce(round(c.buyers * 100.0 / nullif(c.customers, 0), 1), 0)::text as conversion_rate,
       coalesce(v.revenue, '[]'::json) as revenue
from report_rows r
left join counts c on c.source_id is not distinct from r.source_id
left join revenue v on v.source_id is not distinct from r.source_id
order by r.position, r.name
`

type Row = Omit<SourceStats, "conversion_rate" | "revenue"> & {
  conversion_rate: string
  revenue: { currency_code: string; amount: string }[]
}

/**
 * Per source, the customers first acquired in the period (profile.acquired_at,
 * else when the customer was created), how many of them bought in the period,
 * and what they spent per currency (net of refunds). Sums are exact decimals in the database and
 * become numbers only at the end: VND totals in the millions stay whole.
 */
export async function getSourceStats(container: MedusaContainer, period: { from: Date; to: Date }) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw<{ rows: Row[] }>(SQL, [period.from, period.to, UNATTRIBUTED])
  return rows.map(
    (row): SourceStats => ({
      ...row,
      conversion_rate: Number(row.conversion_rate),
      revenue: row.revenue.map((r) => ({ currency_code: r.currency_code, amount: Number(r.amount) })),
    })
  )
}
