/**
 * `npm run bench:loyalty` (run by scripts/bench-loyalty.mjs through `medusa exec`
 * on a throw-away database). Prints, in one run:
 *  1. orders → points awarded per second through the real subscriber
 *     (src/subscribers/order-placed.ts) on Medusa's in-memory event bus, beside
 *     the naive way (one order at a time, each awaited) as a ratio;
 *  2. a full tier refresh over 100,000 customers (bulk SQL), beside the naive
 *     way (one spend query and one update per customer, timed on a sample and
 *     scaled) as a ratio.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { awardOrderPointsWorkflow } from "../../src/workflows/loyalty/workflows/award-order-points"
import { refreshAllTiersWorkflow } from "../../src/workflows/loyalty/workflows/refresh-all-tiers"
import { syncTierBenefitsWorkflow } from "../../src/workflows/loyalty/workflows/sync-tier-benefits"
import { chooseTier } from "../../src/workflows/loyalty/utils/tiers"
import { COUNTED_ORDER_SQL, LATEST_ORDER_SUMMARY_SQL, ORDER_NET_SPEND_SQL } from "../../src/utils/order-spend-sql"

const ORDERS = Number(process.env.BENCH_ORDERS || 600)
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS || 100_000)
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_SAMPLE || 2_000)

const seconds = (ms: number) => (ms / 1000).toFixed(2)
const line = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`)

async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error("timed out")
}

/** `count` real orders (Medusa's order workflow) for `customers` customers, in VND. */
async function createOrders(container: MedusaContainer, regionId: string, prefix: string, count: number) {
  const customers = await container.resolve(Modules.CUSTOMER).createCustomers(
    Array.from({ length: Math.ceil(count / 3) }, (_, i) => ({ email: `${prefix}${i}@bench.test` }))
  )
  const ids: string[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < count) {
        const i = next++
        const customer = customers[i % customers.length]
        const { result } = await createOrderWorkflow(container).run({
          input: {
            region_id: regionId,
            customer_id: customer.id,
            email: customer.email!,
            items: [{ title: "Hot stone massage", quantity: 1, unit_price: 450_000 + (i % 7) * 150_000 }],
          },
        })
        ids.push(result.id)
      }
    })
  )
  return ids
}

async function awardBench(container: MedusaContainer) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Bench VN", currency_code: "vnd", countries: ["vn"] }] },
  })
  console.log(`\n1. orders → points (${ORDERS} orders each way; creating them…)`)
  const realOrders = await createOrders(container, regions[0].id, "real", ORDERS)
  const naiveOrders = await createOrders(container, regions[0].id, "naive", ORDERS)
  const earned = async (ids: string[]) =>
    (await loyalty.listPointsEntries({ order_id: ids, kind: "earn" }, { select: ["id"], take: null })).length

  // the real path: the plugin's own order.placed subscriber, loaded by Medusa
  // with the project, on the in-memory event bus; all events at once
  let t = Date.now()
  await eventBus.emit(realOrders.map((id) => ({ name: "order.placed", data: { id } })))
  await waitFor(async () => (await earned(realOrders)) === realOrders.length, 300_000)
  const realMs = Date.now() - t

  // the naive way: one order after the other, each awaited
  t = Date.now()
  for (const order_id of naiveOrders) await awardOrderPointsWorkflow(container).run({ input: { order_id } })
  const naiveMs = Date.now() - t

  const realRate = (ORDERS / realMs) * 1000
  const naiveRate = (ORDERS / naiveMs) * 1000
  line("the order.placed subscriber (award + tier)", `${realRate.toFixed(0)} orders/s  (${seconds(realMs)} s)`)
  line("naive: one order at a time (award only)", `${naiveRate.toFixed(0)} orders/s  (${seconds(naiveMs)} s)`)
  line("ratio", `${(realRate / naiveRate).toFixed(1)}×   target ≥ 200 orders/s: ${realRate >= 200 ? "met" : "NOT met"}`)
}

/**
 * 100,000 customers with three orders each (VND, a USD one) and an account,
 * written in bulk SQL by cloning one real order and its summary, so the rows
 * have the shape Medusa's order module gives them.
 */
