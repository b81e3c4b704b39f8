/**
 * The benchmark's in-app parts, run by scripts/bench/run.mjs through `medusa exec`
 * on a throw-away database; the arguments name the parts:
 *  - `orders`: the spa's customers (the demo's generator: profiles, tags,
 *    touch-points) and an admin token for the HTTP part, then orders → facts,
 *    points and tiers through the real order.placed subscriber on Medusa's
 *    in-memory event bus, every event emitted at once, batched and with
 *    batching switched off (the same subscriber, the same delivery);
 *  - `tiers`: the customer facts rebuilt from 300,000 orders read through
 *    Query, then tier refreshes over 100,000 members (the first run, a nightly
 *    run where 1 % change tier, one where nothing changes), each beside the
 *    same work done one at a time, timed on a sample and extrapolated.
 */
import fs from "node:fs"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdminUser } from "../../integration-tests/helpers/auth"
import { subscribersIdle, trackSubscribers } from "../../integration-tests/helpers/subscribers"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { AWARD_BATCH_MAX, setAwardBatchSize } from "../../src/workflows/loyalty/operations/award-batcher"
import { refreshAllTiersWorkflow } from "../../src/workflows/loyalty/workflows/refresh-all-tiers"
import { syncTierBenefitsWorkflow } from "../../src/workflows/loyalty/workflows/sync-tier-benefits"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { refreshOrderFactsWorkflow } from "../../src/workflows/customer-facts/workflows/refresh-order-facts"
import { refreshCustomerTiersWorkflow } from "../../src/workflows/loyalty/workflows/refresh-customer-tiers"
import { ensureDemoCustomers } from "../seed/customers"

const SPA_CUSTOMERS = Number(process.env.BENCH_SPA_CUSTOMERS || 300)
const ORDERS = Number(process.env.BENCH_ORDERS || 600)
const WARM_UP_ORDERS = 20
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS || 100_000)
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_SAMPLE || 500)
// of the members, how many the nightly run moves to another tier
const NIGHTLY_CHANGES = Math.round(CUSTOMERS / 100)

const seconds = (ms: number) => (ms / 1000).toFixed(2)
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`)

/** `count` real orders (Medusa's order workflow), spread over `customers`, in VND. */
async function createOrders(container: MedusaContainer, regionId: string, customers: { id: string; email: string }[], count: number) {
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
            email: customer.email,
            items: [{ title: "Hot stone massage", quantity: 1, unit_price: 450_000 + (i % 7) * 150_000 }],
          },
        })
        ids.push(result.id)
      }
    })
  )
  return ids
}

/**
 * Emits order.placed for every order at once, the way Medusa's event bus hands
 * a burst to the plugin's subscriber, and times until every subscriber it set
 * off has finished: facts, points and the members' tier refresh, all of it.
 */
async function deliverOrderPlaced(container: MedusaContainer, orderIds: string[], batchSize: number) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  setAwardBatchSize(container, batchSize)
  await subscribersIdle(container)
  const started = Date.now()
  await container.resolve(Modules.EVENT_BUS).emit(orderIds.map((id) => ({ name: "order.placed", data: { id } })))
  await subscribersIdle(container, { timeout: 600_000 })
  const ms = Date.now() - started
  const earned = await loyalty.listPointsEntries({ order_id: orderIds, kind: "earn" }, { select: ["order_id"], take: null })
  const failures = await loyalty.listAwardFailures({ reference: orderIds.map((id) => `order.placed:${id}`) }, { select: ["id"], take: null })
  return { ms, earned: new Set(earned.map((e) => e.order_id)).size, failures: failures.length }
}

async function awardBench(container: MedusaContainer, customers: { id: string; email: string }[]) {
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Bench VN", currency_code: "vnd", countries: ["vn"] }] },
  })
  console.log(`\n1. orders → points: ${ORDERS} order.placed events emitted at once, each way (creating ${2 * ORDERS} orders and ${2 * WARM_UP_ORDERS} to warm up…)`)
  const half = Math.ceil(customers.length / 2)
  const creating = Date.now()
  const batchedOrders = await createOrders(container, regions[0].id, customers.slice(0, half), ORDERS)
  const unbatchedOrders = await createOrders(container, regions[0].id, customers.slice(half), ORDERS)
  const warmUpOrders = await createOrders(container, regions[0].id, customers, 2 * WARM_UP_ORDERS)
  console.log(`  (orders created through Medusa's order workflow in ${seconds(Date.now() - creating)} s)`)

  trackSubscribers(container)
  // both paths once, untimed, so neither pays for the code's first runs
  await deliverOrderPlaced(container, warmUpOrders.slice(0, WARM_UP_ORDERS), 1)
  await deliverOrderPlaced(container, warmUpOrders.slice(WARM_UP_ORDERS), AWARD_BATCH_MAX)
  const unbatched = await deliverOrderPlaced(container, unbatchedOrders, 1)
  const batched = await deliverOrderPlaced(container, batchedOrders, AWARD_BATCH_MAX)
  setAwardBatchSize(container, AWARD_BATCH_MAX)

  const rate = ({ ms }: { ms: number }) => (ORDERS / ms) * 1000
  const outcome = (r: { earned: number; failures: number }) => `${r.earned} earned, ${r.failures} failures recorded`
  const span = "until every subscriber finished: facts, award, tier refresh"
  console.log(`  (the same subscriber either way; timed ${span})`)
  line(`batched (up to ${AWARD_BATCH_MAX} orders a batch)`, `${rate(batched).toFixed(0)} orders/s  (${seconds(batched.ms)} s; ${outcome(batched)})`)
  line("batching switched off (one order a run)", `${rate(unbatched).toFixed(0)} orders/s  (${seconds(unbatched.ms)} s; ${outcome(unbatched)})`)
  line("ratio", `${(rate(batched) / rate(unbatched)).toFixed(1)}×   target ≥ 200 orders/s: ${rate(batched) >= 200 ? "met" : "NOT met"}`)
}

/** The demo's customers (profiles, tags, touch-points) and an admin's token, written where run.mjs reads it. */
async function seedSpa(container: MedusaContainer) {
  const started = Date.now()
  const customers = await ensureDemoCustomers(container, SPA_CUSTOMERS)
  const { headers } = await createAdminUser(container, "bench@spa.test")
  if (process.env.BENCH_STATE) fs.writeFileSync(process.env.BENCH_STATE, JSON.stringify({ authorization: headers.headers.authorization }))
  console.log(`  ${SPA_CUSTOMERS} customers with CRM profiles, tags and touch-points in ${seconds(Date.now() - started)} s`)
  return customers
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
  line(`one order at a time (extrapolated from ${NAIVE_SAMPLE})`, `${(1000 / naivePerOrder).toFixed(0)} orders/s  (${seconds(naivePerOrder * counts.orders)} s for all)`)
  line(`ratio (extrapolated from ${NAIVE_SAMPLE})`, `${(rate / (1000 / naivePerOrder)).toFixed(1)}×`)
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
  line(`one member at a time (extrapolated from ${NAIVE_SAMPLE})`, `${naivePerCustomer.toFixed(2)} ms a member → ${seconds(naiveMs)} s for all`)
  line(`ratio to the nightly run (extrapolated from ${NAIVE_SAMPLE})`, `${(naiveMs / nightlyMs).toFixed(1)}×`)
}

export default async function loyaltyBench({ container, args }: ExecArgs) {
  if (args.includes("orders")) await awardBench(container, await seedSpa(container))
  if (args.includes("tiers")) {
    await factsBench(container)
    await tierBench(container)
  }
}
