/**
 * The customer-sets benchmark, run by scripts/bench/run.mjs through `medusa
 * exec` on its own throw-away database:
 *  1. a spa of 100,000 customers and about 1,000,000 orders (BENCH_SCALE
 *     scales both), written in bulk SQL by cloning one real order (its
 *     summary, address and line item) made by Medusa's order workflow, so the
 *     rows have the shape Medusa's order module gives them; CRM profiles, tags
 *     and loyalty accounts in the plugin's own tables;
 *  2. the customer facts built from those orders by the rebuild command's
 *     code (read through Query), its rate printed, then the behaviour scores;
 *  3. one 4-condition set timed (p50 of several runs) three ways: our
 *     compiled query; the floor, a hand-written SQL query for the same set;
 *     the naive way, Query over customers and their orders filtered in
 *     JavaScript (on a sample, extrapolated); and its group materialised.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { progressBar } from "../../src/lib/progress"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../src/modules/customer-sets"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import type { SetRuleGroup } from "../../src/types/customer-sets"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { createCustomerSetWorkflow } from "../../src/workflows/customer-sets/workflows/create-customer-set"
import { evaluateCustomerSetWorkflow } from "../../src/workflows/customer-sets/workflows/evaluate-customer-set"
import { createCrmTagsWorkflow } from "../../src/workflows/crm/workflows/create-crm-tags"
import { scoreCustomerBehaviourWorkflow } from "../../src/workflows/customer-facts/workflows/score-customer-behaviour"

const SCALE = Number(process.env.BENCH_SCALE || 1)
const CUSTOMERS = Math.max(1_000, Math.round(100_000 * SCALE))
// orders per customer: 1 to 19, 10 on average → about 1,000,000 orders at scale 1
const MAX_ORDERS_EACH = 19
const CHUNK = 10_000
const RUNS = Number(process.env.BENCH_SET_RUNS || 9)
const NAIVE_SAMPLE = Math.min(CUSTOMERS, Number(process.env.BENCH_SET_NAIVE_SAMPLE || 5_000))
const CITIES = [
  ["Hồ Chí Minh", "vn"], ["Hà Nội", "vn"], ["Đà Nẵng", "vn"], ["Hải Phòng", "vn"], ["Cần Thơ", "vn"], ["Nha Trang", "vn"],
  ["Huế", "vn"], ["Vũng Tàu", "vn"], ["Shanghai", "cn"], ["Guangzhou", "cn"], ["Shenzhen", "cn"], ["Singapore", "sg"],
]
const TAGS = ["Dry skin", "Anti-aging", "Sensitive skin", "Yoga lover", "Bridal", "Acne care", "Massage regular", "VIP"]
const SKIN = ["normal", "dry", "oily", "combination", "sensitive"]

const seconds = (ms: number) => (ms / 1000).toFixed(2)
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`)
const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

/** Columns of one of Medusa's tables other than those the clone sets itself. */
async function columnsOf(knex: Knex, table: string, set: string[]) {
  const { rows } = await knex.raw(
    `select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name <> all(?)`,
    [table, set]
  )
  return rows.map((r: { column_name: string }) => `"${r.column_name}"`) as string[]
}