async function seedMembers(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [template] = (await knex.raw(`select id from "order" where deleted_at is null order by created_at limit 1`)).rows
  const columns = async (table: string, skip: string[]) =>
    (
      await knex.raw(
        `select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name <> all(?)`,
        [table, skip]
      )
    ).rows.map((r: { column_name: string }) => `"${r.column_name}"`)
  const orderCols = await columns("order", ["id", "customer_id", "currency_code", "display_id", "created_at"])
  const summaryCols = await columns("order_summary", ["id", "order_id", "totals"])

  await knex.raw(
    `insert into customer (id, email, has_account, created_at, updated_at)
     select 'cus_bench' || g, 'member' || g || '@bench.test', false, now(), now() from generate_series(1, ?) g`,
    [CUSTOMERS]
  )
  await knex.raw(
    `insert into "order" (id, customer_id, currency_code, created_at, ${orderCols.join(",")})
     select 'order_bench' || g || '_' || k, 'cus_bench' || g, case when k = 3 then 'usd' else 'vnd' end,
            now() - (k * 90 || ' days')::interval, ${orderCols.map((c: string) => `t.${c}`).join(",")}
     from "order" t, generate_series(1, ?) g, generate_series(1, 3) k where t.id = ?`,
    [CUSTOMERS, template.id]
  )
  // spend spread so that members land in every tier
  await knex.raw(
    `insert into order_summary (id, order_id, totals, ${summaryCols.join(",")})
     select 'ordsum_bench' || substr(o.id, 12), o.id,
       jsonb_build_object(
         'raw_current_order_total', jsonb_build_object('value', ((abs(hashtext(o.id)) % 4000) * case when o.currency_code = 'vnd' then 10000 else 1 end)::text, 'precision', 20),
         'raw_paid_total', jsonb_build_object('value', '0', 'precision', 20),
         'raw_refunded_total', jsonb_build_object('value', '0', 'precision', 20)),
       ${summaryCols.map((c: string) => `s.${c}`).join(",")}
     from "order" o, order_summary s where o.id like 'order_bench%' and s.order_id = ?`,
    [template.id]
  )
  await knex.raw(
    `insert into loyalty_account (id, customer_id, referral_code, created_at, updated_at)
     select 'lyacct_bench' || g, 'cus_bench' || g, 'B' || lpad(g::text, 7, '0'), now(), now() from generate_series(1, ?) g`,
    [CUSTOMERS]
  )
  await knex.raw("analyze")
}

/** The naive way: for each member, one query for her spend and one update of her tier. */
async function naiveRefresh(container: MedusaContainer, customerIds: string[]) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const tiers = await loyalty.listLoyaltyTiers({}, { order: { rank: "ASC" } })
  const since = new Date(Date.now() - 365 * 86400_000)
  for (const customerId of customerIds) {
    const { rows } = await knex.raw(
      `select o.currency_code, sum(${ORDER_NET_SPEND_SQL}) as spend
       from "order" o ${LATEST_ORDER_SUMMARY_SQL}
       where o.customer_id = ? and o.created_at >= ? and ${COUNTED_ORDER_SQL}
       group by o.currency_code`,
      [customerId, since]
    )
    const spend = Object.fromEntries(rows.map((r: { currency_code: string; spend: string }) => [r.currency_code, Number(r.spend)]))
    const tier = chooseTier(tiers as any, spend)
    await knex("loyalty_account").where({ customer_id: customerId }).update({ tier_id: tier?.id ?? null, tier_assigned_at: new Date() })
  }
}

async function tierBench(container: MedusaContainer) {
  console.log(`\n2. full tier refresh over ${CUSTOMERS.toLocaleString("en")} customers (seeding them in bulk…)`)
  let t = Date.now()
  await seedMembers(container)
  line("seeded customers, orders and accounts", `${seconds(Date.now() - t)} s`)
  await syncTierBenefitsWorkflow(container).run({ input: {} })

  t = Date.now()
  const first = await refreshAllTiersWorkflow(container).run({ input: {} })
  const firstMs = Date.now() - t
  t = Date.now()
  const again = await refreshAllTiersWorkflow(container).run({ input: {} })
  const againMs = Date.now() - t

  const sample = Array.from({ length: NAIVE_SAMPLE }, (_, i) => `cus_bench${i + 1}`)
  t = Date.now()
  await naiveRefresh(container, sample)
  const naivePerCustomer = (Date.now() - t) / NAIVE_SAMPLE
  const naiveMs = naivePerCustomer * CUSTOMERS

  line("bulk refresh, first run", `${seconds(firstMs)} s  (${first.result.changes.length.toLocaleString("en")} tier changes)`)
  line("bulk refresh, nothing changed", `${seconds(againMs)} s  (${again.result.changes.length} changes)`)
  line(`naive, per customer (timed on ${NAIVE_SAMPLE.toLocaleString("en")})`, `${naivePerCustomer.toFixed(2)} ms → ${seconds(naiveMs)} s for all`)
  line("ratio (naive ÷ bulk first run)", `${(naiveMs / firstMs).toFixed(1)}×   target < 10 s: ${firstMs < 10_000 ? "met" : "NOT met"}`)
}

export default async function loyaltyBench({ container }: ExecArgs) {
  console.log("Loyalty benchmark (Medusa in-memory event bus, embedded PostgreSQL)")
  await awardBench(container)
  await tierBench(container)
}
