import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { spaIntegrationTestRunner } from "../helpers/runner"
import retryAwardFailuresJob from "../../src/jobs/retry-award-failures"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { awardSignupBonusWorkflow } from "../../src/workflows/loyalty/workflows/award-signup-bonus"
import { createAdminUser, createCustomers, failure, type Headers } from "../helpers/auth"
import { checkoutWithPoints, createOrder, createRegions, emitEvent, entryByReference, ledgerOfCustomer, waitFor } from "../helpers/loyalty-orders"
import { createStorefront, registerShopper, setLoyaltyRules } from "../helpers/storefront"
import { subscribersIdle } from "../helpers/subscribers"

jest.setTimeout(120_000)

const DAY = 86_400_000
const RULES = {
  earn_rates: { vnd: 10_000, usd: 1 },
  collection_multipliers: {},
  pending_days: 0,
  expiry_months: 12,
  signup_bonus: 0,
  referral_bonus_referrer: 200,
  referral_bonus_referee: 100,
}

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let userId: string
    let region: Record<string, string>
    let lan: string

    const loyalty = () => getContainer().resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const adjust = (body: Record<string, unknown>, customerId = lan) => api.post(`/admin/customers/${customerId}/loyalty/adjustments`, body, admin)
    const entriesOf = async (customerId: string) => (await ledgerOfCustomer(getContainer(), customerId)).entries

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers: admin, user: { id: userId } } = await createAdminUser(container))
      await setLoyaltyRules(container, RULES)
      region = await createRegions(container, ["vnd"])
      ;[{ id: lan }] = await createCustomers(container, [{ email: "lan@example.vn" }])
    })

    afterEach(() => jest.restoreAllMocks())

    describe("GET /admin/customers/:id/loyalty", () => {
      it("shows points, tier, next tier with the spend still needed and the progress, and the referral code", async () => {
        const container = getContainer()
        const order = await createOrder(container, { region_id: region.vnd, customer_id: lan, items: [{ title: "Spa day", quantity: 1, unit_price: 3_000_000 }] })
        await emitEvent(container, "order.placed", { id: order.id })
        await waitFor(async () => (await loyalty().listLoyaltyAccounts({ customer_id: lan }))[0]?.tier_id)
        const { account } = await ledgerOfCustomer(container, lan)
        // 50 points expiring within 30 days, 40 still pending
        await loyalty().bookEntries([
          { account_id: account.id, kind: "adjust", points: 50, reference: "adjust:soon", reason: "Goodwill", expires_at: new Date(Date.now() + 10 * DAY) },
          { account_id: account.id, kind: "adjust", points: 40, reference: "adjust:later", reason: "Goodwill", available_at: new Date(Date.now() + 5 * DAY) },
        ])

        const res = await api.get(`/admin/customers/${lan}/loyalty`, admin)
        expect(res.status).toBe(200)
        expect(res.data.loyalty).toEqual(
          expect.objectContaining({
            account_id: account.id,
            referral_code: account.referral_code,
            balance: 300 + 50 + 40,
            pending: 40,
            spendable: 350,
            expiring_soon: 50,
            tier: { id: "lytier_standard", handle: "standard", name: "Standard", rank: 0 },
            next_tier: { id: "lytier_gold", handle: "gold", name: "Gold", rank: 1, min_spend: { vnd: 5_000_000, usd: 200, eur: 200 } },
            spend: { vnd: 3_000_000 },
            spend_needed: { vnd: 2_000_000, usd: 200, eur: 200 },
            progress: 60,
          })
        )
      })

      it("reads a customer seen for the first time at zero without opening her account: a GET never writes", async () => {
        expect(await loyalty().listLoyaltyAccounts({ customer_id: lan })).toEqual([])
        const res = await api.get(`/admin/customers/${lan}/loyalty`, admin)
        expect(res.data.loyalty).toEqual(
          expect.objectContaining({ account_id: null, balance: 0, spendable: 0, tier: null, spend: {}, referral_code: null })
        )
        expect(await loyalty().listLoyaltyAccounts({ customer_id: lan })).toEqual([])
        await api.get("/admin/loyalty/settings", admin)
        expect(await loyalty().listLoyaltySettings({})).toHaveLength(1)
      })

      it("answers 404 for an unknown customer and 401 without authentication", async () => {
        expect((await failure(api.get("/admin/customers/cus_missing/loyalty", admin))).status).toBe(404)
        expect((await failure(api.get(`/admin/customers/${lan}/loyalty`))).status).toBe(401)
      })
    })

    describe("GET /admin/customers/:id/loyalty/entries", () => {
      it("lists the history newest first, paginated, and by kind", async () => {
        const { account } = await ledgerOfCustomer(getContainer(), lan)
        for (const [i, points] of [100, -30, 20].entries()) {
          await loyalty().bookEntries([{ account_id: account.id, kind: "adjust", points, reference: `adjust:${i}`, reason: `Correction ${i}` }])
        }
        await loyalty().bookEntries([{ account_id: account.id, kind: "redeem", points: -10, reference: "redeem:cart:x", reason: "Spent at checkout" }])

        const page = await api.get(`/admin/customers/${lan}/loyalty/entries?limit=2&offset=1`, admin)
        expect(page.data).toEqual(expect.objectContaining({ count: 4, limit: 2, offset: 1 }))
        expect(page.data.entries.map((e: { reference: string }) => e.reference)).toEqual(["adjust:2", "adjust:1"])
        expect(page.data.entries[0]).toEqual(expect.objectContaining({ kind: "adjust", points: 20, reason: "Correction 2", created_at: expect.any(String) }))

        const redeems = await api.get(`/admin/customers/${lan}/loyalty/entries?kind=redeem`, admin)
        expect(redeems.data.entries.map((e: { points: number }) => e.points)).toEqual([-10])
        expect(redeems.data.count).toBe(1)
      })

      it("rejects an unknown kind or limit naming the field, and answers 404 for an unknown customer", async () => {
        const kind = await failure(api.get(`/admin/customers/${lan}/loyalty/entries?kind=gift`, admin))
        expect(kind.status).toBe(400)
        expect(kind.data.message).toContain("kind")
        const limit = await failure(api.get(`/admin/customers/${lan}/loyalty/entries?limit=500`, admin))
        expect(limit.status).toBe(400)
        expect(limit.data.message).toContain("limit")
        expect((await failure(api.get("/admin/customers/cus_missing/loyalty/entries", admin))).status).toBe(404)
      })
    })

    describe("POST /admin/customers/:id/loyalty/adjustments", () => {
      it("credits points with a staff note kept from the member, valid for the expiry period, and records who adjusted", async () => {
        const res = await adjust({ points: 120, note: "  Therapist was 40 min late, manager approved ", reason: "Sorry for the wait" })
        expect(res.status).toBe(200)
        expect(res.data).toEqual(expect.objectContaining({ balance: 120, spendable: 120, pending: 0 }))
        expect(res.data.entry).toEqual(
          expect.objectContaining({
            kind: "adjust",
            points: 120,
            reason: "Sorry for the wait",
            note: "Therapist was 40 min late, manager approved",
            reference: expect.stringMatching(/^adjust:/),
            metadata: { created_by: userId },
          })
        )
        const expiresIn = Date.parse(res.data.entry.expires_at) - Date.now()
        expect(expiresIn).toBeGreaterThan(360 * DAY)
        expect(expiresIn).toBeLessThan(370 * DAY)
      })

      it("shows the member a neutral reason when the staff only wrote a note, and never the note", async () => {
        const shopper = await registerShopper(api, await createStorefront(getContainer()), "lan.member@example.vn")
        await adjust({ points: 30, note: "Complained loudly at reception, calm her down" }, shopper.customer_id)
        const { data } = await api.get("/store/customers/me/loyalty/entries", shopper.headers)
        expect(data.entries).toEqual([expect.objectContaining({ kind: "adjust", points: 30, reason: "Points adjustment" })])
        expect(JSON.stringify(data)).not.toContain("Complained")
        expect(data.entries[0]).not.toHaveProperty("note")
      })

      it("takes points within the spendable balance, and refuses more with a 400 naming points, writing nothing", async () => {
        await adjust({ points: 50, note: "Opening balance" })
        const taken = await adjust({ points: -20, note: "Booked twice by mistake" })
        expect(taken.data).toEqual(expect.objectContaining({ balance: 30, spendable: 30 }))
        expect(taken.data.entry).toEqual(expect.objectContaining({ points: -20, expires_at: null }))

        const refused = await failure(adjust({ points: -31, note: "Too much" }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("points: only 30 points are available, 31 were asked for")
        expect((await entriesOf(lan)).map((e) => e.points)).toEqual([50, -20])
      })

      it("rejects bad input with a 400 naming the field, writing nothing", async () => {
        const cases: [Record<string, unknown>, string][] = [
          [{ points: 0, note: "Nothing" }, "points"],
          [{ points: 1.5, note: "Half a point" }, "points"],
          [{ points: "10", note: "A string" }, "points"],
          [{ note: "No points" }, "points"],
          [{ points: 10 }, "note"],
          [{ points: 10, reason: "Only for her eyes" }, "note"],
          [{ points: 10, note: "  ok " }, "note"],
          [{ points: 10, note: "x".repeat(501) }, "note"],
          [{ points: 10, note: "Fine", reason: "x".repeat(201) }, "reason"],
          [{ points: 10, note: "Fine", idempotency_key: "" }, "idempotency_key"],
          [{ points: 10, note: "Fine", comment: "unknown field" }, "comment"],
        ]
        for (const [body, field] of cases) {
          const res = await failure(adjust(body))
          expect([res.status, res.data.message.includes(field)]).toEqual([400, true])
        }
        expect(await entriesOf(lan)).toEqual([])
      })

      it("books once per idempotency key, and answers 409 naming it for another amount, note or reason", async () => {
        const body = { points: 75, note: "Front-desk correction", idempotency_key: "desk-2026-11-24-001" }
        const first = await adjust(body)
        const again = await adjust(body)
        expect(again.data.entry.id).toBe(first.data.entry.id)
        expect(first.data.entry.reference).toBe("adjust:desk-2026-11-24-001")
        expect(again.data.balance).toBe(75)

        for (const other of [{ ...body, points: 80 }, { ...body, note: "Another correction" }, { ...body, reason: "A gift" }]) {
          const res = await failure(adjust(other))
          expect(res.status).toBe(409)
          expect(res.data.message).toContain("idempotency_key")
        }
        expect((await entriesOf(lan)).map((e) => e.points)).toEqual([75])
      })

      it("books one of 20 concurrent adjustments sharing a key with different amounts, and answers 409 to the others", async () => {
        const responses = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            adjust({ points: 10 + i, note: "Double-clicked", idempotency_key: "race-1" }).then(
              (res) => res,
              (error) => error.response
            )
          )
        )
        const booked = await entriesOf(lan)
        expect(booked).toHaveLength(1)
        const winners = responses.filter((r) => r.status === 200)
        expect(winners).toHaveLength(1)
        expect(winners[0].data.entry.id).toBe(booked[0].id)
        expect(responses.filter((r) => r.status === 409)).toHaveLength(19)
      })

      it("answers 409 when a key booked for one customer is used for another, at the same moment or later", async () => {
        const [mai, hoa] = await createCustomers(getContainer(), [{ email: "mai@example.vn" }, { email: "hoa@example.vn" }])
        const [a, b] = await Promise.all(
          [mai.id, hoa.id].map((id) => adjust({ points: 40, note: "Welcome gift", idempotency_key: "gift-1" }, id).then((r) => r, (e) => e.response))
        )
        expect([a.status, b.status].sort()).toEqual([200, 409])
        const later = await failure(adjust({ points: 40, note: "Welcome gift", idempotency_key: "gift-1" }, lan))
        expect(later.status).toBe(409)
        const loser = a.status === 409 ? mai.id : hoa.id
        expect(await entriesOf(loser)).toEqual([])
        expect(await entriesOf(lan)).toEqual([])
      })

      it("answers 404 for an unknown customer and 401 without authentication", async () => {
        expect((await failure(adjust({ points: 10, note: "Ghost" }, "cus_missing"))).status).toBe(404)
        expect((await failure(api.post(`/admin/customers/${lan}/loyalty/adjustments`, { points: 10, note: "Anonymous" }))).status).toBe(401)
        expect(await entriesOf(lan)).toEqual([])
      })
    })

    describe("GET /admin/orders/:id/loyalty", () => {
      it("shows what an order earned, redeemed, reversed and gave back, with its entries", async () => {
        const container = getContainer()
        const { cartId, order } = await checkoutWithPoints(api, container)
        await waitFor(() => entryByReference(container, `order:${order.id}:earn`))

        const placed = await api.get(`/admin/orders/${order.id}/loyalty`, admin)
        expect(placed.data).toEqual(expect.objectContaining({ earned: 30, redeemed: 200, reversed: 0, given_back: 0, unrecovered: 0 }))
        expect(placed.data.entries.map((e: { reference: string }) => e.reference)).toEqual([`redeem:cart:${cartId}`, `order:${order.id}:earn`])

        await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
        await waitFor(() => entryByReference(container, `order:${order.id}:cancel-redeem`))
        const canceled = await api.get(`/admin/orders/${order.id}/loyalty`, admin)
        expect(canceled.data).toEqual(expect.objectContaining({ earned: 30, redeemed: 200, reversed: 30, given_back: 200 }))
        expect(canceled.data.entries).toHaveLength(4)
      })

      it("answers 404 for an unknown order", async () => {
        expect((await failure(api.get("/admin/orders/order_missing/loyalty", admin))).status).toBe(404)
      })
    })

    describe("failed bookings", () => {
      it("records a failing award, lists it, and a retry books it once", async () => {
        const container = getContainer()
        const order = await createOrder(container, { region_id: region.vnd, customer_id: lan, items: [{ title: "Facial", quantity: 1, unit_price: 800_000 }] })
        jest.spyOn(loyalty(), "bookEntries").mockRejectedValueOnce(new Error("ledger unavailable"))
        await emitEvent(container, "order.placed", { id: order.id })
        await waitFor(async () => (await loyalty().listAwardFailures({})).length)

        const listed = await api.get("/admin/loyalty/failures?resolved=false", admin)
        expect(listed.data).toEqual(expect.objectContaining({ count: listed.data.failures.length, limit: 20, offset: 0 }))
        const [recorded] = listed.data.failures.filter((f: { reference: string }) => f.reference === `order.placed:${order.id}`)
        expect(recorded).toEqual(
          expect.objectContaining({
            operation: "award-order-points",
            reference: `order.placed:${order.id}`,
            input: { order_id: order.id },
            error: "ledger unavailable",
            attempts: 1,
            resolved_at: null,
          })
        )
        expect(await entriesOf(lan)).toEqual([])

        const retried = await api.post(`/admin/loyalty/failures/${recorded.id}/retry`, {}, admin)
        expect(retried.data.failure.resolved_at).toEqual(expect.any(String))
        expect((await entriesOf(lan)).map((e) => [e.reference, e.points])).toEqual([[`order:${order.id}:earn`, 80]])

        // retried again, run by the job, or the event replayed: still one booking
        await api.post(`/admin/loyalty/failures/${recorded.id}/retry`, {}, admin)
        await retryAwardFailuresJob(container)
        await emitEvent(container, "order.placed", { id: order.id })
        await subscribersIdle(container)
        expect((await entriesOf(lan)).map((e) => e.points)).toEqual([80])
        const references = async (resolved: boolean) =>
          (await api.get(`/admin/loyalty/failures?resolved=${resolved}`, admin)).data.failures.map((f: { reference: string }) => f.reference)
        expect(await references(false)).not.toContain(`order.placed:${order.id}`)
        expect(await references(true)).toEqual([`order.placed:${order.id}`])
      })

      it("counts a retry that fails again, and the job retries it until it works", async () => {
        const container = getContainer()
        const order = await createOrder(container, { region_id: region.vnd, customer_id: lan, items: [{ title: "Facial", quantity: 1, unit_price: 800_000 }] })
        jest
          .spyOn(loyalty(), "bookEntries")
          .mockRejectedValueOnce(new Error("ledger unavailable"))
          .mockRejectedValueOnce(new Error("still unavailable"))
        // a reversal this time: the cancel's order.canceled fails first
        await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
        const [recorded] = await waitFor(async () => {
          const failures = await loyalty().listAwardFailures({ reference: `order.canceled:${order.id}` })
          return failures.length ? failures : null
        })
        expect(recorded).toEqual(expect.objectContaining({ operation: "reverse-order-points", input: { cause: "cancel", order_id: order.id }, attempts: 1 }))

        const again = await api.post(`/admin/loyalty/failures/${recorded.id}/retry`, {}, admin)
        expect(again.data.failure).toEqual(expect.objectContaining({ attempts: 2, error: "still unavailable", resolved_at: null }))

        await retryAwardFailuresJob(container)
        const [resolved] = await loyalty().listAwardFailures({ id: recorded.id })
        expect(resolved.resolved_at).not.toBeNull()
      })

      it("rejects an unknown filter value naming it, answers 404 for an unknown failure and 401 without authentication", async () => {
        const bad = await failure(api.get("/admin/loyalty/failures?resolved=maybe", admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("resolved")
        expect((await failure(api.post("/admin/loyalty/failures/lyfail_missing/retry", {}, admin))).status).toBe(404)
        expect((await failure(api.get("/admin/loyalty/failures"))).status).toBe(401)
      })
    })

    describe("sign-up and referral bonuses", () => {
      it("gives a shopper her sign-up bonus once, and with a friend's referral code both a bonus on her first order only", async () => {
        const container = getContainer()
        await setLoyaltyRules(container, { signup_bonus: 100 })
        const [mai] = await createCustomers(container, [{ email: "mai@example.vn" }])
        const { account: referrer } = await ledgerOfCustomer(container, mai.id)

        // she signs up on the storefront with Mai's code (typed in lower case)
        const store = await createStorefront(container)
        const email = "hoa@example.vn"
        const registration = await api.post("/auth/customer/emailpass/register", { email, password: "correct horse battery staple" })
        const { data } = await api.post(
          "/store/customers",
          { email, metadata: { referral_code: referrer.referral_code.toLowerCase() } },
          { headers: { ...store.guest.headers, authorization: `Bearer ${registration.data.token}` } }
        )
        const hoa = data.customer.id
        expect(await waitFor(() => entryByReference(container, `signup:${hoa}`))).toEqual(expect.objectContaining({ kind: "earn", points: 100 }))
        const { account } = await ledgerOfCustomer(container, hoa)
        expect(account.referred_by_account_id).toBe(referrer.id)

        const first = await createOrder(container, { region_id: region.vnd, customer_id: hoa, items: [{ title: "Facial", quantity: 1, unit_price: 500_000 }] })
        await emitEvent(container, "order.placed", { id: first.id })
        expect(await waitFor(() => entryByReference(container, `referral:${hoa}:referrer`))).toEqual(
          expect.objectContaining({ account_id: referrer.id, points: 200, metadata: { order_id: first.id } })
        )
        expect((await entryByReference(container, `referral:${hoa}:referee`))!.points).toBe(100)

        const second = await createOrder(container, { region_id: region.vnd, customer_id: hoa, items: [{ title: "Massage", quantity: 1, unit_price: 300_000 }] })
        await emitEvent(container, "order.placed", { id: second.id })
        await waitFor(() => entryByReference(container, `order:${second.id}:earn`))
        // the customer.created replayed changes nothing
        await awardSignupBonusWorkflow(container).run({ input: { customer_id: hoa } })
        expect((await ledgerOfCustomer(container, hoa)).balance).toBe(100 + 50 + 100 + 30)
        expect((await ledgerOfCustomer(container, mai.id)).balance).toBe(200)
      })

      it("gives no sign-up bonus to a customer the staff created, and nobody refers herself", async () => {
        const container = getContainer()
        await setLoyaltyRules(container, { signup_bonus: 100 })
        const created = await api.post("/admin/customers", { email: "walkin@example.vn", first_name: "Thu" }, admin)
        const thu = created.data.customer.id
        const account = await waitFor(async () => (await loyalty().listLoyaltyAccounts({ customer_id: thu }))[0])
        expect(await entriesOf(thu)).toEqual([])

        await api.post(`/admin/customers/${thu}`, { metadata: { referral_code: account.referral_code } }, admin)
        const { result } = await awardSignupBonusWorkflow(container).run({ input: { customer_id: thu } })
        expect(result.referred).toBe(false)
        expect((await loyalty().listLoyaltyAccounts({ customer_id: thu }))[0].referred_by_account_id).toBeNull()
      })
    })
  },
})
