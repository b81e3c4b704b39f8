/**
 * The customer-sets benchmark, run by scripts/bench/run.mjs through `medusa
 * exec` on its own throw-away database:
 *  1. the spa of scripts/bench/bench-spa.ts: 100,000 customers and about
 *     1,000,000 orders (BENCH_SCALE scales both), cloned from one real order,
 *     with CRM profiles, tags and loyalty accounts; the customer facts built
 *     by the rebuild command's code, its rate printed, then the behaviour scores;
 *  2. one 4-condition set timed (p50 of several runs) three ways: our
 *     compiled query; the floor, a hand-written SQL query for the same set;
 *     the naive way, Query over customers and their orders filtered in
 *     JavaScript (on a sample, extrapolated); and its group materialised.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../src/modules/customer-sets"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import type { SetRuleGroup } from "../../src/types/customer-sets"
import { createCustomerSetWorkflow } from "../../src/workflows/customer-sets/workflows/create-customer-set"
import { evaluateCustomerSetWorkflow } from "../../src/workflows/customer-sets/workflows/evaluate-customer-set"
import { CUSTOMERS, generateSpa, type Knex, line, SCALE, seconds, timed as timedRuns } from "./bench-spa"

const RUNS = Number(process.env.BENCH_SET_RUNS || 9)
const NAIVE_SAMPLE = Math.min(CUSTOMERS, Number(process.env.BENCH_SET_NAIVE_SAMPLE || 5_000))
const timed = <T>(fn: () => Promise<T>) => timedRuns(fn, RUNS)

/** The same set written by hand for these tables: the fastest we know how to ask Postgres. */
async function floorQuery(knex: Knex, p: { months: number[]; goldRank: number; tagIds: string[]; minSpend: number; since: Date }) {
  const where = `
    from facts_customer fc
    join crm_profile pr on pr.customer_id = fc.customer_id and pr.deleted_at is null
    join loyalty_account la on la.customer_id = fc.customer_id and la.deleted_at is null
    join loyalty_tier lt on lt.id = la.tier_id and lt.rank >= ?
    where fc.deleted_at is null
      and substr(pr.birthday, 6, 2)::int = any(?::int[])
      and exists (select 1 from crm_customer_tag ct where ct.customer_id = fc.customer_id and ct.tag_id = any(?::text[]) and ct.deleted_at is null)
      and (select sum(o.net_spend) from facts_order o
           where o.customer_id = fc.customer_id and o.deleted_at is null and o.counted and o.currency_code = 'vnd' and o.placed_at >= ?) >= ?`
  const bindings = [p.goldRank, p.months, p.tagIds, p.since, p.minSpend]
  const [count, page] = await Promise.all([
    knex.raw(`select count(*)::int as count ${where}`, bindings),
    knex.raw(`select fc.customer_id ${where} order by fc.customer_id limit 10`, bindings),
  ])
  return { count: count.rows[0].count as number, ids: page.rows.map((r) => r.customer_id as string) }
}

// Medusa's raw amounts: { value: "800000", precision: 20 }
const amount = (raw?: { value: string } | null) => Number(raw?.value ?? 0)

/** The way without the plugin's read model: Query over customers and their orders, filtered in JavaScript. */
async function naiveQuery(container: MedusaContainer, customerIds: string[], p: { months: number[]; goldRank: number; tagIds: string[]; minSpend: number; since: Date }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const matched: string[] = []
  const tiers = await loyalty.listLoyaltyTiers({}, { select: ["id", "rank"], take: null })
  const rankOf = new Map(tiers.map((t) => [t.id, t.rank]))
  for (let i = 0; i < customerIds.length; i += 500) {
    const ids = customerIds.slice(i, i + 500)
    const [{ data: customers }, { data: orders }, accounts, customerTags] = await Promise.all([
      query.graph({ entity: "customer", fields: ["id", "crm_profile.birthday"], filters: { id: ids } }),
      query.graph({
        entity: "order",
        fields: ["customer_id", "created_at", "currency_code", "status", "summary.*"],
        filters: { customer_id: ids },
      }),
      loyalty.listLoyaltyAccounts({ customer_id: ids }, { select: ["customer_id", "tier_id"], take: null }),
      crm.listCustomerTags({ customer_id: ids }, { select: ["customer_id", "tag_id"], take: null }),
    ])
    const ordersOf = new Map<string, any[]>()
    for (const o of orders as any[]) ordersOf.set(o.customer_id, [...(ordersOf.get(o.customer_id) ?? []), o])
    const tierOf = new Map(accounts.map((a) => [a.customer_id, a.tier_id ? rankOf.get(a.tier_id) ?? -1 : -1]))
    const tagged = new Set(customerTags.filter((t: any) => p.tagIds.includes(t.tag_id)).map((t: any) => t.customer_id))
    for (const c of customers as any[]) {
      const month = c.crm_profile?.birthday ? Number(c.crm_profile.birthday.slice(5, 7)) : 0
      if (!p.months.includes(month) || (tierOf.get(c.id) ?? -1) < p.goldRank || !tagged.has(c.id)) continue
      const spend = (ordersOf.get(c.id) ?? [])
        .filter((o: any) => o && o.currency_code === "vnd" && !["canceled", "draft"].includes(o.status) && new Date(o.created_at) >= p.since)
        .reduce((sum: number, o: any) => sum + amount(o.summary?.raw_current_order_total) - amount(o.summary?.raw_refunded_total), 0)
      if (spend >= p.minSpend) matched.push(c.id)
    }
  }
  return matched
}