/** One real order of one line item, made by Medusa's workflow: the template every bench order is cloned from. */
async function makeTemplate(container: MedusaContainer) {
  const { result: regions } = await createRegionsWorkflow(container).run({ input: { regions: [{ name: "Vietnam", currency_code: "vnd", countries: ["vn"] }] } })
  const { result: collections } = await createCollectionsWorkflow(container).run({
    input: { collections: ["Facials", "Massages", "Skincare", "Nails"].map((title) => ({ title })) },
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: Array.from({ length: 20 }, (_, i) => ({
        title: `Treatment ${i + 1}`,
        status: "published" as const,
        collection_id: collections[i % collections.length].id,
        options: [{ title: "Length", values: ["60 min"] }],
        variants: [{ title: "60 min", manage_inventory: false, options: { Length: "60 min" }, prices: [{ currency_code: "vnd", amount: 500_000 }] }],
      })),
    },
  })
  const customers = container.resolve(Modules.CUSTOMER)
  const [template] = await customers.createCustomers([{ email: "template@bench.test" }])
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: regions[0].id,
      customer_id: template.id,
      email: "template@bench.test",
      shipping_address: { first_name: "Lan", city: "Hồ Chí Minh", country_code: "vn", address_1: "1 Lê Lợi" },
      billing_address: { first_name: "Lan", city: "Hồ Chí Minh", country_code: "vn", address_1: "1 Lê Lợi" },
      items: [{ title: products[0].title, quantity: 1, unit_price: 500_000, product_id: products[0].id, variant_id: products[0].variants[0].id }],
    } as never,
  })
  return { order_id: order.id, products: products.map((p) => ({ id: p.id, variant_id: p.variants[0].id, title: p.title })) }
}

