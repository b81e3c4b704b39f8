import { spaIntegrationTestRunner } from "../helpers/runner"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { createAdminUser, createCustomers, failure, type Headers } from "../helpers/auth"

jest.setTimeout(120_000)

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    // created oldest first: lan, mai, hoa, thu
    let lan: string, mai: string, hoa: string, thu: string
    let dry: string, anti: string, yoga: string
    let facebook: string, walkIn: string

    const tagCustomers = (tagId: string, add: string[]) =>
      api.post(`/admin/crm/tags/${tagId}/customers`, { add }, admin)
    const list = async (qs = "") => (await api.get(`/admin/crm/customers${qs ? `?${qs}` : ""}`, admin)).data
    const emails = (body: any) => body.customers.map((c: any) => c.email)

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers: admin } = await createAdminUser(container))
      const people = [
        { email: "lan@example.vn", first_name: "Thị Lan", last_name: "Nguyễn", phone: "+84912345678" },
        { email: "mai@example.vn", first_name: "Mai", last_name: "Trần", phone: "+84987654321" },
        { email: "hoa@example.vn", first_name: "Hoa", last_name: "Lê" },
        { email: "thu@example.vn", first_name: "Thu", last_name: "Phạm" },
      ]
      const ids: string[] = []
      for (const person of people) ids.push((await createCustomers(container, [person]))[0].id)
      ;[lan, mai, hoa, thu] = ids

      const createTag = async (name: string, color: string) =>
        (await api.post("/admin/crm/tags", { name, color }, admin)).data.tag.id
      dry = await createTag("Dry skin", "orange")
      anti = await createTag("Anti-aging", "purple")
      yoga = await createTag("Yoga lover", "green")
      await tagCustomers(dry, [lan, mai, hoa])
      await tagCustomers(anti, [lan, hoa])
      await tagCustomers(yoga, [thu])

      const crm: CrmModuleService = container.resolve(CRM_MODULE)
      // names of our own, apart from the default sources the module seeds
      ;[facebook, walkIn] = (await crm.createSources([{ name: "Facebook group (test)" }, { name: "Walk-in (test)" }])).map((s) => s.id)
      await api.post(`/admin/customers/${lan}/crm`, { source_id: facebook, skin_type: "dry" }, admin)
      await api.post(`/admin/customers/${hoa}/crm`, { source_id: walkIn }, admin)
      await api.post(`/admin/customers/${mai}/crm`, { source_id: facebook }, admin)
    })

    describe("GET /admin/crm/customers", () => {
      it("lists customers newest first with their CRM profile, source and tags", async () => {
        const body = await list()
        expect(body).toEqual(expect.objectContaining({ count: 4, limit: 50, offset: 0 }))
        expect(emails(body)).toEqual(["thu@example.vn", "hoa@example.vn", "mai@example.vn", "lan@example.vn"])

        const first = body.customers.find((c: any) => c.id === lan)
        expect(first).toEqual({
          id: lan,
          email: "lan@example.vn",
          first_name: "Thị Lan",
          last_name: "Nguyễn",
          phone: "+84912345678",
          created_at: expect.any(String),
          crm_profile: expect.objectContaining({ customer_id: lan, skin_type: "dry", source: { id: facebook, name: "Facebook group (test)" } }),
          tags: [
            { id: anti, name: "Anti-aging", color: "purple" },
            { id: dry, name: "Dry skin", color: "orange" },
          ],
        })
        const noProfile = body.customers.find((c: any) => c.id === thu)
        expect(noProfile.crm_profile).toBeNull()
        expect(noProfile.tags).toEqual([{ id: yoga, name: "Yoga lover", color: "green" }])
      })

      it("paginates with the total count of matching customers", async () => {
        const page = await list("limit=2&offset=1")
        expect(page).toEqual(expect.objectContaining({ count: 4, limit: 2, offset: 1 }))
        expect(emails(page)).toEqual(["hoa@example.vn", "mai@example.vn"])
        const last = await list("limit=2&offset=2&tag_id[]=" + dry)
        expect(last).toEqual(expect.objectContaining({ count: 3, limit: 2, offset: 2 }))
        expect(emails(last)).toEqual(["lan@example.vn"])
      })

      it("filters by tags, carrying any of them or all of them", async () => {
        expect(emails(await list(`tag_id[]=${anti}&tag_id[]=${yoga}`))).toEqual([
          "thu@example.vn",
          "hoa@example.vn",
          "lan@example.vn",
        ])
        const all = await list(`tag_id[]=${dry}&tag_id[]=${anti}&tag_match=all`)
        expect(all.count).toBe(2)
        expect(emails(all)).toEqual(["hoa@example.vn", "lan@example.vn"])
        expect(emails(await list(`tag_id=${dry},${anti}&tag_match=all`))).toEqual(["hoa@example.vn", "lan@example.vn"])
        expect(await list(`tag_id[]=${yoga}&tag_id[]=${anti}&tag_match=all`)).toEqual(
          { customers: [], count: 0, limit: 50, offset: 0 }
        )
      })

      it("searches name, email and phone with q", async () => {
        expect(emails(await list("q=Trần"))).toEqual(["mai@example.vn"])
        expect(emails(await list("q=hoa@"))).toEqual(["hoa@example.vn"])
        expect(emails(await list("q=0912345"))).toEqual([])
        expect(emails(await list("q=84912345"))).toEqual(["lan@example.vn"])
        expect(emails(await list(`q=Lan&tag_id[]=${yoga}`))).toEqual([])
      })

      it("filters by first source, alone or with tags", async () => {
        expect(emails(await list(`source_id=${facebook}`))).toEqual(["mai@example.vn", "lan@example.vn"])
        expect(emails(await list(`source_id=${facebook}&tag_id[]=${anti}`))).toEqual(["lan@example.vn"])
        expect((await list(`source_id=${walkIn}&tag_id[]=${yoga}`)).count).toBe(0)
        expect((await list("source_id=crmsrc_unknown")).count).toBe(0)
      })

      it("rejects a bad tag_match, limit or offset and unknown parameters with a 400 naming them", async () => {
        for (const [qs, field] of [
          ["tag_match=some", "tag_match"],
          ["limit=0", "limit"],
          ["limit=201", "limit"],
          ["offset=-1", "offset"],
          ["order=email", "order"],
        ]) {
          const res = await failure(api.get(`/admin/crm/customers?${qs}`, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
      })

      it("rejects calls without an admin (401)", async () => {
        expect((await failure(api.get("/admin/crm/customers"))).status).toBe(401)
      })
    })
  },
})
