import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { syncTierBenefitsWorkflow } from "../../src/workflows/loyalty/workflows/sync-tier-benefits"
import { createAdminUser } from "../helpers/auth"
import { emitEvent } from "../helpers/loyalty-orders"
import { createCart, createStorefront, payAndComplete, registerShopper, setLoyaltyRules } from "../helpers/storefront"
import { subscribersIdle } from "../helpers/subscribers"

jest.setTimeout(120_000)

/**
 * A tier upgrade the way it happens in a spa: a shopper checks out through the
 * store API, Medusa's cart completion emits `order.placed`, and the plugin's
 * subscriber books her points, then moves her tier and her customer group.
 */
spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("moves a shopper from Standard to Gold, and into Gold's customer group, when her checkouts cross Gold's threshold; replaying order.placed changes nothing", async () => {
      const container = getContainer()
      await setLoyaltyRules(container, { earn_rates: { vnd: 10_000 }, pending_days: 0, signup_bonus: 0 })
      // the tiers' customer groups, as the nightly run or the settings page create them
      await syncTierBenefitsWorkflow(container).run({ input: {} })
      const { headers: admin } = await createAdminUser(container)
      const store = await createStorefront(container, { currency: "vnd", price: 1_000_000 })
      const mai = await registerShopper(api, store, "mai@example.vn")

      /** `treatments` at 1,000,000 VND each, paid and completed; returns once every subscriber it set off has finished */
      const checkout = async (treatments: number) => {
        const { data } = await payAndComplete(api, mai, await createCart(api, store, mai, treatments))
        expect(data.type).toBe("order")
        await subscribersIdle(container)
        return data.order as { id: string }
      }
      const groups = async () => {
        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "customer", fields: ["groups.name"], filters: { id: mai.customer_id } })
        return (data[0] as { groups: { name: string }[] }).groups.map((g) => g.name).sort()
      }
      const standing = async () => (await api.get("/store/customers/me/loyalty", mai.headers)).data.loyalty
      /** what the admin reads of her: tier changes and points entries */
      const seenByAdmin = async () => ({
        tier_changes: (await api.get(`/admin/customers/${mai.customer_id}/loyalty/tier-history`, admin)).data.tier_changes,
        entries: (await api.get(`/admin/customers/${mai.customer_id}/loyalty/entries?limit=100`, admin)).data.entries,
        groups: await groups(),
      })

      // 3,000,000 VND: below Gold's 5,000,000, a Standard member
      await checkout(3)
      expect((await standing()).tier).toEqual(expect.objectContaining({ handle: "standard" }))
      expect(await groups()).toEqual(["Loyalty · Standard"])

      // 2,000,000 more: 5,000,000 reaches Gold
      const second = await checkout(2)
      const upgraded = await seenByAdmin()
      expect(upgraded.tier_changes).toEqual([
        expect.objectContaining({
          from_tier: expect.objectContaining({ handle: "standard" }),
          to_tier: expect.objectContaining({ handle: "gold" }),
          reason: "order_placed",
          spend: { vnd: 5_000_000 },
        }),
        expect.objectContaining({ from_tier: null, to_tier: expect.objectContaining({ handle: "standard" }) }),
      ])
      expect(upgraded.groups).toEqual(["Loyalty · Gold"])
      // each order earned once, at the tier she had when it was placed (Standard, ×1)
      expect(upgraded.entries.map((e: { kind: string; points: number }) => [e.kind, e.points])).toEqual([
        ["earn", 200],
        ["earn", 300],
      ])
      expect(await standing()).toEqual(
        expect.objectContaining({ balance: 500, tier: expect.objectContaining({ handle: "gold" }) })
      )

      // the event delivered twice more, each time after the last one's work is over (two batches, two bookings tried)
      for (let replay = 0; replay < 2; replay++) {
        await emitEvent(container, "order.placed", { id: second.id })
        await subscribersIdle(container)
      }
      expect(await seenByAdmin()).toEqual(upgraded)
    })
  },
})
