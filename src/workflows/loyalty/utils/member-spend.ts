import type { Knex } from "@medusajs/framework/mikro-orm/postgresql"
import { COUNTED_ORDER_SQL, LATEST_ORDER_SUMMARY_SQL, ORDER_NET_SPEND_SQL } from "../../../utils/order-spend-sql"
import type { Spend } from "./tiers"

export type MemberSpendRow = {
  customer_id: string
  /** null when the customer has no loyalty account yet */
  account_id: string | null
  tier_id: string | null
  tier_assigned_at: Date | null
  /** per currency, over the window; {} without counted orders */
  spend: Spend
}

/** whose spend to read: the customers given, or everyone with an order or an account */
export type MemberSelection = { customer_ids: string[] } | { all: true }

const MEMBERS_GIVEN = `select distinct unnest(?::text[]) as customer_id`
const MEMBERS_ALL = `select customer_id from "order" o where ${COUNTED_ORDER_SQL} and customer_id is not null
  union
  select customer_id from loyalty_account where deleted_at is null`

/**
 * Every member's spend per currency over the tier window (orders placed since
 * `since`, all of them when null) with her account and current tier, in one
 * query however many members: the sums are exact decimals in the database.
 */
export async function loadMemberSpend(knex: Knex, members: MemberSelection, since: Date | null): Promise<MemberSpendRow[]> {
  const given = "customer_ids" in members
  const { rows } = await knex.raw(
    `with member as (${given ? MEMBERS_GIVEN : MEMBERS_ALL}),
     per_currency as (
       select o.customer_id, o.currency_code, sum(${ORDER_NET_SPEND_SQL}) as amount
       from member m
       join "order" o on o.customer_id = m.customer_id
       ${LATEST_ORDER_SUMMARY_SQL}
       where ${COUNTED_ORDER_SQL} and (?::timestamptz is null or o.created_at >= ?::timestamptz)
       group by o.customer_id, o.currency_code
     ),
     spend as (
       select customer_id, jsonb_object_agg(currency_code, amount) as spend from per_currency group by customer_id
     )
     select m.customer_id, a.id as account_id, a.tier_id, a.tier_assigned_at, coalesce(s.spend, '{}'::jsonb) as spend
     from member m
     left join loyalty_account a on a.customer_id = m.customer_id and a.deleted_at is null
     left join spend s on s.customer_id = m.customer_id`,
    [...(given ? [members.customer_ids] : []), since, since]
  )
  return rows
}
