/*
 * How much an order counts as spent, read from Medusa 2.21's own bookkeeping.
 * `order_summary` keeps one row per order version; its `totals` jsonb holds
 * exact decimals under `raw_<name>.value` (the plain keys beside them are JS
 * floats). `current_order_total` already drops returned items and order edits,
 * but NOT refunds: a refund only raises `refunded_total`. A refund that pays
 * back an overpayment (money owed after a return) is already reflected in the
 * lower current total, so only the part of the refunds beyond the overpayment
 * (paid − current) reduces the spend:
 *   spend = current − max(0, refunded − max(0, paid − current)), never below 0
 * An unpaid order (no payment transactions yet) counts at its current total.
 */

/** the latest summary's `totals` of order `o`, as a LATERAL join alias `summary` */
export const LATEST_ORDER_SUMMARY_SQL = `join lateral (
    select os.totals from order_summary os
    where os.order_id = o.id and os.deleted_at is null
    order by os.version desc
    limit 1
  ) summary on true`

const raw = (key: string) => `coalesce((summary.totals -> 'raw_${key}' ->> 'value')::numeric, 0)`

/** the order's net spend (see above), an exact numeric */
export const ORDER_NET_SPEND_SQL = `greatest(0, ${raw("current_order_total")} - greatest(0, ${raw("refunded_total")} - greatest(0, ${raw("paid_total")} - ${raw("current_order_total")})))`

/** orders that count: placed (not drafts), not canceled, not deleted */
export const COUNTED_ORDER_SQL = `o.deleted_at is null and o.is_draft_order = false and o.status not in ('canceled', 'draft')`
