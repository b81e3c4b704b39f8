import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow, deleteCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import type { SetRule, SetRuleGroup } from "../../src/types/customer-sets"
import { createAdminUser, failure, type Headers } from "../helpers/auth"
import { createOrder, createRegions, emitEvent } from "../helpers/loyalty-orders"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { createCart, createStorefront, givePoints, payAndComplete, registerShopper, setLoyaltyRules } from "../helpers/storefront"
import { subscribersIdle } from "../helpers/subscribers"

jest.setTimeout(180_000)

const and = (...rules: SetRule[]): SetRuleGroup => ({ combinator: "and", rules })
const or = (...rules: SetRule[]): SetRuleGroup => ({ combinator: "or", rules })

/** The Medusa customer group's members, read through the Customer module. */
async function groupMembers(container: MedusaContainer, groupId: string) {
  const rows = await container
    .resolve(Modules.CUSTOMER)
    .listCustomerGroupCustomers({ customer_group_id: groupId }, { select: ["id", "customer_id"], take: null })
  return rows.map((r) => ({ id: r.id, customer_id: r.customer_id }))
}

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: Headers
    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      await setLoyaltyRules(getContainer(), { earn_rates: { vnd: 10_000 }, pending_days: 0, signup_bonus: 0 })
    })

    const sets = async () => (await dbConnection.raw(`SELECT count(*)::int AS n FROM customer_set`)).rows[0].n as number
    const groups = async () => (await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({}, { select: ["id"] })).length

    it("refuses an unknown field or operator and a value of the wrong type with a 400 naming its path, writing nothing", async () => {
      const before = { sets: await sets(), groups: await groups() }
      const cases: [SetRuleGroup | unknown, string][] = [
        [and({ field: "gender", operator: "in", value: ["female"] }, { field: "shoe_size" as never, operator: "in", value: [38] }), "rules.rules[1].field"],
        [and(or({ field: "gender", operator: "gte", value: 3 })), "rules.rules[0].rules[0].operator"],
        [and({ field: "age", operator: "gte", value: "thirty" as never }), "rules.rules[0].value"],
        [and({ field: "total_spend", operator: "gte", value: 100 }), "rules.rules[0].currency_code"],
        [and({ field: "age", operator: "gte", value: 30, period: { last_days: 30 } }), "rules.rules[0].period"],
        [{ combinator: "xor", rules: [] }, "rules.combinator"],
      ]
      for (const [rules, path] of cases) {
        for (const send of [
          () => api.post("/admin/customer-sets", { name: "Bad", kind: "dynamic", rules }, admin),
          () => api.post("/admin/customer-sets/preview", { rules }, admin),
        ]) {
          const res = await failure(send())
          expect([path, res.status]).toEqual([path, 400])
          expect(res.data.message).toContain(`${path}:`)
        }
      }
      expect({ sets: await sets(), groups: await groups() }).toEqual(before)
    })

    it("selects by every kind of condition, nested AND/OR, on profiles, tags, orders, points and tiers; the preview counts without writing", async () => {
      const container = getContainer()
      const crm: CrmModuleService = container.resolve(CRM_MODULE)
      const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
      // a treatment in the catalogue: what she bought is read from the order's items
      const store = await createStorefront(container, { currency: "vnd", price: 1_000_000 })
      const { data: variants } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["product_id"], filters: { id: store.variant_id } })
      const facial = variants[0].product_id as string
      const { result: customers } = await createCustomersWorkflow(container).run({
        input: {
          customersData: [
            { email: "lan@example.vn", first_name: "Lan", addresses: [{ city: "Hà Nội", country_code: "vn" }] },
            { email: "mai@example.vn", first_name: "Mai", addresses: [{ city: "Đà Nẵng", country_code: "vn" }] },
            { email: "hoa@example.vn", first_name: "Hoa" },
            { email: "anna@example.vn", first_name: "Anna", addresses: [{ city: "Berlin", country_code: "de" }] },
            { email: "john@example.vn", first_name: "John" },
          ],
        },
      })
      await subscribersIdle(container)
      const [lan, mai, hoa, anna] = customers
      const [walkIn] = await crm.listCrmSources({ name: "Walk-in" })
      const profiles: [string, Record<string, unknown>][] = [
        [lan.id, { birthday: "1990-01-15", gender: "female", skin_type: "sensitive", source_id: walkIn.id }],
        [mai.id, { birthday: "2000-06-10", gender: "female", skin_type: "dry" }],
        [hoa.id, { birthday: "1960-01-02", gender: "male" }],
      ]
      for (const [id, profile] of profiles) await api.post(`/admin/customers/${id}/crm`, profile, admin)
      const vip = (await api.post("/admin/crm/tags", { name: "VIP" }, admin)).data.tag.id
      const yoga = (await api.post("/admin/crm/tags", { name: "Yoga" }, admin)).data.tag.id
      await api.post(`/admin/crm/tags/${vip}/customers`, { add: [lan.id, mai.id] }, admin)
      await api.post(`/admin/crm/tags/${yoga}/customers`, { add: [mai.id, anna.id] }, admin)
      // orders placed through Medusa's workflow, order.placed as Medusa emits it: the facts are written by the plugin
      const lanOrder = await createOrder(container, {
        region_id: store.region_id,
        customer_id: lan.id,
        items: [{ title: "Hydrating facial", quantity: 2, unit_price: 1_000_000, variant_id: store.variant_id }],
      })
      const maiOrder = await createOrder(container, { region_id: store.region_id, customer_id: mai.id, items: [{ title: "Facial", quantity: 1, unit_price: 500_000 }] })
      await emitEvent(container, "order.placed", { id: lanOrder.id })
      await emitEvent(container, "order.placed", { id: maiOrder.id })
      await subscribersIdle(container)
      // lan 200 points earned, mai 50 + 300 given
      await givePoints(container, mai.id, 300)
      const tiers = await loyalty.listLoyaltyTiers({}, { select: ["id", "handle"] })
      const tier = (handle: string) => tiers.find((t) => t.handle === handle)!.id
      const [lanAccount] = await loyalty.listLoyaltyAccounts({ customer_id: lan.id })
      await loyalty.updateLoyaltyAccounts({ id: lanAccount.id, tier_id: tier("gold") })

      const before = await sets()
      const who = async (rules: SetRuleGroup) => {
        const { data } = await api.post("/admin/customer-sets/preview", { rules }, admin)
        expect(data.count).toBe(data.customers.length)
        return (data.customers as { first_name: string }[]).map((c) => c.first_name).sort()
      }
      const expectations: [SetRuleGroup, string[]][] = [
        [and({ field: "birthday_month", operator: "in", value: [1] }), ["Hoa", "Lan"]],
        [and({ field: "birthday_month", operator: "not_in", value: [1] }), ["Mai"]],
        [and({ field: "age", operator: "gte", value: 60 }), ["Hoa"]],
        [and({ field: "age", operator: "between", value: [20, 45] }), ["Lan", "Mai"]],
        [and({ field: "gender", operator: "in", value: ["female"] }), ["Lan", "Mai"]],
        [and({ field: "skin_type", operator: "in", value: ["sensitive"] }), ["Lan"]],
        [and({ field: "source", operator: "in", value: [walkIn.id] }), ["Lan"]],
        [and({ field: "city", operator: "in", value: ["HA NOI", "da nang"] }), ["Lan", "Mai"]],
        [and({ field: "country", operator: "not_in", value: ["VN"] }), ["Anna"]],
        [and({ field: "tags", operator: "any", value: [vip] }), ["Lan", "Mai"]],
        [and({ field: "tags", operator: "all", value: [vip, yoga] }), ["Mai"]],
        [and({ field: "tags", operator: "none", value: [vip] }), ["Anna", "Hoa", "John"]],
        [and({ field: "total_spend", operator: "gte", value: 1_000_000, currency_code: "vnd" }), ["Lan"]],
        [and({ field: "total_spend", operator: "lte", value: 600_000, currency_code: "vnd" }), ["Anna", "Hoa", "John", "Mai"]],
        [and({ field: "total_spend", operator: "gte", value: 1, currency_code: "vnd", period: { last_days: 7 } }), ["Lan", "Mai"]],
        [and({ field: "order_count", operator: "eq", value: 0 }), ["Anna", "Hoa", "John"]],
        [and({ field: "order_count", operator: "gte", value: 1, period: { from: "2000-01-01", to: "2000-12-31" } }), []],
        [and({ field: "days_since_last_order", operator: "lte", value: 1 }), ["Lan", "Mai"]],
        [and({ field: "days_since_last_order", operator: "gte", value: 90 }), []],
        [and({ field: "bought_product", operator: "any", value: [facial] }), ["Lan"]],
        [and({ field: "bought_product", operator: "none", value: [facial] }), ["Anna", "Hoa", "John", "Mai"]],
        [and({ field: "points_balance", operator: "gte", value: 300 }), ["Mai"]],
        [and({ field: "points_balance", operator: "lte", value: 0 }), ["Anna", "Hoa", "John"]],
        [and({ field: "tier", operator: "at_least", value: [tier("gold")] }), ["Lan"]],
        [and({ field: "tier", operator: "in", value: [tier("standard")] }), ["Mai"]],
        // AND/OR nested: sensitive skin, or a yoga lover who never ordered
        [or({ field: "skin_type", operator: "in", value: ["sensitive"] }, and({ field: "tags", operator: "any", value: [yoga] }, { field: "order_count", operator: "lte", value: 0 })), ["Anna", "Lan"]],
        [and({ field: "gender", operator: "in", value: ["female"] }, or({ field: "age", operator: "lte", value: 30 }, { field: "tier", operator: "at_least", value: [tier("gold")] })), ["Lan", "Mai"]],
        [and(), ["Anna", "Hoa", "John", "Lan", "Mai"]],
      ]
      const answers: [string, string[]][] = []
      for (const [rules, expected] of expectations) answers.push([JSON.stringify(rules), await who(rules)])
      expect(answers).toEqual(expectations.map(([rules, expected]) => [JSON.stringify(rules), expected]))
      expect(await sets()).toBe(before)
    })

    it("re-evaluates a dynamic set after an order (she joins its Medusa group without the job), leaves a static set as its snapshot until re-evaluated", async () => {
      const container = getContainer()
      const store = await createStorefront(container, { currency: "vnd", price: 1_000_000 })
      const mai = await registerShopper(api, store, "mai@example.vn")
      await subscribersIdle(container)
      const rules = and({ field: "total_spend", operator: "gte", value: 2_000_000, currency_code: "vnd" })
      const dynamic = (await api.post("/admin/customer-sets", { name: "Big spenders", kind: "dynamic", rules }, admin)).data.customer_set
      const snapshot = (await api.post("/admin/customer-sets", { name: "Big spenders (Dec)", kind: "static", rules }, admin)).data.customer_set
      expect(dynamic).toEqual(expect.objectContaining({ member_count: 0, customer_group_id: expect.any(String), evaluated_at: expect.any(String) }))
      const group = await container.resolve(Modules.CUSTOMER).retrieveCustomerGroup(dynamic.customer_group_id)
      expect(group).toEqual(expect.objectContaining({ name: "Set · Big spenders", metadata: { spa_crm_set_id: dynamic.id } }))

      const checkout = async (treatments: number) => {
        const { data } = await payAndComplete(api, mai, await createCart(api, store, mai, treatments))
        expect(data.type).toBe("order")
        await subscribersIdle(container)
      }
      await checkout(1)
      expect(await groupMembers(container, dynamic.customer_group_id)).toEqual([])
      // 2,000,000 reached: order.placed → facts → customer_facts.updated → the set, no job run
      await checkout(1)
      expect((await api.get(`/admin/customer-sets/${dynamic.id}`, admin)).data.customer_set.member_count).toBe(1)
      expect((await groupMembers(container, dynamic.customer_group_id)).map((m) => m.customer_id)).toEqual([mai.customer_id])
      expect((await api.get(`/admin/customers/${mai.customer_id}/customer-sets`, admin)).data.customer_sets.map((s: { id: string }) => s.id)).toEqual([dynamic.id])

      // the static set kept its snapshot; re-evaluating it takes a new one
      expect((await api.get(`/admin/customer-sets/${snapshot.id}`, admin)).data.customer_set.member_count).toBe(0)
      expect(await groupMembers(container, snapshot.customer_group_id)).toEqual([])
      const { data } = await api.post(`/admin/customer-sets/${snapshot.id}/evaluate`, {}, admin)
      expect(data.customer_set.member_count).toBe(1)
      expect((await groupMembers(container, snapshot.customer_group_id)).map((m) => m.customer_id)).toEqual([mai.customer_id])
    })

    it("materialises only the difference into the group, lists members (and as CSV), renames the group with the set and deletes it with the set", async () => {
      const container = getContainer()
      const { result: customers } = await createCustomersWorkflow(container).run({
        input: { customersData: ["lan", "mai", "hoa"].map((n) => ({ email: `${n}@example.vn`, first_name: n === "lan" ? "=Lan, \"the\" first" : n, phone: "0912 345 678" })) },
      })
      await subscribersIdle(container)
      const [lan, mai, hoa] = customers
      const tag = (await api.post("/admin/crm/tags", { name: "Regular" }, admin)).data.tag.id
      await api.post(`/admin/crm/tags/${tag}/customers`, { add: [lan.id, mai.id] }, admin)
      const set = (
        await api.post("/admin/customer-sets", { name: "Regulars", kind: "dynamic", rules: and({ field: "tags", operator: "any", value: [tag] }) }, admin)
      ).data.customer_set
      expect(set.member_count).toBe(2)
      const first = await groupMembers(container, set.customer_group_id)
      expect(first.map((m) => m.customer_id).sort()).toEqual([lan.id, mai.id].sort())

      // a tag change re-evaluates her: hoa joins, lan leaves, mai's membership row is the same one (neither removed nor re-added)
      await api.post(`/admin/crm/tags/${tag}/customers`, { add: [hoa.id], remove: [lan.id] }, admin)
      await subscribersIdle(container)
      const second = await groupMembers(container, set.customer_group_id)
      expect(second.map((m) => m.customer_id).sort()).toEqual([mai.id, hoa.id].sort())
      expect(second.find((m) => m.customer_id === mai.id)!.id).toBe(first.find((m) => m.customer_id === mai.id)!.id)
      // a full pass with nothing changed writes nothing to the group
      await api.post(`/admin/customer-sets/${set.id}/evaluate`, {}, admin)
      expect(await groupMembers(container, set.customer_group_id)).toEqual(expect.arrayContaining(second))

      const page = (await api.get(`/admin/customer-sets/${set.id}/customers?limit=1`, admin)).data
      expect(page).toEqual({ customers: [expect.objectContaining({ customer_id: expect.any(String), email: expect.stringMatching(/@example\.vn$/) })], count: 2, limit: 1, offset: 0 })
      await api.post(`/admin/crm/tags/${tag}/customers`, { add: [lan.id] }, admin)
      await subscribersIdle(container)
      const csv = await api.get(`/admin/customer-sets/${set.id}/customers?format=csv`, admin)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      const lines = (csv.data as string).trim().split("\r\n")
      expect(lines[0]).toBe("customer_id,email,first_name,last_name,phone")
      expect(lines).toHaveLength(4)
      // quoted, and a leading = neutralised so a spreadsheet shows it rather than running it
      expect(lines).toContain(`${lan.id},lan@example.vn,"'=Lan, ""the"" first",,0912 345 678`)

      const renamed = (await api.post(`/admin/customer-sets/${set.id}`, { name: "Loyal regulars" }, admin)).data.customer_set
      expect(renamed.name).toBe("Loyal regulars")
      expect((await container.resolve(Modules.CUSTOMER).retrieveCustomerGroup(set.customer_group_id)).name).toBe("Set · Loyal regulars")
      const taken = await failure(api.post("/admin/customer-sets", { name: "LOYAL regulars", kind: "static", rules: and() }, admin))
      expect([taken.status, taken.data.message]).toEqual([400, expect.stringContaining("name:")])

      expect((await api.delete(`/admin/customer-sets/${set.id}`, admin)).data).toEqual({ id: set.id, object: "customer_set", deleted: true })
      expect(await container.resolve(Modules.CUSTOMER).listCustomerGroups({ id: set.customer_group_id })).toEqual([])
      expect((await failure(api.get(`/admin/customer-sets/${set.id}`, admin))).status).toBe(404)
      expect((await dbConnection.raw(`SELECT count(*)::int AS n FROM customer_set_member`)).rows[0].n).toBe(0)
      expect((await api.get("/admin/customer-sets?q=regulars", admin)).data).toEqual({ customer_sets: [], count: 0, limit: 50, offset: 0 })
    })

    it("follows a behaviour scoring run and a deleted customer without the job", async () => {
      const container = getContainer()
      const { vnd } = await createRegions(container, ["vnd"])
      const { result: customers } = await createCustomersWorkflow(container).run({
        input: { customersData: ["lan", "mai"].map((n) => ({ email: `${n}@example.vn`, first_name: n })) },
      })
      for (const customer of customers) {
        const order = await createOrder(container, { region_id: vnd, customer_id: customer.id, items: [{ title: "Facial", quantity: 1, unit_price: 500_000 }] })
        await emitEvent(container, "order.placed", { id: order.id })
      }
      await subscribersIdle(container)
      const scored = and({ field: "behaviour_group", operator: "in", value: ["new", "returning", "loyal", "at_risk", "lost"] })
      const set = (await api.post("/admin/customer-sets", { name: "Scored", kind: "dynamic", rules: scored }, admin)).data.customer_set
      // not scored yet: no class, no member
      expect(set.member_count).toBe(0)

      await api.post("/admin/customer-behaviour/score", {}, admin)
      await subscribersIdle(container)
      expect((await api.get(`/admin/customer-sets/${set.id}`, admin)).data.customer_set.member_count).toBe(2)
      expect((await groupMembers(container, set.customer_group_id)).map((m) => m.customer_id).sort()).toEqual(customers.map((c) => c.id).sort())

      await deleteCustomersWorkflow(container).run({ input: { ids: [customers[0].id] } })
      await subscribersIdle(container)
      const { data } = await api.get(`/admin/customer-sets/${set.id}/customers`, admin)
      expect(data.customers.map((c: { customer_id: string }) => c.customer_id)).toEqual([customers[1].id])
      expect((await api.get(`/admin/customer-sets/${set.id}`, admin)).data.customer_set.member_count).toBe(1)
    })

    it("takes a customer in when a staff adjustment lifts her points over the set's bar, without the job", async () => {
      const container = getContainer()
      const { result } = await createCustomersWorkflow(container).run({ input: { customersData: [{ email: "lan@example.vn", first_name: "Lan" }] } })
      await subscribersIdle(container)
      const rules = and({ field: "points_balance", operator: "gte", value: 100 })
      const set = (await api.post("/admin/customer-sets", { name: "Point holders", kind: "dynamic", rules }, admin)).data.customer_set
      expect(set.member_count).toBe(0)

      await api.post(`/admin/customers/${result[0].id}/loyalty/adjustments`, { points: 150, note: "Welcome gift from the manager" }, admin)
      await subscribersIdle(container)
      expect((await api.get(`/admin/customer-sets/${set.id}`, admin)).data.customer_set.member_count).toBe(1)
      expect((await groupMembers(container, set.customer_group_id)).map((m) => m.customer_id)).toEqual([result[0].id])
    })
  },
})
