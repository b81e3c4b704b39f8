import { spaIntegrationTestRunner } from "../helpers/runner"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { createAdminUser, createCustomers, createSecretApiKey, failure, type Headers } from "../helpers/auth"
import { subscribersIdle } from "../helpers/subscribers"

jest.setTimeout(120_000)

const LEADS = "/admin/crm/leads"

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let apiKey: Headers
    let crm: CrmModuleService
    let walkInId: string

    beforeEach(async () => {
      const container = getContainer()
      const { user, headers } = await createAdminUser(container)
      admin = headers
      ;({ headers: apiKey } = await createSecretApiKey(container, user.id))
      crm = container.resolve(CRM_MODULE)
      // the module seeds default sources at start; make sure of the two these tests use
      for (const name of ["Facebook Lead Ads", "Walk-in"]) {
        const [source] = await crm.listCrmSources({ name })
        const id = source?.id ?? (await crm.createSources([{ name }]))[0].id
        if (name === "Walk-in") walkInId = id
      }
    })

    const customerCount = async () => (await api.get("/admin/customers?limit=1", admin)).data.count as number
    /** read through Medusa's own customer route and the customer ↔ profile link */
    const profileOf = async (customerId: string) =>
      (await api.get(`/admin/customers/${customerId}?fields=+crm_profile.*,+crm_profile.source.name`, admin)).data
        .customer.crm_profile
    /** what a lead writes, to show a rejected one wrote nothing */
    const written = async () => ({
      customers: await customerCount(),
      profiles: (await crm.listCrmProfiles()).length,
      touchPoints: (await crm.listTouchPoints()).length,
      leads: (await crm.listLeads()).length,
    })
    const oneMoreOfEach = (before: Awaited<ReturnType<typeof written>>) =>
      Object.fromEntries(Object.entries(before).map(([k, n]) => [k, n + 1]))
    /** the customer subscribers run after the response: read once they have finished */
    const afterSubscribers = async <T>(read: () => Promise<T>) => {
      await subscribersIdle(getContainer())
      return read()
    }

    describe("POST /admin/crm/leads", () => {
      it("creates the customer, its CRM profile with the first source, and a touch-point for a new lead", async () => {
        const res = await api.post(
          LEADS,
          {
            external_id: "fb-1001",
            source: "facebook lead ads",
            email: "Mai.Tran@Example.VN",
            phone: "0912 345 678",
            first_name: "Mai",
            last_name: "Trần",
            profile: { skin_type: "dry", skin_concerns: ["acne"], notes: "Wants a facial before Tết" },
            touch_point: { type: "chat", channel: "Messenger", summary: "Asked about the hydrating facial" },
          },
          apiKey
        )
        expect(res.status).toBe(200)
        const { lead, customer } = res.data
        expect(lead).toEqual({
          id: expect.stringMatching(/^crmlead_/),
          sender: "facebook lead ads",
          external_id: "fb-1001",
          customer_id: customer.id,
          customer_created: true,
          matched_by: "none",
          touch_point_id: expect.stringMatching(/^crmtp_/),
          differences: null,
          intake_key_id: null,
          created_at: expect.any(String),
        })
        expect(customer).toEqual({
          id: expect.any(String),
          email: "mai.tran@example.vn",
          first_name: "Mai",
          last_name: "Trần",
          phone: "+84912345678",
        })

        const stored = await api.get(`/admin/customers/${customer.id}`, admin)
        expect(stored.data.customer).toEqual(
          expect.objectContaining({ email: "mai.tran@example.vn", phone: "+84912345678", first_name: "Mai" })
        )
        const profile = await profileOf(customer.id)
        expect(profile).toEqual(
          expect.objectContaining({
            skin_type: "dry",
            skin_concerns: ["acne"],
            phone_e164: "+84912345678",
            source: expect.objectContaining({ name: "Facebook Lead Ads" }),
            acquired_at: expect.any(String),
          })
        )
        const touchPoints = await crm.listTouchPoints({ customer_id: customer.id })
        expect(touchPoints).toEqual([
          expect.objectContaining({
            id: lead.touch_point_id,
            type: "chat",
            channel: "Messenger",
            direction: "inbound",
            summary: "Asked about the hydrating facial",
            staff_user_id: null,
            metadata: { lead_external_id: "fb-1001", source: "Facebook Lead Ads" },
          }),
        ])
      })

      it("matches a customer by email whatever its case, fills in only what is missing and keeps the first source", async () => {
        const [lan] = await createCustomers(getContainer(), [{ email: "lan.nguyen@example.vn", first_name: "Thị Lan" }])
        await crm.createCrmProfiles({ customer_id: lan.id, source_id: walkInId, acquired_at: new Date("2025-01-15") })
        const before = await customerCount()

        const res = await api.post(
          LEADS,
          {
            external_id: "fb-2002",
            source: "Facebook Lead Ads",
            email: "LAN.Nguyen@Example.VN",
            first_name: "Lan",
            last_name: "Nguyễn",
            phone: "0987 654 321",
          },
          apiKey
        )
        expect(res.data.lead).toEqual(expect.objectContaining({ customer_id: lan.id, customer_created: false, matched_by: "email" }))
        // the name staff entered stays; the missing last name and phone are filled in
        expect(res.data.customer).toEqual({
          id: lan.id,
          email: "lan.nguyen@example.vn",
          first_name: "Thị Lan",
          last_name: "Nguyễn",
          phone: "+84987654321",
        })
        expect(await customerCount()).toBe(before)

        const profile = await profileOf(lan.id)
        expect(profile.source.name).toBe("Walk-in")
        expect(profile.phone_e164).toBe("+84987654321")
        const [touchPoint] = await crm.listTouchPoints({ customer_id: lan.id })
        expect(touchPoint).toEqual(
          expect.objectContaining({ type: "note", direction: "inbound", summary: "Lead received from Facebook Lead Ads" })
        )
      })

      it("matches a customer by phone when the lead has no email, whatever the format", async () => {
        const [hoa] = await createCustomers(getContainer(), [{ email: "hoa@example.vn", phone: "+84912345678" }])
        const before = await customerCount()

        const res = await api.post(LEADS, { external_id: "call-1", source: "Walk-in", phone: "0912 345 678" }, apiKey)
        expect(res.data.lead).toEqual(expect.objectContaining({ customer_id: hoa.id, customer_created: false, matched_by: "phone" }))
        expect(res.data.customer.email).toBe("hoa@example.vn")
        expect(await customerCount()).toBe(before)
      })

      it("matches a customer whose phone staff typed nationally, through the profile the subscriber keeps in sync", async () => {
        const created = await api.post(
          "/admin/customers",
          { email: "thu.pham@example.vn", first_name: "Thu", phone: "0912 345 679" },
          admin
        )
        const thuId = created.data.customer.id
        const profile = await afterSubscribers(() => profileOf(thuId))
        expect(profile?.phone_e164).toBe("+84912345679")
        const before = await customerCount()

        const res = await api.post(LEADS, { external_id: "call-2", source: "Walk-in", phone: "+84 912 345 679" }, apiKey)
        expect(res.data.lead).toEqual(expect.objectContaining({ customer_id: thuId, matched_by: "phone", customer_created: false }))
        expect(await customerCount()).toBe(before)
      })

      it("re-normalises the profile's phone when staff edit the customer's phone", async () => {
        const created = await api.post("/admin/customers", { email: "vy@example.vn", phone: "0912 345 600" }, admin)
        const vyId = created.data.customer.id
        expect((await afterSubscribers(() => profileOf(vyId))).phone_e164).toBe("+84912345600")

        await api.post(`/admin/customers/${vyId}`, { phone: "0988 111 222" }, admin)
        const synced = await afterSubscribers(() => profileOf(vyId))
        expect(synced.phone_e164).toBe("+84988111222")

        // not a number: no stale phone is left to match leads with
        await api.post(`/admin/customers/${vyId}`, { phone: "ask at front desk" }, admin)
        const cleared = await afterSubscribers(() => profileOf(vyId))
        expect(cleared.phone_e164).toBeNull()
      })

      it("answers a replayed lead with the same body and writes nothing more", async () => {
        const lead = { external_id: "fb-3003", source: "Facebook Lead Ads", email: "an@example.vn", first_name: "An" }
        const before = await written()

        const first = await api.post(LEADS, lead, apiKey)
        // a replay is recognised by source and external_id, whatever else it says
        const second = await api.post(LEADS, { ...lead, source: "FACEBOOK LEAD ADS", first_name: "Bình" }, apiKey)
        const third = await api.post(LEADS, { ...lead, email: "someone.else@example.vn" }, apiKey)

        expect(second.status).toBe(200)
        expect(second.data).toEqual(first.data)
        expect(third.status).toBe(200)
        expect(third.data).toEqual(first.data)
        expect(await written()).toEqual(oneMoreOfEach(before))
        expect((await api.get(`/admin/customers/${first.data.customer.id}`, admin)).data.customer.first_name).toBe("An")
      })

      it("takes five concurrent deliveries of one lead in as one customer and one lead", async () => {
        const lead = { external_id: "fb-4004", source: "Facebook Lead Ads", email: "binh@example.vn", phone: "0903 123 456" }
        const before = await written()

        const responses = await Promise.all(Array.from({ length: 5 }, () => api.post(LEADS, lead, apiKey)))

        for (const res of responses) {
          expect(res.status).toBe(200)
          expect(res.data).toEqual(responses[0].data)
        }
        expect(responses[0].data.lead.customer_created).toBe(true)
        expect(await written()).toEqual(oneMoreOfEach(before))
      })

      it("tells apart two senders using the same external id", async () => {
        const fromAds = await api.post(LEADS, { external_id: "42", source: "Facebook Lead Ads", email: "c@example.vn" }, apiKey)
        const fromDesk = await api.post(LEADS, { external_id: "42", source: "Walk-in", email: "c@example.vn" }, apiKey)
        expect(fromDesk.data.lead.id).not.toBe(fromAds.data.lead.id)
        expect(fromDesk.data.lead).toEqual(
          expect.objectContaining({ sender: "walk-in", matched_by: "email", customer_id: fromAds.data.customer.id })
        )
      })

      it("never replaces what staff wrote: the lead fills blanks and keeps what it says otherwise on the lead and its touch-point", async () => {
        const [lan] = await createCustomers(getContainer(), [{ email: "lan.pham@example.vn", first_name: "Lan", phone: "+84912000111" }])
        await api.post(
          `/admin/customers/${lan.id}/crm`,
          { skin_type: "sensitive", notes: "Allergic to latex", skin_concerns: ["redness"], source_id: walkInId },
          admin
        )

        const res = await api.post(
          LEADS,
          {
            external_id: "web-77",
            source: "Facebook Lead Ads",
            email: "LAN.PHAM@EXAMPLE.VN",
            first_name: "Lan Anh",
            last_name: "Phạm",
            phone: "0912 000 222",
            profile: { notes: "from web form", skin_type: "oily", skin_concerns: ["redness"], occupation: "Teacher" },
            touch_point: { type: "chat", summary: "Booked a facial online" },
          },
          apiKey
        )
        expect(res.status).toBe(200)
        const differences = {
          first_name: { kept: "Lan", received: "Lan Anh" },
          phone: { kept: "+84912000111", received: "+84912000222" },
          "profile.notes": { kept: "Allergic to latex", received: "from web form" },
          "profile.skin_type": { kept: "sensitive", received: "oily" },
        }
        expect(res.data.lead).toEqual(expect.objectContaining({ customer_id: lan.id, matched_by: "email", differences }))
        // only blanks were filled: the last name and the occupation
        expect(res.data.customer).toEqual(expect.objectContaining({ first_name: "Lan", last_name: "Phạm", phone: "+84912000111" }))
        const profile = await profileOf(lan.id)
        expect(profile).toEqual(
          expect.objectContaining({
            notes: "Allergic to latex",
            skin_type: "sensitive",
            skin_concerns: ["redness"],
            occupation: "Teacher",
            source: expect.objectContaining({ name: "Walk-in" }),
          })
        )
        const touchPoints = (await api.get(`/admin/customers/${lan.id}/touch-points`, admin)).data.touch_points
        expect(touchPoints).toEqual([
          expect.objectContaining({ summary: "Booked a facial online", metadata: expect.objectContaining({ differences }) }),
        ])
      })

      it("makes one customer of 30 concurrent leads for one phone written 30 ways, accepting every lead", async () => {
        const formats = ["0912 345 888", "0912345888", "+84 912 345 888", "+84912345888", "(091) 2345-888", "091.234.5888"]
        const before = await customerCount()
        const responses = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            api
              .post(LEADS, { external_id: `call-${i}`, source: "Walk-in", phone: formats[i % formats.length], first_name: "Hạnh" }, apiKey)
              .then((r) => r, (e) => e.response)
          )
        )
        expect(responses.map((r) => [r.status, r.data.message])).toEqual(Array(30).fill([200, undefined]))
        const customerIds = new Set(responses.map((r) => r.data.lead.customer_id))
        expect(customerIds.size).toBe(1)
        expect(responses.filter((r) => r.data.lead.customer_created)).toHaveLength(1)
        expect(await customerCount()).toBe(before + 1)
        expect(await crm.listLeads({ customer_id: [...customerIds] })).toHaveLength(30)
        expect(await crm.listCrmProfiles({ phone_e164: "+84912345888" })).toHaveLength(1)
      })

      it("makes one customer of 30 concurrent leads for one email in any case, accepting every lead", async () => {
        const before = await customerCount()
        const responses = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            api.post(
              LEADS,
              { external_id: `form-${i}`, source: "Facebook Lead Ads", email: i % 2 ? "Ngoc.Anh@Example.VN" : "ngoc.anh@example.vn" },
              apiKey
            ).then((r) => r, (e) => e.response)
          )
        )
        expect(responses.map((r) => [r.status, r.data.message])).toEqual(Array(30).fill([200, undefined]))
        expect(new Set(responses.map((r) => r.data.lead.customer_id)).size).toBe(1)
        expect(await customerCount()).toBe(before + 1)
        expect(await crm.listLeads({ sender: "facebook lead ads" })).toHaveLength(30)
      })

      it("finds a Vietnamese source named in another case or with combining accents", async () => {
        await api.post("/admin/crm/sources", { name: "Khách Đến" }, admin)
        const upper = await api.post(LEADS, { external_id: "kd-1", source: "KHÁCH ĐẾN", email: "kd1@example.vn" }, apiKey)
        const decomposed = await api.post(LEADS, { external_id: "kd-2", source: "khách đến".normalize("NFD"), email: "kd2@example.vn" }, apiKey)
        expect([upper.status, decomposed.status]).toEqual([200, 200])
        expect(upper.data.lead.sender).toBe("khách đến")
        expect(decomposed.data.lead.sender).toBe("khách đến")
        expect((await profileOf(upper.data.customer.id)).source.name).toBe("Khách Đến")
      })

      it("rejects calls without credentials (401)", async () => {
        const res = await failure(api.post(LEADS, { external_id: "x", source: "Walk-in", email: "x@example.vn" }))
        expect(res.status).toBe(401)
      })

      describe("rejects bad leads with a 400 naming the field, writing nothing", () => {
        const cases: [string, Record<string, unknown>, string][] = [
          ["an unknown source", { source: "Carrier pigeon", email: "d@example.vn" }, "source"],
          ["neither email nor phone", { source: "Walk-in", first_name: "Dung" }, "email"],
          ["a phone that is not a number", { source: "Walk-in", phone: "0912 34" }, "phone"],
          ["a phone with an extension", { source: "Walk-in", phone: "028 3822 1234 ext. 12" }, "phone"],
          ["an unknown country for the phone", { source: "Walk-in", phone: "0912 345 678", country_code: "XX" }, "country_code"],
          ["an email that is not one", { source: "Walk-in", email: "not-an-email" }, "email"],
          ["an unknown field", { source: "Walk-in", email: "e@example.vn", shoe_size: 38 }, "shoe_size"],
          ["a profile that names its source by id", { source: "Walk-in", email: "e@example.vn", profile: { source_id: "crmsrc_x" } }, "source_id"],
          ["a bad profile field", { source: "Walk-in", email: "e@example.vn", profile: { birthday: "1990-02-30" } }, "birthday"],
          // found only after the customer is created: its creation is rolled back
          ["an unknown custom field", { source: "Walk-in", email: "f@example.vn", profile: { custom_fields: { shoe_size: 38 } } }, "custom_fields.shoe_size"],
        ]
        it.each(cases)("%s", async (_, body, field) => {
          const before = await written()
          const res = await failure(api.post(LEADS, { external_id: "bad-1", ...body }, apiKey))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
          expect(await written()).toEqual(before)
        })
      })
    })
  },
})
