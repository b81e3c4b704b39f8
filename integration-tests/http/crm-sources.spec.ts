import { spaIntegrationTestRunner } from "../helpers/runner"
import { CRM_MODULE } from "../../src/modules/crm"
import defaultSourcesLoader, { DEFAULT_SOURCES } from "../../src/modules/crm/loaders/default-sources"
import { createAdminUser, createCustomers, failure, type Headers } from "../helpers/auth"

jest.setTimeout(120_000)

const DEFAULT_NAMES = ["Call-centre", "Facebook", "Facebook Lead Ads", "Google Maps", "Referral", "Walk-in", "Website"]

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    const listNames = async (query = "") =>
      (await api.get(`/admin/crm/sources${query}`, admin)).data.sources.map((s: { name: string }) => s.name)
    const sourceId = async (name: string) =>
      (await api.get(`/admin/crm/sources?q=${encodeURIComponent(name)}`, admin)).data.sources.find(
        (s: { name: string }) => s.name === name
      ).id

    beforeEach(async () => {
      ;({ headers: admin } = await createAdminUser(getContainer()))
    })

    describe("default sources", () => {
      it("lists the seven default sources on a fresh app, by name, with no customers yet", async () => {
        const res = await api.get("/admin/crm/sources", admin)
        expect(res.status).toBe(200)
        expect(res.data).toEqual(expect.objectContaining({ count: 7, limit: 50, offset: 0 }))
        expect(res.data.sources.map((s: { name: string }) => s.name)).toEqual(DEFAULT_NAMES)
        for (const source of res.data.sources) {
          expect(source).toEqual({
            id: expect.any(String),
            name: expect.any(String),
            description: expect.any(String),
            customer_count: 0,
            created_at: expect.any(String),
            updated_at: expect.any(String),
          })
        }
      })

      it("seeds nothing twice when the loader runs again, and does not bring back a deleted or renamed default", async () => {
        const walkIn = await sourceId("Walk-in")
        await api.post(`/admin/crm/sources/${walkIn}`, { name: "Walk-in guests" }, admin)
        await api.delete(`/admin/crm/sources/${await sourceId("Google Maps")}`, admin)
        // gone without a trace (as in an installation that predates the defaults): seeded again,
        // unless the spa already has a source of that name in another case
        const crm = getContainer().resolve(CRM_MODULE) as any
        await crm.deleteCrmSources([await sourceId("Referral"), await sourceId("Website")])
        await api.post("/admin/crm/sources", { name: "website" }, admin)

        // run the module's loader as a restart would, against the module's own services
        await defaultSourcesLoader({ container: { resolve: (key: string) => crm.__container__[key] } as any })

        expect(await listNames()).toEqual(["Call-centre", "Facebook", "Facebook Lead Ads", "Referral", "Walk-in guests", "website"])
        expect(await sourceId("Referral")).toBe(DEFAULT_SOURCES.find((s) => s.name === "Referral")!.id)
      })
    })

    describe("POST /admin/crm/sources", () => {
      it("creates a source", async () => {
        const res = await api.post("/admin/crm/sources", { name: "  Zalo OA ", description: "Zalo official account" }, admin)
        expect(res.status).toBe(200)
        expect(res.data.source).toEqual(
          expect.objectContaining({ id: expect.stringMatching(/^crmsrc_/), name: "Zalo OA", description: "Zalo official account", customer_count: 0 })
        )
        expect(await listNames()).toContain("Zalo OA")
      })

      it("rejects a name already used, in any case, with a 400 naming name, writing nothing", async () => {
        const clash = await failure(api.post("/admin/crm/sources", { name: "facebook lead ADS" }, admin))
        expect(clash.status).toBe(400)
        expect(clash.data.message).toMatch(/^name: /)

        const empty = await failure(api.post("/admin/crm/sources", { name: "  " }, admin))
        expect(empty.status).toBe(400)
        expect(empty.data.message).toContain("name")

        const unknown = await failure(api.post("/admin/crm/sources", { name: "TikTok", colour: "red" }, admin))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("colour")

        expect((await api.get("/admin/crm/sources", admin)).data.count).toBe(7)
      })

      it("refuses a Vietnamese name already used in another case or spelling of its accents", async () => {
        await api.post("/admin/crm/sources", { name: "Khách Đến" }, admin)
        for (const name of ["KHÁCH ĐẾN", "khách đến", "Khách Đến".normalize("NFD"), "Khách\u2060 Đến"]) {
          const res = await failure(api.post("/admin/crm/sources", { name }, admin))
          expect([res.status, res.data.message.startsWith("name: ")]).toEqual([400, true])
        }
        expect(await listNames(`?q=${encodeURIComponent("KHÁCH")}`)).toEqual(["Khách Đến"])
        expect((await api.get("/admin/crm/sources", admin)).data.count).toBe(8)
      })
    })

    describe("GET /admin/crm/sources", () => {
      it("searches by q and pages by name with limit and offset", async () => {
        expect(await listNames("?q=face")).toEqual(["Facebook", "Facebook Lead Ads"])

        const page = await api.get("/admin/crm/sources?limit=2&offset=2", admin)
        expect(page.data).toEqual(expect.objectContaining({ count: 7, limit: 2, offset: 2 }))
        expect(page.data.sources.map((s: { name: string }) => s.name)).toEqual(["Facebook Lead Ads", "Google Maps"])

        const bad = await failure(api.get("/admin/crm/sources?limit=0", admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("limit")
      })

      it("counts the customers whose first source it is", async () => {
        const facebook = await sourceId("Facebook")
        const customers = await createCustomers(getContainer(), [
          { email: "lan@example.vn" },
          { email: "mai@example.vn" },
          { email: "hoa@example.vn" },
        ])
        await api.post(`/admin/customers/${customers[0].id}/crm`, { source_id: facebook }, admin)
        await api.post(`/admin/customers/${customers[1].id}/crm`, { source_id: facebook }, admin)
        await api.post(`/admin/customers/${customers[2].id}/crm`, { occupation: "Nurse" }, admin)

        const one = await api.get(`/admin/crm/sources/${facebook}`, admin)
        expect(one.data.source).toEqual(expect.objectContaining({ id: facebook, name: "Facebook", customer_count: 2 }))
        const listed = (await api.get("/admin/crm/sources", admin)).data.sources
        expect(listed.find((s: { id: string }) => s.id === facebook).customer_count).toBe(2)
        expect(listed.filter((s: { customer_count: number }) => s.customer_count > 0)).toHaveLength(1)
      })
    })

    describe("GET|POST|DELETE /admin/crm/sources/:id", () => {
      it("renames a source, allowing a change of case of its own name but not another source's name", async () => {
        const walkIn = await sourceId("Walk-in")
        const renamed = await api.post(`/admin/crm/sources/${walkIn}`, { name: "walk-in", description: null }, admin)
        expect(renamed.data.source).toEqual(expect.objectContaining({ id: walkIn, name: "walk-in", description: null }))

        const clash = await failure(api.post(`/admin/crm/sources/${walkIn}`, { name: "WEBSITE" }, admin))
        expect(clash.status).toBe(400)
        expect(clash.data.message).toMatch(/^name: /)
        expect((await api.get(`/admin/crm/sources/${walkIn}`, admin)).data.source.name).toBe("walk-in")
      })

      it("deletes a source; its customers keep their profiles, with no source", async () => {
        const referral = await sourceId("Referral")
        const [customer] = await createCustomers(getContainer(), [{ email: "lan@example.vn" }])
        await api.post(`/admin/customers/${customer.id}/crm`, { source_id: referral, occupation: "Teacher" }, admin)

        const res = await api.delete(`/admin/crm/sources/${referral}`, admin)
        expect(res.data).toEqual({ id: referral, object: "crm_source", deleted: true })
        expect((await failure(api.get(`/admin/crm/sources/${referral}`, admin))).status).toBe(404)
        expect(await listNames()).not.toContain("Referral")

        const profile = await api.get(`/admin/customers/${customer.id}/crm`, admin)
        expect(profile.status).toBe(200)
        expect(profile.data.crm_profile).toEqual(expect.objectContaining({ occupation: "Teacher" }))
        expect(profile.data.crm_profile.source).toBeNull()
        const edited = await api.post(`/admin/customers/${customer.id}/crm`, { occupation: "Nurse" }, admin)
        expect(edited.data.crm_profile).toEqual(expect.objectContaining({ occupation: "Nurse" }))

        // the name is free again
        const again = await api.post("/admin/crm/sources", { name: "Referral" }, admin)
        expect(again.data.source).toEqual(expect.objectContaining({ name: "Referral", customer_count: 0 }))
      })

      it("answers 404 for a source that does not exist", async () => {
        expect((await failure(api.get("/admin/crm/sources/crmsrc_missing", admin))).status).toBe(404)
        expect((await failure(api.post("/admin/crm/sources/crmsrc_missing", { name: "Website" }, admin))).status).toBe(404)
        expect((await failure(api.delete("/admin/crm/sources/crmsrc_missing", admin))).status).toBe(404)
      })

      it("rejects calls without an admin (401)", async () => {
        expect((await failure(api.get("/admin/crm/sources"))).status).toBe(401)
        expect((await failure(api.post("/admin/crm/sources", { name: "TikTok" }))).status).toBe(401)
        expect((await failure(api.get("/admin/crm/sources/crmsrc_website"))).status).toBe(401)
        expect((await failure(api.delete("/admin/crm/sources/crmsrc_website"))).status).toBe(401)
        expect((await failure(api.get("/admin/crm/sources/stats"))).status).toBe(401)
      })
    })
  },
})