/** The spa's customers and orders in bulk: cloned rows in Medusa's tables, the bench's own doing. */
async function seedOrders(container: MedusaContainer, template: Awaited<ReturnType<typeof makeTemplate>>) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ shipping_address_id }] = (await knex.raw(`select shipping_address_id from "order" where id = ?`, [template.order_id])).rows
  // the template's rows by primary key: a partial index on order_id would not serve the clones' joins
  const [{ item_id, order_item_id }] = (await knex.raw(`select item_id, id as order_item_id from order_item where order_id = ?`, [template.order_id])).rows
  const [{ summary_id }] = (await knex.raw(`select id as summary_id from order_summary where order_id = ?`, [template.order_id])).rows

  const addressCols = await columnsOf(knex, "order_address", ["id", "city", "country_code"])
  for (const [i, [city, country]] of CITIES.entries()) {
    await knex.raw(
      `insert into order_address (id, city, country_code, ${addressCols.join(",")})
       select ?, ?, ?, ${addressCols.map((c) => `a.${c}`).join(",")} from order_address a where a.id = ?`,
      [`ordaddr_bench${i}`, city, country, shipping_address_id]
    )
  }
  const orderCols = await columnsOf(knex, "order", ["id", "customer_id", "display_id", "created_at", "updated_at", "shipping_address_id", "billing_address_id"])
  const summaryCols = await columnsOf(knex, "order_summary", ["id", "order_id", "totals", "created_at", "updated_at"])
  const lineCols = await columnsOf(knex, "order_line_item", ["id", "title", "product_id", "variant_id", "product_title", "unit_price", "raw_unit_price", "created_at", "updated_at"])
  const itemCols = await columnsOf(knex, "order_item", ["id", "order_id", "item_id", "created_at", "updated_at"])
  const productIds = template.products.map((p) => p.id)
  const variantIds = template.products.map((p) => p.variant_id)
  const titles = template.products.map((p) => p.title)

  const bar = progressBar("customers and orders", CUSTOMERS)
  for (let from = 1; from <= CUSTOMERS; from += CHUNK) {
    const to = Math.min(CUSTOMERS, from + CHUNK - 1)
    await knex.raw(
      `insert into customer (id, email, first_name, last_name, has_account, created_at, updated_at)
       select 'cus_s' || lpad(g::text, 6, '0'), 'c' || g || '@bench.test', (array['Lan','Mai','Hoa','Linh','Thu','Ngọc','Wei','Li'])[1 + g % 8],
              (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Wang','Chen'])[1 + g % 7], false, now() - interval '3 years', now()
       from generate_series(?::int, ?::int) g`,
      [from, to]
    )
    // each customer's orders: her own count and recency (a hash of her number), 40 days apart
    await knex.raw(
      `insert into "order" (id, customer_id, created_at, updated_at, shipping_address_id, billing_address_id, ${orderCols.join(",")})
       select 'order_s' || lpad(g::text, 6, '0') || '_' || lpad(k::text, 2, '0'), 'cus_s' || lpad(g::text, 6, '0'),
              now() - ((abs(hashtext('r' || g)) % 500) + (k - 1) * 40) * interval '1 day', now(),
              'ordaddr_bench' || (g % ?), 'ordaddr_bench' || (g % ?), ${orderCols.map((c) => `t.${c}`).join(",")}
       from "order" t, generate_series(?::int, ?::int) g, generate_series(1, ?) k
       where t.id = ? and k <= 1 + abs(hashtext('n' || g)) % ?`,
      [CITIES.length, CITIES.length, from, to, MAX_ORDERS_EACH, template.order_id, MAX_ORDERS_EACH]
    )
    const amount = `(200000 + (abs(hashtext(o.id || 't')) % 48) * 100000)`
    const money = (expr: string) => `jsonb_build_object('value', (${expr})::text, 'precision', 20)`
    await knex.raw(
      `insert into order_summary (id, order_id, totals, created_at, updated_at, ${summaryCols.join(",")})
       select 'ordsum_' || substr(o.id, 7), o.id,
              jsonb_build_object('raw_current_order_total', ${money(amount)}, 'raw_paid_total', ${money("0")}, 'raw_refunded_total', ${money("0")}),
              o.created_at, now(), ${summaryCols.map((c) => `s.${c}`).join(",")}
       from "order" o, order_summary s
       where s.id = ? and o.customer_id between 'cus_s' || lpad(?::text, 6, '0') and 'cus_s' || lpad(?::text, 6, '0')`,
      [summary_id, from, to]
    )
    const pick = `1 + abs(hashtext(o.id || 'p')) % ${productIds.length}`
    await knex.raw(
      `insert into order_line_item (id, title, product_id, variant_id, product_title, unit_price, raw_unit_price, created_at, updated_at, ${lineCols.join(",")})
       select 'ordli_' || substr(o.id, 7), (?::text[])[${pick}], (?::text[])[${pick}], (?::text[])[${pick}], (?::text[])[${pick}],
              ${amount}, ${money(amount)}, o.created_at, now(), ${lineCols.map((c) => `l.${c}`).join(",")}
       from "order" o, order_line_item l
       where l.id = ? and o.customer_id between 'cus_s' || lpad(?::text, 6, '0') and 'cus_s' || lpad(?::text, 6, '0')`,
      [titles, productIds, variantIds, titles, item_id, from, to]
    )
    await knex.raw(
      `insert into order_item (id, order_id, item_id, created_at, updated_at, ${itemCols.join(",")})
       select 'orditem_' || substr(o.id, 7), o.id, 'ordli_' || substr(o.id, 7), o.created_at, now(), ${itemCols.map((c) => `i.${c}`).join(",")}
       from "order" o, order_item i
       where i.id = ? and o.customer_id between 'cus_s' || lpad(?::text, 6, '0') and 'cus_s' || lpad(?::text, 6, '0')`,
      [order_item_id, from, to]
    )
    bar.tick(to)
  }
  bar.done()
  // the template and its customer are not part of the spa
  await knex.raw(`update "order" set deleted_at = now() where id = ?`, [template.order_id])
  await knex.raw(`analyze`)
  const [{ count }] = (await knex.raw(`select count(*)::int as count from "order" where deleted_at is null`)).rows
  return count as number
}

