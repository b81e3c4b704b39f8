/**
 * `npm run bench:loyalty` (run by scripts/bench-loyalty.mjs through `medusa exec`
 * on a throw-away database). Prints, in one run:
 *  1. orders → facts, points and tiers per second through the real subscriber
 *     (src/subscribers/order-placed.ts) on Medusa's in-memory event bus, beside
 *     the same operation run one order at a time, each awaited, as a ratio;
 *  2. the customer facts rebuilt from 300,000 orders read through Query
 *     (orders/s), beside the same facts refreshed one order at a time;
 *  3. tier refreshes over 100,000 members: the first run (everyone moves into a
 *     tier and its customer group, through the Customer module), a nightly run
 *     where 1 % change tier, one where nothing changes, beside the same
 *     refresh run one member at a time (timed on a sample, scaled).
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { LOYALTY_OPERATIONS } from "../../src/workflows/loyalty/operations/loyalty-operations"
import { refreshAllTiersWorkflow } from "../../src/workflows/loyalty/workflows/refresh-all-tiers"
import { syncTierBenefitsWorkflow } from "../../src/workflows/loyalty/workflows/sync-tier-benefits"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { refreshOrderFactsWorkflow } from "../../src/workflows/customer-facts/workflows/refresh-order-facts"
import { refreshCustomerTiersWorkflow } from "../../src/workflows/loyalty/workflows/refresh-customer-tiers"

const ORDERS = Number(process.env.BENCH_ORDERS || 600)
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS || 100_000)
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_SAMPLE || 500)
// of the members, how many the nightly run moves to another tier
const NIGHTLY_CHANGES = Math.round(CUSTOMERS / 100)

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

  // the same work one order after the other, each awaited: its facts, its points, her tier
  t = Date.now()
  for (const order_id of naiveOrders) await LOYALTY_OPERATIONS["award-order-points"](container, { order_id })
  const naiveMs = Date.now() - t

  const realRate = (ORDERS / realMs) * 1000
  const naiveRate = (ORDERS / naiveMs) * 1000
  line("the order.placed subscriber (facts, award, tier)", `${realRate.toFixed(0)} orders/s  (${seconds(realMs)} s)`)
  line("one order at a time (facts, award, tier)", `${naiveRate.toFixed(0)} orders/s  (${seconds(naiveMs)} s)`)
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
  // fresh statistics: the planner must see 300,000 orders before joining them
  await knex.raw(`analyze "order"`)
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

/** The same facts, one order at a time through the workflow each order event runs. */
async function naiveFacts(container: MedusaContainer, orderIds: string[]) {
  for (const id of orderIds) await refreshOrderFactsWorkflow(container).run({ input: { order_ids: [id] } })
}

async function factsBench(container: MedusaContainer) {
  console.log(`\n2. customer facts from ${(CUSTOMERS * 3).toLocaleString("en")} orders (seeding ${CUSTOMERS.toLocaleString("en")} customers in bulk…)`)
  let t = Date.now()
  await seedMembers(container)
  line("seeded customers, orders and accounts", `${seconds(Date.now() - t)} s`)

  t = Date.now()
  const counts = await rebuildCustomerFacts(container)
  const rebuildMs = Date.now() - t
  const sample = Array.from({ length: NAIVE_SAMPLE }, (_, i) => `order_bench${i + 1}_1`)
  t = Date.now()
  await naiveFacts(container, sample)
  const naivePerOrder = (Date.now() - t) / NAIVE_SAMPLE

  const rate = (counts.orders / rebuildMs) * 1000
  line("rebuild, pages of 500 read through Query", `${rate.toFixed(0)} orders/s  (${counts.orders.toLocaleString("en")} orders, ${seconds(rebuildMs)} s)`)
  line(`one order at a time (timed on ${NAIVE_SAMPLE})`, `${(1000 / naivePerOrder).toFixed(0)} orders/s`)
  line("ratio", `${(rate / (1000 / naivePerOrder)).toFixed(1)}×`)
}

/** Moves NIGHTLY_CHANGES members to another tier: their spend crosses a threshold (a big order's facts). */
async function changeSomeMembers(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw(
    `update facts_order set net_spend = net_spend + 40000000, raw_net_spend = jsonb_build_object('value', (net_spend + 40000000)::text, 'precision', 20)
     where order_id in (select 'order_bench' || g || '_1' from generate_series(1, ?) g)`,
    [NIGHTLY_CHANGES]
  )
}

async function tierBench(container: MedusaContainer) {
  console.log(`\n3. tier refreshes over ${CUSTOMERS.toLocaleString("en")} members (groups through the Customer module)`)
  await syncTierBenefitsWorkflow(container).run({ input: {} })

  let t = Date.now()
  const first = await refreshAllTiersWorkflow(container).run({ input: {} })
  const firstMs = Date.now() - t
  await changeSomeMembers(container)
  t = Date.now()
  const nightly = await refreshAllTiersWorkflow(container).run({ input: {} })
  const nightlyMs = Date.now() - t
  t = Date.now()
  const again = await refreshAllTiersWorkflow(container).run({ input: {} })
  const againMs = Date.now() - t

  const sample = Array.from({ length: NAIVE_SAMPLE }, (_, i) => `cus_bench${CUSTOMERS - i}`)
  t = Date.now()
  for (const id of sample) {
    await refreshCustomerTiersWorkflow(container).run({ input: { customer_ids: [id], reason: "bench", allow_downgrade: true } })
  }
  const naivePerCustomer = (Date.now() - t) / NAIVE_SAMPLE
  const naiveMs = naivePerCustomer * CUSTOMERS

  line("first run: every member into a tier and group", `${seconds(firstMs)} s  (${first.result.changes.length.toLocaleString("en")} tier changes)`)
  line(`nightly run, 1 % change tier`, `${seconds(nightlyMs)} s  (${nightly.result.changes.length.toLocaleString("en")} tier changes)   target < 10 s: ${nightlyMs < 10_000 ? "met" : "NOT met"}`)
  line("nightly run, nothing changed", `${seconds(againMs)} s  (${again.result.changes.length} changes)`)
  line(`one member at a time (timed on ${NAIVE_SAMPLE})`, `${naivePerCustomer.toFixed(2)} ms → ${seconds(naiveMs)} s for all`)
  line("ratio (one at a time ÷ nightly run)", `${(naiveMs / nightlyMs).toFixed(1)}×`)
}

export default async function loyaltyBench({ container }: ExecArgs) {
  console.log("Loyalty benchmark (Medusa in-memory event bus, embedded PostgreSQL)")
  await awardBench(container)
  await factsBench(container)
  await tierBench(container)
}
