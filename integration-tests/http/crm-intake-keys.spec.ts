import { spaIntegrationTestRunner } from "../helpers/runner"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { createAdminUser, failure, type Headers } from "../helpers/auth"

jest.setTimeout(120_000)

const KEYS = "/admin/crm/intake-keys"
const INTAKE = "/intake/leads"

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let crm: CrmModuleService
    let websiteId: string

    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const createKey = async (name = "Website booking widget", source_id = websiteId) =>
      (await api.post(KEYS, { name, source_id }, admin)).data as { intake_key: Record<string, any>; token: string }

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers: admin } = await createAdminUser(container))
      crm = container.resolve(CRM_MODULE)
      const [website] = await crm.listCrmSources({ name: "Website" })
      websiteId = website?.id ?? (await crm.createSources([{ name: "Website" }]))[0].id
    })

    it("creates a key for one source and shows its token once, stored only as a hash", async () => {
      const { intake_key, token } = await createKey()
      expect(token).toMatch(/^lik_[A-Za-z0-9_-]{43}$/)
      expect(intake_key).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^crmikey_/),
          name: "Website booking widget",
          redacted: token.slice(-4),
          source: { id: websiteId, name: "Website" },
          revoked_at: null,
          last_lead_at: null,
        })
      )
      const listed = (await api.get(KEYS, admin)).data
      expect(listed.count).toBe(1)
      expect(JSON.stringify(listed)).not.toContain(token)
      const [stored] = await crm.listIntakeKeys({ id: intake_key.id }, { select: ["token_hash"] })
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(stored.token_hash).not.toContain(token.slice(4))
    })

    it("takes a lead with the key as its source's, once, and records the key on the lead", async () => {
      const { intake_key, token } = await createKey()
      const lead = { external_id: "w-1", email: "Trang@Example.VN", first_name: "Trang", touch_point: { type: "chat", summary: "Booked online" } }
      const first = await api.post(INTAKE, lead, bearer(token))
      expect(first.status).toBe(200)
      expect(first.data.lead).toEqual(
        expect.objectContaining({ sender: "website", external_id: "w-1", customer_created: true, intake_key_id: intake_key.id })
      )
      const replay = await api.post(INTAKE, { ...lead, source: "WEBSITE" }, bearer(token))
      expect(replay.data).toEqual(first.data)
      expect(await crm.listLeads({ intake_key_id: intake_key.id })).toHaveLength(1)
      const [listed] = (await api.get(KEYS, admin)).data.intake_keys
      expect(listed.last_lead_at).toBe(first.data.lead.created_at)
    })

    it("refuses a lead naming another source than its key's with a 400 naming source, writing nothing", async () => {
      const { token } = await createKey()
      const res = await failure(api.post(INTAKE, { external_id: "w-2", source: "Walk-in", email: "x@example.vn" }, bearer(token)))
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("source")
      expect(await crm.listLeads()).toHaveLength(0)
    })

    it("answers 401 to a revoked key, an unknown one, or none, and a key opens no admin route", async () => {
      const { intake_key, token } = await createKey()
      const lead = { external_id: "w-3", email: "y@example.vn" }
      expect((await failure(api.post(INTAKE, lead))).status).toBe(401)
      expect((await failure(api.post(INTAKE, lead, bearer(`lik_${"A".repeat(43)}`)))).status).toBe(401)
      expect((await failure(api.post(INTAKE, lead, bearer("sk_not_an_intake_key")))).status).toBe(401)
      for (const path of ["/admin/customers", "/admin/users", "/admin/loyalty/settings", KEYS]) {
        expect((await failure(api.get(path, bearer(token)))).status).toBe(401)
      }
      expect((await failure(api.post("/admin/crm/leads", { ...lead, source: "Website" }, bearer(token)))).status).toBe(401)

      const revoked = await api.post(`${KEYS}/${intake_key.id}/revoke`, {}, admin)
      expect(revoked.data.intake_key.revoked_at).toEqual(expect.any(String))
      expect((await failure(api.post(INTAKE, lead, bearer(token)))).status).toBe(401)
      expect(await crm.listLeads()).toHaveLength(0)
      expect((await api.get(`${KEYS}?revoked=true`, admin)).data.count).toBe(1)
      expect((await api.get(`${KEYS}?revoked=false`, admin)).data.count).toBe(0)
    })

    it("answers a browser's preflight from any origin, as lead forms on the spa's site send it", async () => {
      const res = await api.options(INTAKE, {
        headers: { origin: "https://lotus-spa.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
      })
      expect(res.status).toBe(204)
      expect(res.headers["access-control-allow-origin"]).toBe("*")
      expect(res.headers["access-control-allow-headers"]).toContain("authorization")
    })

    it("validates keys: a name and a source that exists, 404 for an unknown key, 401 without an admin", async () => {
      for (const [body, field] of [
        [{ source_id: websiteId }, "name"],
        [{ name: "Widget", source_id: "crmsrc_missing" }, "source_id"],
        [{ name: "Widget\u0000", source_id: websiteId }, "name"],
        [{ name: "Widget", source_id: websiteId, token: "mine" }, "token"],
      ] as const) {
        const res = await failure(api.post(KEYS, body, admin))
        expect([res.status, res.data.message.includes(field)]).toEqual([400, true])
      }
      expect((await failure(api.post(`${KEYS}/crmikey_missing/revoke`, {}, admin))).status).toBe(404)
      expect((await failure(api.get(KEYS))).status).toBe(401)
      expect((await failure(api.post(KEYS, { name: "Widget", source_id: websiteId }))).status).toBe(401)
      expect(await crm.listIntakeKeys()).toHaveLength(0)
    })
  },
})