/** Profiles, tags and loyalty accounts, in the plugin's own tables. */
async function seedCrm(container: MedusaContainer) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const { result: tags } = await createCrmTagsWorkflow(container).run({ input: { tags: TAGS.map((name) => ({ name })) } as never })
  const sources = await crm.listCrmSources({}, { select: ["id"], take: null })
  const tiers = await loyalty.listLoyaltyTiers({}, { select: ["id", "rank", "name"], order: { rank: "ASC" }, take: null })
  const customer = `'cus_s' || lpad(g::text, 6, '0')`

  await knex.raw(
    `insert into crm_profile (id, customer_id, birthday, gender, skin_type, source_id, created_at, updated_at)
     select 'crmprof_s' || g, ${customer}, (date '1965-01-01' + abs(hashtext('b' || g)) % 14600)::text,
            case when g % 10 < 8 then 'female' when g % 10 = 8 then 'male' else 'undisclosed' end,
            (?::text[])[1 + abs(hashtext('s' || g)) % 5], (?::text[])[1 + abs(hashtext('o' || g)) % ?], now(), now()
     from generate_series(1, ?) g`,
    [SKIN, sources.map((s) => s.id), sources.length, CUSTOMERS]
  )
  // each tag on about a quarter of the customers
  await knex.raw(
    `insert into crm_customer_tag (id, customer_id, tag_id, created_at, updated_at)
     select 'crmctag_s' || g || '_' || t.n, ${customer}, t.id, now(), now()
     from generate_series(1, ?) g, unnest(?::text[]) with ordinality as t(id, n)
     where abs(hashtext('t' || g || '_' || t.n)) % 4 = 0`,
    [CUSTOMERS, tags.map((t: { id: string }) => t.id)]
  )
  // tiers by rank: 60 % Standard, 20 % Gold, 10 % Platinum, 7 % Diamond, 3 % Luxurious
  await knex.raw(
    `insert into loyalty_account (id, customer_id, referral_code, tier_id, tier_assigned_at, created_at, updated_at)
     select 'lyacct_s' || g, ${customer}, 'S' || lpad(g::text, 7, '0'),
            (?::text[])[case when h < 60 then 1 when h < 80 then 2 when h < 90 then 3 when h < 97 then 4 else 5 end], now(), now(), now()
     from (select g, abs(hashtext('y' || g)) % 100 as h from generate_series(1, ?) g) x`,
    [tiers.map((t) => t.id), CUSTOMERS]
  )
  await knex.raw(
    `insert into loyalty_points_entry (id, account_id, kind, points, reference, reason, available_at, created_at, updated_at)
     select 'lypts_s' || g, 'lyacct_s' || g, 'earn', abs(hashtext('p' || g)) % 5000, 'bench:' || g, 'Bench', now(), now(), now()
     from generate_series(1, ?) g`,
    [CUSTOMERS]
  )
  await knex.raw(`analyze`)
  return { tags: tags as { id: string; name: string }[], gold: tiers[1] }
}

/** Times `fn` RUNS times (after one warm-up) and answers the median and the last result. */
async function timed<T>(fn: () => Promise<T>) {
  let result = await fn()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    result = await fn()
    times.push(performance.now() - t)
  }
  return { ms: p50(times), result }
}

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
  let t = Date.now()
  const template = await makeTemplate(container)
  const orders = await seedOrders(container, template)
  const { tags, gold } = await seedCrm(container)
  line("generated customers, orders, profiles, tags, accounts", `${seconds(Date.now() - t)} s  (${orders.toLocaleString("en")} orders)`)

  t = Date.now()
  const bars: Record<string, ReturnType<typeof progressBar>> = {}
  const counts = await rebuildCustomerFacts(container, {
    onProgress: ({ stage, done, total }) => {
      const bar = (bars[stage] ??= progressBar(stage === "orders" ? "order facts" : "customers", total))
      bar.tick(done)
      if (done >= total) bar.done()
    },
  })
  const rebuildMs = Date.now() - t
  line("facts rebuild (the rebuild command's code)", `${((counts.orders / rebuildMs) * 1000).toFixed(0)} orders/s  (${counts.orders.toLocaleString("en")} orders, ${seconds(rebuildMs)} s)`)
  t = Date.now()
  await scoreCustomerBehaviourWorkflow(container).run({ input: {} })
  line("behaviour scores (one SQL pass)", `${seconds(Date.now() - t)} s`)
  await knex.raw("vacuum analyze")

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
