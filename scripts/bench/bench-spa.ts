/**
 * The spa the customer-sets and analytics benchmarks run on, generated in a
 * throw-away database (scripts/bench/run.mjs, through `medusa exec`):
 * 100,000 customers and about 1,000,000 orders (BENCH_SCALE scales both),
 * written in bulk SQL by cloning one real order (its summary, address and
 * line item) made by Medusa's order workflow, so the rows have the shape
 * Medusa's order module gives them; the line items over 20 products in 4
 * collections (the skincare ones of product type "Product", the treatments
 * "Service"); CRM profiles (with a first source), tags and loyalty accounts
 * in the plugin's own tables; staff on most orders and ratings on a third of
 * them in the feedback module's; then the customer facts built from those orders
 * by the rebuild command's code (read through Query) and the behaviour
 * scores. The bench's own doing: nothing here is how the plugin writes.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createOrderWorkflow,
  createProductsWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createUsersWorkflow,
} from "@medusajs/medusa/core-flows"
import { progressBar } from "../../src/lib/progress"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { createCrmTagsWorkflow } from "../../src/workflows/crm/workflows/create-crm-tags"
import { scoreCustomerBehaviourWorkflow } from "../../src/workflows/customer-facts/workflows/score-customer-behaviour"

export const SCALE = Number(process.env.BENCH_SCALE || 1)
export const CUSTOMERS = Math.max(1_000, Math.round(100_000 * SCALE))
// orders per customer: 1 to 19, 10 on average → about 1,000,000 orders at scale 1
const MAX_ORDERS_EACH = 19
const CHUNK = 10_000
const CITIES = [
  ["Hồ Chí Minh", "vn"], ["Hà Nội", "vn"], ["Đà Nẵng", "vn"], ["Hải Phòng", "vn"], ["Cần Thơ", "vn"], ["Nha Trang", "vn"],
  ["Huế", "vn"], ["Vũng Tàu", "vn"], ["Shanghai", "cn"], ["Guangzhou", "cn"], ["Shenzhen", "cn"], ["Singapore", "sg"],
]
// 20 products over 4 collections, a product in each from collection i % 4; the skincare ones are retail
const COLLECTIONS = ["Facials", "Massages", "Skincare", "Nails"]
const RETAIL = "Skincare"
const TAGS = ["Dry skin", "Anti-aging", "Sensitive skin", "Yoga lover", "Bridal", "Acne care", "Massage regular", "VIP"]
const SKIN = ["normal", "dry", "oily", "combination", "sensitive"]


export const seconds = (ms: number) => (ms / 1000).toFixed(2)
export const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`)
export const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

/** Columns of one of Medusa's tables other than those the clone sets itself. */
async function columnsOf(knex: Knex, table: string, set: string[]) {
  const { rows } = await knex.raw(
    `select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name <> all(?)`,
    [table, set]
  )
  return rows.map((r: { column_name: string }) => `"${r.column_name}"`) as string[]
}

