import { spaIntegrationTestRunner } from "../helpers/runner"
import { createAdminUser, createCustomers, createSecretApiKey, failure, type Headers } from "../helpers/auth"

jest.setTimeout(120_000)

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let adminUser: { id: string }
    let customerId: string
    const path = () => `/admin/customers/${customerId}/touch-points`

    beforeEach(async () => {
      const container = getContainer()
      ;({ user: adminUser, headers: admin } = await createAdminUser(container))
      const [customer] = await createCustomers(container, [
        { email: "lan.nguyen@example.vn", first_name: "Thị Lan", last_name: "Nguyễn" },
      ])
      customerId = customer.id
    })

    describe("POST /admin/customers/:id/touch-points", () => {
      it("logs a call with the admin who logged it as staff, inbound and now by default", async () => {
        const before = Date.now()
        const res = await api.post(path(), { type: "call", channel: "Hotline", summary: "Asked about the hydrating facial" }, admin)
        expect(res.status).toBe(200)
        expect(res.data.touch_point).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^crmtp_/),
            customer_id: customerId,
            type: "call",
            channel: "Hotline",
            direction: "inbound",
            summary: "Asked about the hydrating facial",
            metadata: null,
            staff: { id: adminUser.id, first_name: "Linh", last_name: "Trần", email: "admin@spa.test" },
          })
        )
        const occurredAt = Date.parse(res.data.touch_point.occurred_at)
        expect(occurredAt).toBeGreaterThanOrEqual(before - 1000)
        expect(occurredAt).toBeLessThanOrEqual(Date.now() + 1000)
      })

      it("files a note as internal unless a direction is given, and keeps the time and metadata sent", async () => {
        const note = await api.post(path(), { type: "note", summary: "Prefers Ms. Hoa" }, admin)
        expect(note.data.touch_point.direction).toBe("internal")

        const email = await api.post(
          path(),
          { type: "email", direction: "outbound", summary: "Sent the price list", occurred_at: "2025-03-14T09:30:00+07:00", metadata: { campaign: "spring" } },
          admin
        )
        expect(email.data.touch_point).toEqual(
          expect.objectContaining({ direction: "outbound", occurred_at: "2025-03-14T02:30:00.000Z", metadata: { campaign: "spring" } })
        )
      })

      it("records no staff when another system logs it with a secret API key", async () => {
        const { headers: apiKey } = await createSecretApiKey(getContainer(), adminUser.id)
        const res = await api.post(path(), { type: "chat", channel: "Zalo", summary: "Booked via chatbot" }, apiKey)
        expect(res.data.touch_point).toEqual(expect.objectContaining({ channel: "Zalo", staff: null }))
      })

      it("accepts a clock a little ahead but rejects occurred_at more than 5 minutes in the future, writing nothing", async () => {
        const slightlyAhead = await api.post(path(), { type: "visit", summary: "Walked in", occurred_at: minutesFromNow(2) }, admin)
        expect(slightlyAhead.status).toBe(200)

        const future = await failure(api.post(path(), { type: "visit", summary: "Will come", occurred_at: minutesFromNow(10) }, admin))
        expect(future.status).toBe(400)
        expect(future.data.message).toMatch(/^occurred_at: /)

        const notADate = await failure(api.post(path(), { type: "visit", summary: "x", occurred_at: "yesterday-ish" }, admin))
        expect(notADate.status).toBe(400)
        expect(notADate.data.message).toContain("occurred_at")

        expect((await api.get(path(), admin)).data.count).toBe(1)
      })

      it("rejects bad input with a 400 naming the field, writing nothing", async () => {
        const cases: [Record<string, unknown>, string][] = [
          [{ type: "fax", summary: "x" }, "type"],
          [{ summary: "x" }, "type"],
          [{ type: "call", summary: "   " }, "summary"],
          [{ type: "call", summary: "x".repeat(5001) }, "summary"],
          [{ type: "call", summary: "x", channel: "c".repeat(51) }, "channel"],
          [{ type: "call", summary: "x", direction: "sideways" }, "direction"],
          [{ type: "call", summary: "x", staff_user_id: "user_1" }, "staff_user_id"],
        ]
        for (const [body, field] of cases) {
          const res = await failure(api.post(path(), body, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
        const longest = await api.post(path(), { type: "complaint", summary: "x".repeat(5000), channel: "c".repeat(50) }, admin)
        expect(longest.status).toBe(200)
        expect((await api.get(path(), admin)).data.count).toBe(1)
      })
    })

    describe("GET /admin/customers/:id/touch-points", () => {
      it("lists newest first by occurred_at with staff, filters by type and pages", async () => {
        const { user: colleague, headers: colleagueHeaders } = await createAdminUser(getContainer(), "hoa@spa.test")
        const log = (body: Record<string, unknown>, as = admin) => api.post(path(), body, as)
        await log({ type: "call", summary: "first call", occurred_at: "2025-01-10T08:00:00Z" })
        await log({ type: "visit", summary: "facial", occurred_at: "2025-02-01T10:00:00Z" }, colleagueHeaders)
        await log({ type: "call", summary: "follow-up call", occurred_at: "2025-02-03T09:00:00Z" })
        await log({ type: "sms", summary: "reminder", occurred_at: "2025-01-20T09:00:00Z" })
        // another customer's touch-point is not listed
        const [other] = await createCustomers(getContainer(), [{ email: "mai@example.vn" }])
        await api.post(`/admin/customers/${other.id}/touch-points`, { type: "call", summary: "not hers" }, admin)

        const all = await api.get(path(), admin)
        expect(all.data).toEqual(expect.objectContaining({ count: 4, limit: 20, offset: 0 }))
        expect(all.data.touch_points.map((t: { summary: string }) => t.summary)).toEqual([
          "follow-up call",
          "facial",
          "reminder",
          "first call",
        ])
        expect(all.data.touch_points[1].staff).toEqual({ id: colleague.id, first_name: "Linh", last_name: "Trần", email: "hoa@spa.test" })
        expect(Object.keys(all.data.touch_points[0]).sort()).toEqual(
          ["channel", "created_at", "customer_id", "direction", "id", "metadata", "occurred_at", "staff", "summary", "type"]
        )

        const calls = await api.get(`${path()}?type=call`, admin)
        expect(calls.data.count).toBe(2)
        expect(calls.data.touch_points.map((t: { summary: string }) => t.summary)).toEqual(["follow-up call", "first call"])

        const page = await api.get(`${path()}?limit=2&offset=1`, admin)
        expect(page.data).toEqual(expect.objectContaining({ count: 4, limit: 2, offset: 1 }))
        expect(page.data.touch_points.map((t: { summary: string }) => t.summary)).toEqual(["facial", "reminder"])

        const badType = await failure(api.get(`${path()}?type=fax`, admin))
        expect(badType.status).toBe(400)
        expect(badType.data.message).toContain("type")
        const badLimit = await failure(api.get(`${path()}?limit=500`, admin))
        expect(badLimit.status).toBe(400)
        expect(badLimit.data.message).toContain("limit")
      })

      it("answers 404 for a customer that does not exist", async () => {
        expect((await failure(api.get("/admin/customers/cus_missing/touch-points", admin))).status).toBe(404)
        expect((await failure(api.post("/admin/customers/cus_missing/touch-points", { type: "call", summary: "x" }, admin))).status).toBe(404)
      })

      it("rejects calls without an admin (401)", async () => {
        expect((await failure(api.get(path()))).status).toBe(401)
        expect((await failure(api.post(path(), { type: "call", summary: "x" }))).status).toBe(401)
      })
    })
  },
})
