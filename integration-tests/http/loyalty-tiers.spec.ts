import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, createOrderWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { refreshOrderFactsWorkflow } from "../../src/workflows/customer-facts/workflows/refresh-order-facts"
import { refreshAllTiersWorkflow } from "../../src/workflows/loyalty/workflows/refresh-all-tiers"
import { refreshCustomerTiersWorkflow } from "../../src/workflows/loyalty/workflows/refresh-customer-tiers"
import { syncTierBenefitsWorkflow } from "../../src/workflows/loyalty/workflows/sync-tier-benefits"
import { createAdminUser, createCustomers, failure, type Headers } from "../helpers/auth"
import { createCart, createStorefront, registerShopper } from "../helpers/storefront"

jest.setTimeout(120_000)

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY)

type Tier = { id: string; handle: string; name: string; rank: number; customer_group_id: string; promotion_id: string | null; member_count: number }

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let region: Record<string, string>
    let id: Record<string, string>

    const loyalty = () => getContainer().resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    const order = async (name: string, currency: "vnd" | "usd", unit_price: number, placedDaysAgo = 0) => {
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: { region_id: region[currency], customer_id: id[name], email: `${name}@example.vn`, items: [{ title: "Spa day", quantity: 1, unit_price }] },
      })
      if (placedDaysAgo) await knex()("order").where({ id: result.id }).update({ created_at: daysAgo(placedDaysAgo) })
      // what order.placed does first: the order's facts, which the tiers read
      await refreshOrderFactsWorkflow(getContainer()).run({ input: { order_ids: [result.id] } })
      return result
    }
    // what the order subscribers do after booking points: her orders' facts, then her tier
    const orderEvent = async (name: string, reason = "order_placed") => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id"], filters: { customer_id: id[name] } })
      await refreshOrderFactsWorkflow(getContainer()).run({ input: { order_ids: data.map((o) => o.id) } })
      return (await refreshCustomerTiersWorkflow(getContainer()).run({ input: { customer_ids: [id[name]], reason } })).result
    }
    const nightly = async () => (await refreshAllTiersWorkflow(getContainer()).run({ input: {} })).result
    const tiers = async (): Promise<Record<string, Tier>> => {
      const res = await api.get("/admin/loyalty/tiers", admin)
      return Object.fromEntries(res.data.tiers.map((t: Tier) => [t.handle, t]))
    }
    const tierOf = async (name: string) => {
      const [account] = await loyalty().listLoyaltyAccounts({ customer_id: id[name] })
      return (account as { tier_id?: string } | undefined)?.tier_id ?? null
    }
    const groupsOf = async (name: string) => {
      const res = await api.get(`/admin/customers/${id[name]}?fields=groups.id,groups.name`, admin)
      return res.data.customer.groups.map((g: { name: string }) => g.name).sort()
    }
    const history = async (name: string) => (await api.get(`/admin/customers/${id[name]}/loyalty/tier-history`, admin)).data

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers: admin } = await createAdminUser(container))
      const { result: regions } = await createRegionsWorkflow(container).run({
        input: { regions: [{ name: "Việt Nam", currency_code: "vnd" }, { name: "United States", currency_code: "usd" }] },
      })
      region = { vnd: regions[0].id, usd: regions[1].id }
      const customers = await createCustomers(container, ["lan", "mai", "anna", "hoa"].map((n) => ({ email: `${n}@example.vn` })))
      id = Object.fromEntries(customers.map((c) => [c.email.split("@")[0], c.id]))
      await syncTierBenefitsWorkflow(container).run({ input: {} })
    })

    describe("tier evaluation", () => {
      it("crossing Gold's threshold upgrades the member, puts her in Gold's customer group and records why", async () => {
        await order("lan", "vnd", 3_000_000)
        expect((await orderEvent("lan")).changes).toEqual([{ customer_id: id.lan, from_tier_id: null, to_tier_id: "lytier_standard" }])
        expect(await groupsOf("lan")).toEqual(["Loyalty · Standard"])

        await order("lan", "vnd", 2_000_000)
        expect((await orderEvent("lan")).changes).toEqual([
          { customer_id: id.lan, from_tier_id: "lytier_standard", to_tier_id: "lytier_gold" },
        ])
        expect(await tierOf("lan")).toBe("lytier_gold")
        expect(await groupsOf("lan")).toEqual(["Loyalty · Gold"])
        const gold = (await tiers()).gold
        const members = await api.get(`/admin/customers?groups[]=${gold.customer_group_id}`, admin)
        expect(members.data.customers.map((c: { id: string }) => c.id)).toEqual([id.lan])

        const { tier_changes, count } = await history("lan")
        expect(count).toBe(2)
        expect(tier_changes[0]).toEqual(
          expect.objectContaining({
            from_tier: { id: "lytier_standard", handle: "standard", name: "Standard", rank: 0 },
            to_tier: { id: "lytier_gold", handle: "gold", name: "Gold", rank: 1 },
            reason: "order_placed",
            spend: { vnd: 5_000_000 },
          })
        )
        expect(tier_changes[1]).toEqual(expect.objectContaining({ from_tier: null, to_tier: expect.objectContaining({ handle: "standard" }) }))
        // nothing changed: nothing recorded
        expect((await orderEvent("lan")).changes).toEqual([])
        expect((await history("lan")).count).toBe(2)
      })

      it("reaching the minimum in any one currency is enough, and the highest tier reached wins", async () => {
        await order("anna", "vnd", 1_000_000)
        await order("anna", "usd", 650)
        await orderEvent("anna")
        expect(await tierOf("anna")).toBe("lytier_platinum")
        expect(await groupsOf("anna")).toEqual(["Loyalty · Platinum"])
      })

      it("leaves out canceled orders and refunded money, but does not subtract a refund for returned items twice", async () => {
        const orders = getContainer().resolve(Modules.ORDER)
        await order("lan", "vnd", 4_000_000)
        const canceled = await order("lan", "vnd", 3_000_000)
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: canceled.id } })
        await orderEvent("lan")
        expect(await tierOf("lan")).toBe("lytier_standard")

        // paid 6,000,000, then 2,000,000 refunded: 4,000,000 counts
        const refunded = await order("mai", "vnd", 6_000_000)
        await orders.addOrderTransactions({ order_id: refunded.id, amount: 6_000_000, currency_code: "vnd", reference: "capture", reference_id: "capt_1" })
        await orderEvent("mai")
        expect(await tierOf("mai")).toBe("lytier_gold")
        await orders.addOrderTransactions({ order_id: refunded.id, amount: -2_000_000, currency_code: "vnd", reference: "refund", reference_id: "ref_1" })
        await orderEvent("mai", "order_refunded")
        const [change] = (await history("mai")).tier_changes
        // the event does not downgrade (default policy); the nightly run does, on a spend of 4,000,000
        expect(await tierOf("mai")).toBe("lytier_gold")
        await nightly()
        expect(await tierOf("mai")).toBe("lytier_standard")
        expect((await history("mai")).tier_changes[0]).toEqual(expect.objectContaining({ reason: "nightly", spend: { vnd: 4_000_000 } }))
        expect(change.to_tier.handle).toBe("gold")

        // a return lowers the order's current total (6,000,000 → 5,500,000) and the refund pays
        // the difference back: the spend is 5,500,000, not 5,000,000
        const returned = await order("hoa", "vnd", 6_000_000)
        await orders.addOrderTransactions({ order_id: returned.id, amount: 6_000_000, currency_code: "vnd", reference: "capture", reference_id: "capt_2" })
        await knex().raw(
          `update order_summary set totals = jsonb_set(totals, '{raw_current_order_total}', '{"value": "5500000", "precision": 20}')
           where order_id = ?`,
          [returned.id]
        )
        await orders.addOrderTransactions({ order_id: returned.id, amount: -500_000, currency_code: "vnd", reference: "refund", reference_id: "ref_2" })
        await orderEvent("hoa")
        expect((await history("hoa")).tier_changes[0]).toEqual(expect.objectContaining({ spend: { vnd: 5_500_000 } }))
        expect(await tierOf("hoa")).toBe("lytier_gold")
      })

      it("counts only the rolling window's orders, or all of them over a lifetime window", async () => {
        await order("lan", "vnd", 6_000_000, 400)
        await order("lan", "vnd", 1_000_000, 10)
        await orderEvent("lan")
        expect(await tierOf("lan")).toBe("lytier_standard")

        await api.post("/admin/loyalty/settings", { tier_window: "rolling", tier_window_months: 14 }, admin)
        await orderEvent("lan")
        expect(await tierOf("lan")).toBe("lytier_gold")

        await api.post("/admin/loyalty/settings", { tier_window: "lifetime" }, admin)
        await order("mai", "vnd", 16_000_000, 3000)
        await orderEvent("mai")
        expect(await tierOf("mai")).toBe("lytier_platinum")
      })

      it("order events never downgrade by default; the nightly run does and moves her to the lower tier's group", async () => {
        const big = await order("lan", "vnd", 16_000_000)
        await orderEvent("lan")
        expect(await tierOf("lan")).toBe("lytier_platinum")
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: big.id } })
        await order("lan", "vnd", 5_000_000)

        expect((await orderEvent("lan", "order_canceled")).changes).toEqual([])
        expect(await tierOf("lan")).toBe("lytier_platinum")

        const { changes } = await nightly()
        expect(changes).toEqual(
          expect.arrayContaining([{ customer_id: id.lan, from_tier_id: "lytier_platinum", to_tier_id: "lytier_gold" }])
        )
        expect(await groupsOf("lan")).toEqual(["Loyalty · Gold"])
        expect((await history("lan")).tier_changes[0]).toEqual(
          expect.objectContaining({ reason: "nightly", from_tier: expect.objectContaining({ handle: "platinum" }) })
        )
      })

      it("with downgrade_nightly_only switched off, an order event downgrades at once", async () => {
        const big = await order("lan", "vnd", 6_000_000)
        await orderEvent("lan")
        expect(await tierOf("lan")).toBe("lytier_gold")
        const res = await api.post("/admin/loyalty/settings", { downgrade_nightly_only: false }, admin)
        expect(res.data.settings.downgrade_nightly_only).toBe(false)

        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: big.id } })
        // the order.canceled subscriber may refresh her tier before this does: either way, once
        await orderEvent("lan", "order_canceled")
        expect(await tierOf("lan")).toBe("lytier_standard")
        expect(await groupsOf("lan")).toEqual(["Loyalty · Standard"])
        const { tier_changes } = await history("lan")
        expect(tier_changes.filter((c: { reason: string }) => c.reason === "order_canceled")).toHaveLength(1)
        expect(tier_changes[0]).toEqual(
          expect.objectContaining({ reason: "order_canceled", from_tier: expect.objectContaining({ handle: "gold" }), to_tier: expect.objectContaining({ handle: "standard" }) })
        )
      })

      it("the nightly run evaluates every customer with an order, opening her account, and puts stray group members right", async () => {
        await order("anna", "usd", 300)
        await order("mai", "vnd", 100_000)
        const gold = (await tiers()).gold
        // added to Gold's group by hand: the group follows the tier
        await api.post(`/admin/customer-groups/${gold.customer_group_id}/customers`, { add: [id.hoa] }, admin)

        await nightly()
        expect(await tierOf("anna")).toBe("lytier_gold")
        expect(await tierOf("mai")).toBe("lytier_standard")
        expect(await tierOf("hoa")).toBeNull()
        expect(await groupsOf("hoa")).toEqual([])
        expect(await groupsOf("anna")).toEqual(["Loyalty · Gold"])
        // a second run changes nothing
        expect((await nightly()).changes).toEqual([])
      })

      it("concurrent refreshes of one member record her change once", async () => {
        await order("lan", "vnd", 6_000_000)
        await Promise.all([orderEvent("lan"), orderEvent("lan"), orderEvent("lan", "order_updated")])
        expect(await tierOf("lan")).toBe("lytier_gold")
        expect((await history("lan")).count).toBe(1)
        expect(await groupsOf("lan")).toEqual(["Loyalty · Gold"])
      })
    })

    describe("benefits through Medusa", () => {
      it("gives every tier a customer group and every tier with a discount an automatic promotion for that group", async () => {
        const all = await tiers()
        expect(Object.keys(all)).toEqual(["standard", "gold", "platinum", "diamond", "luxurious"])
        expect(all.standard.promotion_id).toBeNull()
        const res = await api.get(`/admin/promotions/${all.gold.promotion_id}?fields=*rules,*application_method`, admin)
        const promotion = res.data.promotion
        expect(promotion).toEqual(
          expect.objectContaining({ code: "LOYALTY-GOLD", is_automatic: true, status: "active" })
        )
        expect(promotion.application_method).toEqual(
          expect.objectContaining({ type: "percentage", target_type: "order", value: 3 })
        )
        expect(promotion.rules).toEqual([
          expect.objectContaining({ attribute: "customer.groups.id", operator: "in", values: [expect.objectContaining({ value: all.gold.customer_group_id })] }),
        ])
        const group = await api.get(`/admin/customer-groups/${all.luxurious.customer_group_id}`, admin)
        expect(group.data.customer_group.name).toBe("Loyalty · Luxurious")

        // running it again creates nothing new
        await syncTierBenefitsWorkflow(getContainer()).run({ input: {} })
        const groups = await api.get("/admin/customer-groups?q=Loyalty&limit=50", admin)
        expect(groups.data.customer_groups).toHaveLength(5)
        const promotions = await api.get("/admin/promotions?q=LOYALTY&limit=50", admin)
        expect(promotions.data.promotions).toHaveLength(4)
      })

      it("takes the tier's discount off a member's cart automatically, and nothing off a Standard member's", async () => {
        const store = await createStorefront(getContainer(), { currency: "vnd", price: 400_000 })
        const gold = await registerShopper(api, store, "gold@example.vn")
        const standard = await registerShopper(api, store, "standard@example.vn")
        const { result: placed } = await createOrderWorkflow(getContainer()).run({
          input: { region_id: store.region_id, customer_id: gold.customer_id, email: gold.email, items: [{ title: "Package", quantity: 1, unit_price: 5_000_000 }] },
        })
        await refreshOrderFactsWorkflow(getContainer()).run({ input: { order_ids: [placed.id] } })
        await refreshCustomerTiersWorkflow(getContainer()).run({
          input: { customer_ids: [gold.customer_id, standard.customer_id], reason: "order_placed" },
        })

        const cart = async (shopper: typeof gold) =>
          (await api.get(`/store/carts/${await createCart(api, store, shopper)}?fields=*promotions,discount_total,total`, shopper.headers)).data.cart
        const goldCart = await cart(gold)
        expect(goldCart.promotions.map((p: { code: string }) => p.code)).toEqual(["LOYALTY-GOLD"])
        expect(goldCart.discount_total).toBe(12_000)
        const standardCart = await cart(standard)
        expect(standardCart.promotions).toEqual([])
        expect(standardCart.discount_total).toBe(0)
      })
    })

    describe("/admin/loyalty/tiers", () => {
      const newTier = { name: "Silver", rank: 5, min_spend: { vnd: 100_000_000, usd: 4000 }, discount_percent: 12, points_multiplier: 2.5 }

      it("lists the tiers by rank with their member counts", async () => {
        await order("lan", "vnd", 6_000_000)
        await orderEvent("lan")
        await orderEvent("mai")
        const res = await api.get("/admin/loyalty/tiers", admin)
        expect(res.status).toBe(200)
        expect(res.data.tiers.map((t: Tier) => [t.handle, t.member_count])).toEqual([
          ["standard", 1],
          ["gold", 1],
          ["platinum", 0],
          ["diamond", 0],
          ["luxurious", 0],
        ])
        expect(res.data.tiers[1]).toEqual(
          expect.objectContaining({ min_spend: { vnd: 5_000_000, usd: 200, eur: 200 }, discount_percent: 3, points_multiplier: 1.1 })
        )
      })

      it("creates a tier with its customer group and promotion", async () => {
        const res = await api.post("/admin/loyalty/tiers", newTier, admin)
        expect(res.status).toBe(200)
        const tier = res.data.tier
        expect(tier).toEqual(expect.objectContaining({ handle: "silver", name: "Silver", rank: 5, member_count: 0, birthday_bonus_points: 0 }))
        const group = await api.get(`/admin/customer-groups/${tier.customer_group_id}`, admin)
        expect(group.data.customer_group.name).toBe("Loyalty · Silver")
        const promotion = await api.get(`/admin/promotions/${tier.promotion_id}?fields=*application_method`, admin)
        expect(promotion.data.promotion).toEqual(expect.objectContaining({ code: "LOYALTY-SILVER", status: "active" }))
        expect(promotion.data.promotion.application_method.value).toBe(12)

        // reaching it moves members in
        await order("lan", "usd", 4000)
        await orderEvent("lan")
        expect(await groupsOf("lan")).toEqual(["Loyalty · Silver"])
      })

      it("updates a tier: the group is renamed, the promotion follows the discount, min_spend is replaced", async () => {
        const { gold } = await tiers()
        const res = await api.post(`/admin/loyalty/tiers/${gold.id}`, { name: "Vàng", discount_percent: 4, min_spend: { vnd: 4_000_000 } }, admin)
        expect(res.data.tier).toEqual(expect.objectContaining({ name: "Vàng", handle: "gold", discount_percent: 4, min_spend: { vnd: 4_000_000 } }))
        const group = await api.get(`/admin/customer-groups/${gold.customer_group_id}`, admin)
        expect(group.data.customer_group.name).toBe("Loyalty · Vàng")
        let promotion = await api.get(`/admin/promotions/${gold.promotion_id}?fields=*application_method`, admin)
        expect(promotion.data.promotion.application_method.value).toBe(4)

        await api.post(`/admin/loyalty/tiers/${gold.id}`, { discount_percent: 0 }, admin)
        promotion = await api.get(`/admin/promotions/${gold.promotion_id}`, admin)
        expect(promotion.data.promotion.status).toBe("inactive")
        await api.post(`/admin/loyalty/tiers/${gold.id}`, { discount_percent: 6 }, admin)
        promotion = await api.get(`/admin/promotions/${gold.promotion_id}?fields=*application_method`, admin)
        expect(promotion.data.promotion).toEqual(expect.objectContaining({ status: "active", application_method: expect.objectContaining({ value: 6 }) }))
      })

      it("refuses to delete a tier members hold, and deletes an empty one with its group and promotion", async () => {
        await order("lan", "vnd", 6_000_000)
        await orderEvent("lan")
        const { gold, diamond } = await tiers()
        const refused = await failure(api.delete(`/admin/loyalty/tiers/${gold.id}`, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/1 member/)
        expect((await tiers()).gold).toBeDefined()

        const res = await api.delete(`/admin/loyalty/tiers/${diamond.id}`, admin)
        expect(res.data).toEqual({ id: diamond.id, object: "loyalty_tier", deleted: true })
        expect((await tiers()).diamond).toBeUndefined()
        expect((await failure(api.get(`/admin/customer-groups/${diamond.customer_group_id}`, admin))).status).toBe(404)
        expect((await failure(api.get(`/admin/promotions/${diamond.promotion_id}`, admin))).status).toBe(404)
        expect((await failure(api.get(`/admin/loyalty/tiers/${diamond.id}`, admin))).status).toBe(404)
      })

      it.each([
        [{ ...newTier, rank: 1 }, /rank: 1 is already used by the Gold tier/],
        [{ ...newTier, name: "gold", handle: "gold-2" }, /name: "gold" is already used by the Gold tier/],
        [{ ...newTier, handle: "gold" }, /handle: "gold" is already used by the Gold tier/],
        [{ ...newTier, name: " " }, /name/],
        [{ ...newTier, min_spend: { vnd: -1 } }, /min_spend.vnd: expected a number of at least 0/],
        [{ ...newTier, min_spend: { VND: 10 } }, /min_spend.VND: expected a 3-letter lowercase currency code/],
        [{ ...newTier, min_spend: {} }, /min_spend: give at least one currency/],
        [{ ...newTier, points_multiplier: 0.05 }, /points_multiplier/],
        [{ ...newTier, points_multiplier: 11 }, /points_multiplier/],
        [{ ...newTier, discount_percent: 101 }, /discount_percent/],
        [{ ...newTier, handle: "Gold Plus" }, /handle: expected lowercase letters/],
        [{ ...newTier, customer_group_id: "cusgroup_1" }, /Unrecognized fields: 'customer_group_id'/],
      ])("rejects %j with a 400 naming the field and writes nothing", async (body, message) => {
        const res = await failure(api.post("/admin/loyalty/tiers", body, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect(Object.keys(await tiers())).toHaveLength(5)
      })

      it("rejects an update that would take another tier's rank, leaving the tier as it was", async () => {
        const { gold } = await tiers()
        const res = await failure(api.post(`/admin/loyalty/tiers/${gold.id}`, { rank: 2, name: "Gold+" }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^rank: 2 is already used by the Platinum tier/)
        expect((await tiers()).gold).toEqual(expect.objectContaining({ rank: 1, name: "Gold" }))
      })

      it("answers 404 for an unknown tier and 401 without an admin", async () => {
        expect((await failure(api.get("/admin/loyalty/tiers/lytier_nope", admin))).status).toBe(404)
        expect((await failure(api.post("/admin/loyalty/tiers/lytier_nope", { name: "X" }, admin))).status).toBe(404)
        expect((await failure(api.delete("/admin/loyalty/tiers/lytier_nope", admin))).status).toBe(404)
        expect((await failure(api.get("/admin/loyalty/tiers"))).status).toBe(401)
        expect((await failure(api.post("/admin/loyalty/tiers", newTier))).status).toBe(401)
        expect((await failure(api.get(`/admin/customers/${id.lan}/loyalty/tier-history`))).status).toBe(401)
      })
    })

    describe("GET /admin/customers/:id/loyalty/tier-history", () => {
      it("is empty for a customer without an account and 404 for an unknown customer", async () => {
        expect(await history("hoa")).toEqual({ tier_changes: [], count: 0, limit: 20, offset: 0 })
        expect((await failure(api.get("/admin/customers/cus_nope/loyalty/tier-history", admin))).status).toBe(404)
        const bad = await failure(api.get(`/admin/customers/${id.lan}/loyalty/tier-history?limit=0`, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/limit/)
      })
    })
  },
})