/** One real order of one line item, made by Medusa's workflow: the template every bench order is cloned from. */
export async function makeTemplate(container: MedusaContainer) {
  const { result: regions } = await createRegionsWorkflow(container).run({ input: { regions: [{ name: "Vietnam", currency_code: "vnd", countries: ["vn"] }] } })
  const { result: collections } = await createCollectionsWorkflow(container).run({
    input: { collections: COLLECTIONS.map((title) => ({ title })) },
  })
  // the analytics tell retail ("Product") from treatments by the product's type
  const { result: types } = await createProductTypesWorkflow(container).run({ input: { product_types: [{ value: "Service" }, { value: "Product" }] } })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: Array.from({ length: 20 }, (_, i) => ({
        title: COLLECTIONS[i % COLLECTIONS.length] === RETAIL ? `Skincare ${i + 1}` : `Treatment ${i + 1}`,
        status: "published" as const,
        collection_id: collections[i % collections.length].id,
        type_id: types[COLLECTIONS[i % COLLECTIONS.length] === RETAIL ? 1 : 0].id,
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
  const typeOf = new Map(types.map((t) => [t.id, t.value]))
  return {
    order_id: order.id,
    products: products.map((p) => ({ id: p.id, variant_id: p.variants[0].id, title: p.title, type_id: p.type_id!, type: typeOf.get(p.type_id!)! })),
  }
}

/** The spa's customers and orders in bulk: cloned rows in Medusa's tables, the bench's own doing. */
export async function seedOrders(container: MedusaContainer, template: Awaited<ReturnType<typeof makeTemplate>>) {
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
  const lineCols = await columnsOf(knex, "order_line_item", [
    "id", "title", "product_id", "variant_id", "product_title", "product_type", "product_type_id", "unit_price", "raw_unit_price", "created_at", "updated_at",
  ])
  const itemCols = await columnsOf(knex, "order_item", ["id", "order_id", "item_id", "created_at", "updated_at"])
  const productIds = template.products.map((p) => p.id)
  const variantIds = template.products.map((p) => p.variant_id)
  const titles = template.products.map((p) => p.title)
  // the line keeps its product's type, as Medusa's order workflow writes it
  const types = template.products.map((p) => p.type)
  const typeIds = template.products.map((p) => p.type_id)

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
      `insert into order_line_item (id, title, product_id, variant_id, product_title, product_type, product_type_id, unit_price, raw_unit_price, created_at, updated_at, ${lineCols.join(",")})
       select 'ordli_' || substr(o.id, 7), (?::text[])[${pick}], (?::text[])[${pick}], (?::text[])[${pick}], (?::text[])[${pick}], (?::text[])[${pick}], (?::text[])[${pick}],
              ${amount}, ${money(amount)}, o.created_at, now(), ${lineCols.map((c) => `l.${c}`).join(",")}
       from "order" o, order_line_item l
       where l.id = ? and o.customer_id between 'cus_s' || lpad(?::text, 6, '0') and 'cus_s' || lpad(?::text, 6, '0')`,
      [titles, productIds, variantIds, titles, types, typeIds, item_id, from, to]
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

/** Profiles (acquired from a source up to two months before her first order), tags and loyalty accounts, in the plugin's own tables. */
export async function seedCrm(container: MedusaContainer) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const { result: tags } = await createCrmTagsWorkflow(container).run({ input: { tags: TAGS.map((name) => ({ name })) } as never })
  const sources = await crm.listCrmSources({}, { select: ["id"], take: null })
  const tiers = await loyalty.listLoyaltyTiers({}, { select: ["id", "rank", "name"], order: { rank: "ASC" }, take: null })
  const customer = `'cus_s' || lpad(g::text, 6, '0')`

  await knex.raw(
    `insert into crm_profile (id, customer_id, birthday, gender, skin_type, source_id, acquired_at, created_at, updated_at)
     select 'crmprof_s' || g, ${customer}, (date '1965-01-01' + abs(hashtext('b' || g)) % 14600)::text,
            case when g % 10 < 8 then 'female' when g % 10 = 8 then 'male' else 'undisclosed' end,
            (?::text[])[1 + abs(hashtext('s' || g)) % 5], (?::text[])[1 + abs(hashtext('o' || g)) % ?],
            f.first_at - (abs(hashtext('q' || g)) % 60) * interval '1 day', now(), now()
     from generate_series(1, ?) g
     join (select customer_id, min(created_at) as first_at from "order" where deleted_at is null group by customer_id) f on f.customer_id = ${customer}`,
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

const STAFF = 8
/**
 * The spa's staff (8 admin users) on 85 % of the orders (one, a quarter of
 * them two: the feedback module's order staff), and ratings on 30 % of the
 * orders, a day or so after, naming them; one beautician (the first) rated
 * clearly higher than the others. In the feedback module's tables.
 */
export async function seedStaffAndFeedback(container: MedusaContainer) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { result: users } = await createUsersWorkflow(container).run({
    input: { users: Array.from({ length: STAFF }, (_, i) => ({ email: `staff${i + 1}@bench.test`, first_name: ["Linh", "Mai", "Hoa", "Trang", "Thu", "Ngọc", "Wei", "Li"][i] })) },
  })
  const staff = users.map((u) => u.id)
  const bar = progressBar("order staff and ratings", CUSTOMERS)
  const inChunk = `o.customer_id between 'cus_s' || lpad(?::text, 6, '0') and 'cus_s' || lpad(?::text, 6, '0') and o.deleted_at is null`
  const dimension = (d: string) => `least(5, greatest(1, overall + (array[0, 0, 0, -1, 1])[1 + abs(hashtext(id || '${d}')) % 5]))`
  for (let from = 1; from <= CUSTOMERS; from += CHUNK) {
    const to = Math.min(CUSTOMERS, from + CHUNK - 1)
    await knex.raw(
      `insert into feedback_order_staff (id, order_id, user_id, created_at, updated_at)
       select 'ordstf_' || substr(o.id, 7) || '_' || n, o.id,
              (?::text[])[1 + (abs(hashtext(o.id || 'w')) + (n - 1) * (1 + abs(hashtext(o.id || 'v')) % ${STAFF - 1})) % ${STAFF}], o.created_at, o.created_at
       from "order" o, generate_series(1, 2) n
       where ${inChunk} and abs(hashtext(o.id || 'a')) % 100 < 85 and (n = 1 or abs(hashtext(o.id || 'b')) % 100 < 25)`,
      [staff, from, to]
    )
    // overall 1–5 (the standout's mostly 5), each dimension the overall or one off it
    await knex.raw(
      `insert into feedback (id, order_id, customer_id, overall, service_quality, staff_attitude, space, price, staff_user_ids, created_at, updated_at)
       select 'fdbk_' || substr(id, 7), id, customer_id, overall, ${["d1", "d2", "d3", "d4"].map(dimension).join(", ")}, staff_ids, rated_at, rated_at
       from (
         select o.id, o.customer_id, least(now(), o.created_at + (2 + abs(hashtext(o.id || 'h')) % 70) * interval '1 hour') as rated_at,
                coalesce(s.ids, '[]'::jsonb) as staff_ids,
                case when coalesce(s.standout, false) then (array[5, 5, 5, 5, 5, 4, 4, 5, 5, 3])[1 + abs(hashtext(o.id || 'r')) % 10]
                     else (array[5, 4, 4, 5, 3, 4, 2, 5, 4, 1])[1 + abs(hashtext(o.id || 'r')) % 10] end as overall
         from "order" o
         left join lateral (select jsonb_agg(user_id order by user_id) as ids, bool_or(user_id = ?) as standout
                            from feedback_order_staff where order_id = o.id and deleted_at is null) s on true
         where ${inChunk} and abs(hashtext(o.id || 'f')) % 100 < 30
       ) r`,
      [staff[0], from, to]
    )
    bar.tick(to)
  }
  bar.done()
  return { staff, standout: staff[0] }
}

/** Times `fn` `runs` times (after one warm-up) and answers the median and the last result. */
export async function timed<T>(fn: () => Promise<T>, runs: number) {
  let result = await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    result = await fn()
    times.push(performance.now() - t)
  }
  return { ms: p50(times), result }
}

/**
 * The whole spa: customers, orders, profiles, tags, accounts, staff and
 * ratings, then the facts rebuilt and the behaviour scored, each step's time
 * printed.
 */
export async function generateSpa(container: MedusaContainer) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let t = Date.now()
  const template = await makeTemplate(container)
  const orders = await seedOrders(container, template)
  const crm = await seedCrm(container)
  const feedback = await seedStaffAndFeedback(container)
  line("generated the spa (customers, orders, CRM, ratings)", `${seconds(Date.now() - t)} s  (${orders.toLocaleString("en")} orders)`)

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
  return { template, orders, ...crm, ...feedback }
}
