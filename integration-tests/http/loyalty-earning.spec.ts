import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { addMonths } from "../../src/modules/loyalty/rules/dates"
import { awardOrderPointsWorkflow, awardOrdersPoints } from "../../src/workflows/loyalty/workflows/award-order-points"
import { createCustomers } from "../helpers/auth"
import {
  checkoutWithPoints,
  createDoublePointsSerum,
  createOrder,
  createRegions,
  emitEvent,
  entryByReference,
  ledgerOfCustomer,
  waitFor,
} from "../helpers/loyalty-orders"
import { setLoyaltyRules } from "../helpers/storefront"
import { subscribersIdle } from "../helpers/subscribers"

jest.setTimeout(120_000)

const DAY = 86_400_000
const RULES = { earn_rates: { vnd: 10_000, usd: 1 }, collection_multipliers: {}, pending_days: 0, expiry_months: 12, signup_bonus: 0 }

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let region: Record<string, string>
    let id: Record<string, string>

    const loyalty = () => getContainer().resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const award = async (order_id: string) => (await awardOrderPointsWorkflow(getContainer()).run({ input: { order_id } })).result
    /** emits order.placed the way cart completion does, and waits for the subscriber's booking */
    const placed = async (orderId: string, times = 1) => {
      await emitEvent(getContainer(), "order.placed", { id: orderId }, times)
      return waitFor(() => entryByReference(getContainer(), `order:${orderId}:earn`))
    }

    beforeEach(async () => {
      const container = getContainer()
      await setLoyaltyRules(container, RULES)
      region = await createRegions(container, ["vnd", "usd", "gbp"])
      const customers = await createCustomers(container, ["lan", "anna", "mai"].map((n) => ({ email: `${n}@example.vn` })))
      id = Object.fromEntries(customers.map((c) => [c.email.split("@")[0], c.id]))
    })

    describe("points per amount spent, per currency", () => {
      it("earns exactly 155 points on 1,550,000 VND (no minor unit) on order.placed, spendable now and valid 12 months", async () => {
        const order = await createOrder(getContainer(), {
          region_id: region.vnd,
          customer_id: id.lan,
          items: [{ title: "Hydrating facial", quantity: 2, unit_price: 775_000 }],
        })
        const entry = await placed(order.id)
        expect(entry).toEqual(
          expect.objectContaining({
            kind: "earn",
            points: 155,
            order_id: order.id,
            reason: "Order placed",
            metadata: expect.objectContaining({ currency_code: "vnd", basis: 1_550_000, multiplier: 1, paid_total: 1_550_000 }),
          })
        )
        const placedAt = new Date(order.created_at as Date)
        expect(new Date(entry.available_at).getTime()).toBe(placedAt.getTime())
        expect(new Date(entry.expires_at!).getTime()).toBe(addMonths(placedAt, 12).getTime())
        const ledger = await ledgerOfCustomer(getContainer(), id.lan)
        expect(ledger).toEqual(expect.objectContaining({ balance: 155, spendable: 155, pending: 0 }))

        // the subscriber re-evaluates her tier after booking
        const history = await waitFor(async () => {
          const changes = await loyalty().listTierChanges({ account_id: ledger.account.id })
          return changes.length ? changes : null
        })
        expect(history).toEqual([expect.objectContaining({ reason: "order_placed", to_tier_id: "lytier_standard" })])
      })

      it("rounds down once over the whole order: 45.99 USD earns 45, three items of 0.70 USD earn 2", async () => {
        const container = getContainer()
        const single = await createOrder(container, { region_id: region.usd, customer_id: id.anna, items: [{ title: "Manicure", quantity: 1, unit_price: 45.99 }] })
        expect((await award(single.id)).points).toBe(45)

        // item by item each would round to 0
        const small = await createOrder(container, {
          region_id: region.usd,
          customer_id: id.anna,
          items: ["Nail file", "Cuticle oil", "Hair tie"].map((title) => ({ title, quantity: 1, unit_price: 0.7 })),
        })
        expect((await award(small.id)).points).toBe(2)
        expect((await ledgerOfCustomer(container, id.anna)).balance).toBe(47)
      })

      it("earns nothing in a currency without an earn rate, but opens the member's account", async () => {
        const order = await createOrder(getContainer(), { region_id: region.gbp, customer_id: id.mai, items: [{ title: "Massage", quantity: 1, unit_price: 80 }] })
        const result = await award(order.id)
        expect(result).toEqual({ order_id: order.id, customer_id: id.mai, points: 0, created: [] })
        expect(await loyalty().listLoyaltyAccounts({ customer_id: id.mai })).toHaveLength(1)
        expect(await loyalty().listPointsEntries({ order_id: order.id })).toEqual([])
      })

      it("skips an order without a customer and a canceled order", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        // Medusa attaches a guest customer to an order placed with an email only; an imported order may have none
        const guest = await createOrder(getContainer(), { region_id: region.vnd, items: [{ title: "Massage", quantity: 1, unit_price: 500_000 }] })
        await knex("order").where({ id: guest.id }).update({ customer_id: null })
        expect(await award(guest.id)).toEqual({ order_id: guest.id, customer_id: null, points: 0, created: [] })

        const order = await createOrder(getContainer(), { region_id: region.vnd, customer_id: id.lan, items: [{ title: "Massage", quantity: 1, unit_price: 500_000 }] })
        await knex("order").where({ id: order.id }).update({ status: "canceled" })
        expect((await award(order.id)).created).toEqual([])
      })

      it("dates the points from the order: pending for the pending days, never expiring when expiry is 0", async () => {
        const container = getContainer()
        await setLoyaltyRules(container, { pending_days: 14, expiry_months: 0 })
        const order = await createOrder(container, { region_id: region.vnd, customer_id: id.lan, items: [{ title: "Body scrub", quantity: 1, unit_price: 600_000 }] })
        const [entry] = await loyalty().listPointsEntries({ id: (await award(order.id)).created[0].id })
        expect(new Date(entry.available_at).getTime()).toBe(new Date(order.created_at as Date).getTime() + 14 * DAY)
        expect(entry.expires_at).toBeNull()
        expect(await ledgerOfCustomer(container, id.lan)).toEqual(expect.objectContaining({ balance: 60, pending: 60, spendable: 0 }))
      })
    })

    describe("what was actually paid", () => {
      it("earns after the order's discounts and after the points (credit lines) it was paid with", async () => {
        const container = getContainer()
        await createPromotionsWorkflow(container).run({
          input: {
            promotionsData: [
              {
                code: "SPA50K",
                type: "standard",
                status: "active",
                application_method: { type: "fixed", target_type: "order", allocation: "across", value: 50_000, currency_code: "vnd" },
              },
            ],
          },
        })
        // 1,550,000 less the 50,000 promotion and 100,000 paid with points = 1,400,000 paid
        const order = await createOrder(container, {
          region_id: region.vnd,
          customer_id: id.lan,
          items: [{ title: "Hydrating facial", quantity: 2, unit_price: 775_000 }],
          credit_lines: [{ amount: 100_000, reference: "loyalty-points", reference_id: "lyacct_test" }],
          promo_codes: ["SPA50K"],
        } as any)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["total", "discount_total", "credit_line_total"], filters: { id: order.id } })
        const totals = data[0] as Record<string, unknown>
        expect([totals.total, totals.discount_total, totals.credit_line_total].map(Number)).toEqual([1_400_000, 50_000, 100_000])

        expect((await award(order.id)).points).toBe(140)
        const entry = await entryByReference(container, `order:${order.id}:earn`)
        expect(entry!.metadata).toEqual(expect.objectContaining({ basis: 1_400_000, paid_total: 1_400_000 }))
      })

      it("spreads the points paid over items and shipping, and earns nothing on shipping", async () => {
        // 1,000,000 of items + 100,000 shipping, 220,000 paid with points: 80 % paid in money
        const order = await createOrder(getContainer(), {
          region_id: region.vnd,
          customer_id: id.lan,
          items: [{ title: "Aroma oil set", quantity: 1, unit_price: 1_000_000 }],
          shipping_methods: [{ name: "Courier", amount: 100_000 }],
          credit_lines: [{ amount: 220_000, reference: "loyalty-points", reference_id: "lyacct_test" }],
        } as any)
        expect(Number(order.total)).toBe(880_000)
        expect((await award(order.id)).points).toBe(80)
      })

      it("earns on the rest when a checkout through the store API is paid partly with points", async () => {
        const container = getContainer()
        const { shopper, order } = await checkoutWithPoints(api, container)
        expect(order.total).toBe(300_000)

        // cart completion emits order.placed itself: 300,000 paid in money = 30 points
        const entry = await waitFor(() => entryByReference(container, `order:${order.id}:earn`))
        expect(entry.points).toBe(30)
        expect((await ledgerOfCustomer(container, shopper.customer_id)).balance).toBe(1000 - 200 + 30)
      })
    })

    describe("multipliers", () => {
      it("multiplies each item by its product collection's multiplier and the whole by the member's tier multiplier", async () => {
        const container = getContainer()
        const serumId = await createDoublePointsSerum(container)
        const items = [
          { title: "Vitamin C serum", quantity: 1, unit_price: 300_000, product_id: serumId },
          { title: "Head massage", quantity: 1, unit_price: 200_000 },
        ]
        // (300,000 × 2 + 200,000) / 10,000 = 80
        const standard = await createOrder(container, { region_id: region.vnd, customer_id: id.lan, items })
        expect((await award(standard.id)).points).toBe(80)

        // a Gold member (× 1.1): 88
        const [account] = await loyalty().ensureAccounts([id.anna])
        await loyalty().updateLoyaltyAccounts({ id: account.id, tier_id: "lytier_gold" } as any)
        const gold = await createOrder(container, { region_id: region.vnd, customer_id: id.anna, items })
        expect((await award(gold.id)).points).toBe(88)
        const entry = await entryByReference(container, `order:${gold.id}:earn`)
        expect(entry!.metadata).toEqual(expect.objectContaining({ multiplier: 1.1, basis: 500_000 }))
      })
    })

    describe("booked once", () => {
      it("books an order once when order.placed is delivered 10 times, each delivery a batch of its own", async () => {
        const container = getContainer()
        const order = await createOrder(container, { region_id: region.vnd, customer_id: id.lan, items: [{ title: "Spa day", quantity: 1, unit_price: 2_000_000 }] })
        const bookings = jest.spyOn(loyalty(), "bookEntries")
        // one delivery at a time, each awaited to its end: no batch can merge them, every one reaches the ledger
        for (let delivery = 0; delivery < 10; delivery++) {
          await emitEvent(container, "order.placed", { id: order.id })
          await subscribersIdle(container)
        }
        const results = await Promise.all(bookings.mock.results.map((r) => r.value))
        bookings.mockRestore()
        const earn = `order:${order.id}:earn`
        const ofOrder = results.filter((r) => r.entries.some((e: { reference: string }) => e.reference === earn))
        expect(ofOrder).toHaveLength(10)
        expect(ofOrder.map((r) => r.created.length)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0])

        const ledger = await ledgerOfCustomer(container, id.lan)
        expect(ledger.entries.map((e) => [e.reference, e.points])).toEqual([[earn, 200]])
        expect(ledger.balance).toBe(200)
        expect(await loyalty().listTierChanges({ account_id: ledger.account.id })).toHaveLength(1)
        expect(await loyalty().listAwardFailures({ reference: `order.placed:${order.id}` })).toEqual([])
      })

      it("books an order once when order.placed is delivered 10 times at once", async () => {
        const container = getContainer()
        const order = await createOrder(container, { region_id: region.vnd, customer_id: id.lan, items: [{ title: "Spa day", quantity: 1, unit_price: 2_000_000 }] })
        await emitEvent(container, "order.placed", { id: order.id }, 10)
        await subscribersIdle(container)

        const ledger = await ledgerOfCustomer(container, id.lan)
        expect(ledger.entries.map((e) => [e.reference, e.points])).toEqual([[`order:${order.id}:earn`, 200]])
        expect(ledger.balance).toBe(200)
        expect(await loyalty().listAwardFailures({ reference: `order.placed:${order.id}` })).toEqual([])
      })

      it("awards 50 orders of 10 members placed at once exactly once each, and a replay of all 50 books nothing more", async () => {
        const container = getContainer()
        const members = await createCustomers(container, Array.from({ length: 10 }, (_, i) => ({ email: `member${i}@example.vn` })))
        const orders: { id: string; customer_id: string; points: number }[] = []
        for (let i = 0; i < 50; i++) {
          const customer_id = members[i % 10].id
          const price = 100_000 * ((i % 5) + 1)
          const order = await createOrder(container, { region_id: region.vnd, customer_id, items: [{ title: "Treatment", quantity: 1, unit_price: price }] })
          orders.push({ id: order.id, customer_id, points: price / 10_000 })
        }
        const earnEntries = () => loyalty().listPointsEntries({ order_id: orders.map((o) => o.id) }, { take: null })

        await container.resolve(Modules.EVENT_BUS).emit(orders.map((o) => ({ name: "order.placed", data: { id: o.id } })))
        await subscribersIdle(container)
        const entries = await earnEntries()
        expect(entries.map((e) => [e.reference, e.points]).sort()).toEqual(orders.map((o) => [`order:${o.id}:earn`, o.points]).sort())
        for (const member of members) {
          const expected = orders.filter((o) => o.customer_id === member.id).reduce((sum, o) => sum + o.points, 0)
          expect((await ledgerOfCustomer(container, member.id)).balance).toBe(expected)
        }

        const bookings = jest.spyOn(loyalty(), "bookEntries")
        await container.resolve(Modules.EVENT_BUS).emit(orders.map((o) => ({ name: "order.placed", data: { id: o.id } })))
        await subscribersIdle(container)
        // the replay reached the ledger and was refused there, not lost on the way
        expect(bookings).toHaveBeenCalled()
        bookings.mockRestore()
        expect((await earnEntries()).map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort())
        expect(await loyalty().listAwardFailures({ reference: orders.map((o) => `order.placed:${o.id}`) })).toEqual([])
      })

      it("awards a batch of orders through the same workflow, once each however often it runs (the demo seed)", async () => {
        const container = getContainer()
        const orders = []
        for (const [name, price] of [["lan", 1_000_000], ["lan", 550_000], ["anna", 2_340_000]] as const) {
          orders.push(await createOrder(container, { region_id: region.vnd, customer_id: id[name], items: [{ title: "Treatment", quantity: 1, unit_price: price }] }))
        }
        const ids = orders.map((o) => o.id)
        expect(await awardOrdersPoints(container, ids, { batchSize: 2 })).toEqual({ orders: 3, entries: 3, points: 100 + 55 + 234 })
        expect(await awardOrdersPoints(container, ids)).toEqual({ orders: 3, entries: 0, points: 0 })
        expect((await ledgerOfCustomer(container, id.lan)).balance).toBe(155)
      })
    })
  },
})
