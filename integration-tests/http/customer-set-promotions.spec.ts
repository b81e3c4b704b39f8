import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, failure, type Headers } from "../helpers/auth"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { createCart, createStorefront, payAndComplete, registerShopper, type Shopper } from "../helpers/storefront"
import { subscribersIdle } from "../helpers/subscribers"

jest.setTimeout(180_000)

/**
 * The seed documents' example end to end (S2): "customers with a birthday in
 * January get 20 % off in January", through the store API. Medusa checks a
 * campaign's window against the real clock of the promotion module (and the
 * database's timestamps), which the test clock does not move: the set is the
 * birthdays of the current month and the campaign runs over the current
 * month, so the window covers now whenever the test runs.
 */
spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
    })

    const applyCode = (shopper: Shopper, cartId: string, code: string) =>
      api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, { ...shopper.headers, validateStatus: () => true })

    it("gives a member of the birthday set 20 % off at checkout with the code, once, and refuses it to a non-member", async () => {
      const container = getContainer()
      const store = await createStorefront(container, { currency: "vnd", price: 1_000_000 })
      const mai = await registerShopper(api, store, "mai@example.vn")
      const lan = await registerShopper(api, store, "lan@example.vn")
      const now = new Date()
      const month = now.getUTCMonth() + 1
      const mm = String(month).padStart(2, "0")
      const otherMm = String((month % 12) + 1).padStart(2, "0")
      await api.post(`/admin/customers/${mai.customer_id}/crm`, { birthday: `1992-${mm}-14` }, admin)
      await api.post(`/admin/customers/${lan.customer_id}/crm`, { birthday: `1992-${otherMm}-14` }, admin)
      await subscribersIdle(container)

      const set = (
        await api.post(
          "/admin/customer-sets",
          { name: "Birthdays this month", kind: "dynamic", rules: { combinator: "and", rules: [{ field: "birthday_month", operator: "in", value: [month] }] } },
          admin
        )
      ).data.customer_set
      expect(set.member_count).toBe(1)

      const startsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
      const endsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 1)
      const body = { code: "BDAY20", type: "percentage", value: 20, starts_at: startsAt.toISOString(), ends_at: endsAt.toISOString(), limit_per_customer: 1 }
      // refused before anything is written: a percentage over 100, a fixed amount without currency
      for (const [bad, field] of [[{ ...body, value: 120 }, "value"], [{ ...body, type: "fixed" }, "currency_code"]] as const) {
        const res = await failure(api.post(`/admin/customer-sets/${set.id}/promotions`, bad, admin))
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(`${field}:`)])
      }
      const { promotion } = (await api.post(`/admin/customer-sets/${set.id}/promotions`, body, admin)).data
      expect(promotion).toEqual(
        expect.objectContaining({
          code: "BDAY20",
          status: "active",
          is_automatic: false,
          application_method: expect.objectContaining({ type: "percentage", value: 20 }),
          campaign: expect.objectContaining({ budget: expect.objectContaining({ type: "use_by_attribute", limit: 1 }) }),
        })
      )
      const [{ rules: [rule] }] = await container.resolve(Modules.PROMOTION).listPromotions({ id: promotion.id }, { relations: ["rules", "rules.values"] })
      expect([rule.attribute, rule.operator, rule.values.map((v: { value?: string }) => v.value)]).toEqual(["customer.groups.id", "in", [set.customer_group_id]])
      expect((await api.get(`/admin/customer-sets/${set.id}/promotions`, admin)).data.promotions.map((p: { id: string }) => p.id)).toEqual([promotion.id])
      const taken = await failure(api.post(`/admin/customer-sets/${set.id}/promotions`, body, admin))
      expect([taken.status, taken.data.message]).toEqual([400, expect.stringContaining("code:")])

      // the member: 20 % of 1,000,000 off, and the order completes with it
      const maiCart = await createCart(api, store, mai)
      const applied = await applyCode(mai, maiCart, "BDAY20")
      expect(applied.status).toBe(200)
      expect(applied.data.cart).toEqual(expect.objectContaining({ subtotal: 1_000_000, discount_total: 200_000, total: 800_000 }))
      const { data: completed } = await payAndComplete(api, mai, maiCart)
      expect(completed.type).toBe("order")
      expect(completed.order).toEqual(expect.objectContaining({ discount_total: 200_000, total: 800_000 }))
      await subscribersIdle(container)

      // once per customer (the campaign's use_by_attribute budget): her second cart gets no discount from it
      const again = await applyCode(mai, await createCart(api, store, mai), "BDAY20")
      expect(again.status === 200 ? again.data.cart.discount_total : 0).toBe(0)

      // the non-member: Medusa accepts the request (200) but the rule on the set's group keeps the code off her cart
      const lanCart = await createCart(api, store, lan)
      const refused = await applyCode(lan, lanCart, "BDAY20")
      expect(refused.status).toBe(200)
      expect(refused.data.cart).toEqual(expect.objectContaining({ discount_total: 0, total: 1_000_000, promotions: [] }))
      const { data: lanOrder } = await payAndComplete(api, lan, lanCart)
      expect(lanOrder.order).toEqual(expect.objectContaining({ discount_total: 0, total: 1_000_000 }))

      // the set deleted: its promotion stays in Medusa (Mai's order names it) but no longer runs
      await api.delete(`/admin/customer-sets/${set.id}`, admin)
      expect((await api.get(`/admin/promotions/${promotion.id}`, admin)).data.promotion).toEqual(expect.objectContaining({ code: "BDAY20", status: "inactive" }))
    })
  },
})