export default async function setsBench({ container }: ExecArgs) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  console.log(`\n5. customer sets on a spa of ${CUSTOMERS.toLocaleString("en")} customers (scale ${SCALE})`)
  const { tags, gold } = await generateSpa(container)
  let t: number

  const now = new Date()
  const params = {
    months: [1, 2, 3],
    goldRank: gold.rank,
    tagIds: [tags.find((x) => x.name === "Anti-aging")!.id, tags.find((x) => x.name === "Sensitive skin")!.id],
    minSpend: 10_000_000,
    since: new Date(now.getTime() - 365 * 86_400_000),
  }
  const rules: SetRuleGroup = {
    combinator: "and",
    rules: [
      { field: "birthday_month", operator: "in", value: params.months },
      { field: "tier", operator: "at_least", value: [gold.id] },
      { field: "tags", operator: "any", value: params.tagIds },
      { field: "total_spend", operator: "gte", value: params.minSpend, currency_code: "vnd", period: { last_days: 365 } },
    ],
  }
  console.log(`  the set: birthday in Jan–Mar AND ${gold.name} or above AND tagged Anti-aging or Sensitive skin AND ≥ 10,000,000 VND in the last 365 days`)
  const sets: CustomerSetsModuleService = container.resolve(CUSTOMER_SETS_MODULE)
  const ours = await timed(() => sets.evaluate(rules, { now, limit: 10 }))
  const floor = await timed(() => floorQuery(knex, params))
  if (ours.result.count !== floor.result.count) throw new Error(`the compiled set counts ${ours.result.count}, the hand-written query ${floor.result.count}`)

  const sample = (await knex.raw(`select id from customer where id like 'cus_s%' order by id limit ?`, [NAIVE_SAMPLE])).rows.map((r) => r.id as string)
  t = performance.now()
  const naive = await naiveQuery(container, sample, params)
  const naiveMs = ((performance.now() - t) / sample.length) * CUSTOMERS
  const oursOnSample = await sets.evaluate(rules, { now, limit: sample.length, customer_ids: sample })
  const same = naive.length === oursOnSample.count && naive.every((id) => oursOnSample.customer_ids.includes(id))

  line(`our compiled query (count + first page, p50 of ${RUNS})`, `${ours.ms.toFixed(0)} ms  (${ours.result.count.toLocaleString("en")} members)   target < 300 ms: ${ours.ms < 300 ? "met" : "NOT met"}`)
  line(`floor: hand-written SQL (p50 of ${RUNS})`, `${floor.ms.toFixed(0)} ms   ours ÷ floor ${(ours.ms / floor.ms).toFixed(2)}×   target ≤ 2×: ${ours.ms <= 2 * floor.ms ? "met" : "NOT met"}`)
  line(`naive: Query + JavaScript (extrapolated from ${sample.length.toLocaleString("en")})`, `${seconds(naiveMs)} s   speed-up ${(naiveMs / ours.ms).toFixed(0)}×   target ≥ 20×: ${naiveMs / ours.ms >= 20 ? "met" : "NOT met"}`)
  line("naive and compiled agree on the sample", same ? `yes (${naive.length} members)` : `NO (${naive.length} vs ${oursOnSample.count})`)

  // materialised: our member rows and the Medusa customer group, through the Customer module
  t = Date.now()
  const { result: created } = await createCustomerSetWorkflow(container).run({ input: { name: "Bench set", kind: "dynamic", rules, now } })
  const firstMs = Date.now() - t
  // 1 % of the members change: their birthday moves out of the set's months
  await knex.raw(
    `update crm_profile set birthday = '1990-07-15' where customer_id in
       (select customer_id from customer_set_member where set_id = ? and deleted_at is null order by customer_id limit greatest(1, ?))`,
    [created.id, Math.round(ours.result.count / 100)]
  )
  t = Date.now()
  await evaluateCustomerSetWorkflow(container).run({ input: { set_id: created.id, now } })
  const againMs = Date.now() - t
  t = Date.now()
  await evaluateCustomerSetWorkflow(container).run({ input: { set_id: created.id, now } })
  const sameMs = Date.now() - t
  const group = (await sets.retrieveCustomerSet(created.id, { select: ["customer_group_id", "member_count"] })) as { customer_group_id: string; member_count: number }
  const inGroup = await container.resolve(Modules.CUSTOMER).listCustomerGroupCustomers({ customer_group_id: group.customer_group_id }, { select: ["id"], take: null })
  if (inGroup.length !== group.member_count) throw new Error(`the group holds ${inGroup.length} customers, the set ${group.member_count}`)
  line("materialised: first time (every member into the group)", `${seconds(firstMs)} s  (${ours.result.count.toLocaleString("en")} members)`)
  line("re-materialised, 1 % of members left", `${seconds(againMs)} s  (group now ${group.member_count.toLocaleString("en")})`)
  line("re-materialised, nothing changed", `${seconds(sameMs)} s`)
}
