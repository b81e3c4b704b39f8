import { spaIntegrationTestRunner } from "../helpers/runner"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { changeTagCustomersStep } from "../../src/workflows/crm/steps/change-tag-customers"
import { updateCrmTagsStep } from "../../src/workflows/crm/steps/update-crm-tags"
import { createAdminUser, createCustomers, failure, type Headers } from "../helpers/auth"

jest.setTimeout(120_000)

// Workflows that fail after a tag write, to prove the steps' compensations undo it.
const failAfterWrite = createStep("fail-after-tag-write", async () => {
  throw new Error("a later step failed")
})
const renameThenFail = createWorkflow("test-rename-tag-then-fail", (input: { id: string; name: string }) => {
  updateCrmTagsStep([input])
  failAfterWrite()
  return new WorkflowResponse(undefined)
})
const tagThenFail = createWorkflow(
  "test-tag-customers-then-fail",
  (input: { tag_id: string; add: string[]; remove: string[] }) => {
    changeTagCustomersStep(input)
    failAfterWrite()
    return new WorkflowResponse(undefined)
  }
)

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let customerIds: string[]

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers: admin } = await createAdminUser(container))
      const customers = await createCustomers(container, [
        { email: "lan@example.vn", first_name: "Lan" },
        { email: "mai@example.vn", first_name: "Mai" },
        { email: "hoa@example.vn", first_name: "Hoa" },
      ])
      customerIds = customers.map((c) => c.id)
    })

    const createTag = async (name: string, color?: string) =>
      (await api.post("/admin/crm/tags", { name, ...(color && { color }) }, admin)).data.tag
    const tagCount = async () => (await api.get("/admin/crm/tags", admin)).data.count

    describe("POST /admin/crm/tags", () => {
      it("creates a tag with a trimmed name, grey by default, and no customers yet", async () => {
        const res = await api.post("/admin/crm/tags", { name: "  Dry skin " }, admin)
        expect(res.status).toBe(200)
        expect(res.data.tag).toEqual(
          expect.objectContaining({ id: expect.stringMatching(/^crmtag_/), name: "Dry skin", color: "grey", customer_count: 0 })
        )
        const red = await createTag("Sensitive skin", "red")
        expect(red.color).toBe("red")
      })

      it("refuses a name already used in another letter case with a 400 naming name, writing nothing", async () => {
        await createTag("Dry skin")
        const res = await failure(api.post("/admin/crm/tags", { name: "dry SKIN" }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("name")
        expect(await tagCount()).toBe(1)
      })

      it("keeps one tag when names differing only in case are created at the same moment", async () => {
        const names = ["Anti-aging", "anti-aging", "ANTI-AGING", "Anti-Aging"]
        const results = await Promise.allSettled(names.map((name) => api.post("/admin/crm/tags", { name }, admin)))
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        for (const r of results) {
          if (r.status === "rejected") expect([400, 422]).toContain((r.reason as any).response.status)
        }
        expect(await tagCount()).toBe(1)
      })

      it("tells Vietnamese names apart as people read them: any case, combining accents, invisible characters", async () => {
        const created = await createTag("Da kho\u0302") // "ô" typed as o + combining circumflex
        expect(created.name).toBe("Da khô")
        await createTag("Đặc biệt")
        await createTag("Khách Đến")
        for (const name of ["DA KHÔ", "da khô", "Da\u200B khô", "Da  khô", "ĐẶC BIỆT", "đặc biệt", "KHÁCH ĐẾN", "khách đến".normalize("NFD")]) {
          const res = await failure(api.post("/admin/crm/tags", { name }, admin))
          expect([res.status, res.data.message.startsWith("name: ")]).toEqual([400, true])
        }
        // whatever the case of the search, whatever the database's locale
        const found = (await api.get(`/admin/crm/tags?q=${encodeURIComponent("ĐẶC")}`, admin)).data.tags
        expect(found.map((t: { name: string }) => t.name)).toEqual(["Đặc biệt"])
        expect(await tagCount()).toBe(3)
      })

      it("keeps one tag when Vietnamese names differing only in case are created at the same moment", async () => {
        const names = ["Khách quen", "KHÁCH QUEN", "khách quen", "Khách Quen".normalize("NFD")]
        const results = await Promise.allSettled(names.map((name) => api.post("/admin/crm/tags", { name }, admin)))
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        for (const r of results) {
          if (r.status === "rejected") expect([400, 422]).toContain((r.reason as any).response.status)
        }
        expect(await tagCount()).toBe(1)
      })

      it("rejects an empty or too long name, an unknown colour and unknown fields, naming the field", async () => {
        for (const [body, field] of [
          [{ name: "   " }, "name"],
          [{ name: "x".repeat(61) }, "name"],
          [{}, "name"],
          [{ name: "Yoga lover", color: "pink" }, "color"],
          [{ name: "Yoga lover", rank: 1 }, "rank"],
        ] as const) {
          const res = await failure(api.post("/admin/crm/tags", body, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
        expect(await tagCount()).toBe(0)
      })
    })

    describe("GET /admin/crm/tags", () => {
      it("lists tags with their customer counts, searches, orders and paginates", async () => {
        const dry = await createTag("Dry skin", "orange")
        const anti = await createTag("Anti-aging", "purple")
        await createTag("Yoga lover", "green")
        await api.post(`/admin/crm/tags/${dry.id}/customers`, { add: customerIds }, admin)
        await api.post(`/admin/crm/tags/${anti.id}/customers`, { add: [customerIds[0]] }, admin)

        const all = await api.get("/admin/crm/tags", admin)
        expect(all.data).toEqual(expect.objectContaining({ count: 3, limit: 50, offset: 0 }))
        expect(all.data.tags.map((t: any) => [t.name, t.customer_count])).toEqual([
          ["Anti-aging", 1],
          ["Dry skin", 3],
          ["Yoga lover", 0],
        ])
        expect(Object.keys(all.data.tags[0]).sort()).toEqual(
          ["color", "created_at", "customer_count", "id", "name", "updated_at"]
        )

        const search = await api.get("/admin/crm/tags?q=skin", admin)
        expect(search.data.tags.map((t: any) => t.name)).toEqual(["Dry skin"])

        const page = await api.get("/admin/crm/tags?order=-name&limit=2&offset=1", admin)
        expect(page.data).toEqual(expect.objectContaining({ count: 3, limit: 2, offset: 1 }))
        expect(page.data.tags.map((t: any) => t.name)).toEqual(["Dry skin", "Anti-aging"])
      })

      it("rejects a bad limit or order with a 400 naming it", async () => {
        for (const [qs, field] of [["limit=0", "limit"], ["limit=500", "limit"], ["order=color", "order"]]) {
          const res = await failure(api.get(`/admin/crm/tags?${qs}`, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
      })
    })

    describe("GET|POST|DELETE /admin/crm/tags/:id", () => {
      it("reads one tag, and answers 404 for an unknown one", async () => {
        const tag = await createTag("Anti-aging")
        const res = await api.get(`/admin/crm/tags/${tag.id}`, admin)
        expect(res.data.tag).toEqual(expect.objectContaining({ id: tag.id, name: "Anti-aging", customer_count: 0 }))
        expect((await failure(api.get("/admin/crm/tags/crmtag_missing", admin))).status).toBe(404)
      })

      it("renames and recolours a tag, and lets a tag change the case of its own name", async () => {
        const tag = await createTag("dry skin")
        const res = await api.post(`/admin/crm/tags/${tag.id}`, { name: "Dry skin", color: "blue" }, admin)
        expect(res.status).toBe(200)
        expect(res.data.tag).toEqual(expect.objectContaining({ id: tag.id, name: "Dry skin", color: "blue" }))
      })

      it("refuses to rename a tag to another tag's name in any case, changing nothing", async () => {
        await createTag("Dry skin")
        const tag = await createTag("Oily skin", "red")
        const res = await failure(api.post(`/admin/crm/tags/${tag.id}`, { name: "DRY SKIN", color: "blue" }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("name")
        const after = await api.get(`/admin/crm/tags/${tag.id}`, admin)
        expect(after.data.tag).toEqual(expect.objectContaining({ name: "Oily skin", color: "red" }))
      })

      it("rejects a bad update naming the field, and answers 404 for an unknown tag", async () => {
        const tag = await createTag("Dry skin")
        const bad = await failure(api.post(`/admin/crm/tags/${tag.id}`, { color: "black" }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("color")
        expect((await failure(api.post("/admin/crm/tags/crmtag_missing", { name: "New" }, admin))).status).toBe(404)
        expect((await failure(api.delete("/admin/crm/tags/crmtag_missing", admin))).status).toBe(404)
      })

      it("deletes a tag and takes it off its customers; its name is free again", async () => {
        const tag = await createTag("Birthday: March")
        const kept = await createTag("Yoga lover")
        await api.post(`/admin/crm/tags/${tag.id}/customers`, { add: customerIds }, admin)
        await api.post(`/admin/crm/tags/${kept.id}/customers`, { add: [customerIds[0]] }, admin)

        const res = await api.delete(`/admin/crm/tags/${tag.id}`, admin)
        expect(res.data).toEqual({ id: tag.id, object: "crm_tag", deleted: true })
        expect((await failure(api.get(`/admin/crm/tags/${tag.id}`, admin))).status).toBe(404)

        const crm: CrmModuleService = getContainer().resolve(CRM_MODULE)
        expect(await crm.listCustomerTags({ tag_id: tag.id })).toEqual([])
        const profile = await api.get(`/admin/customers/${customerIds[0]}/crm`, admin)
        expect(profile.data.tags).toEqual([{ id: kept.id, name: "Yoga lover", color: "grey" }])

        expect((await createTag("Birthday: March")).name).toBe("Birthday: March")
      })
    })

    describe("POST /admin/crm/tags/:id/customers", () => {
      it("tags and untags customers in bulk, answering what changed, and is idempotent", async () => {
        const tag = await createTag("Sensitive skin")
        const first = await api.post(`/admin/crm/tags/${tag.id}/customers`, { add: [customerIds[0], customerIds[1]] }, admin)
        expect(first.status).toBe(200)
        expect(first.data.added.sort()).toEqual([customerIds[0], customerIds[1]].sort())
        expect(first.data.removed).toEqual([])
        expect(first.data.tag).toEqual(expect.objectContaining({ id: tag.id, customer_count: 2 }))

        const again = await api.post(
          `/admin/crm/tags/${tag.id}/customers`,
          { add: [customerIds[0], customerIds[2]], remove: [customerIds[1]] },
          admin
        )
        expect(again.data.added).toEqual([customerIds[2]])
        expect(again.data.removed).toEqual([customerIds[1]])
        expect(again.data.tag.customer_count).toBe(2)

        const repeat = await api.post(`/admin/crm/tags/${tag.id}/customers`, { add: [customerIds[0]] }, admin)
        expect(repeat.data).toEqual(expect.objectContaining({ added: [], removed: [] }))
        expect(repeat.data.tag.customer_count).toBe(2)

        const crm = await api.get(`/admin/customers/${customerIds[2]}/crm`, admin)
        expect(crm.data).toEqual({ crm_profile: null, tags: [{ id: tag.id, name: "Sensitive skin", color: "grey" }] })
      })

      it("refuses unknown customer ids in add with a 400 naming add and listing them, writing nothing", async () => {
        const tag = await createTag("Dry skin")
        const res = await failure(
          api.post(`/admin/crm/tags/${tag.id}/customers`, { add: [customerIds[0], "cus_ghost1", "cus_ghost2"] }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("add")
        expect(res.data.message).toContain("cus_ghost1")
        expect(res.data.message).toContain("cus_ghost2")
        expect(res.data.message).not.toContain(customerIds[0])
        const after = await api.get(`/admin/crm/tags/${tag.id}`, admin)
        expect(after.data.tag.customer_count).toBe(0)
      })

      it("rejects an empty change, more than 1000 ids and a customer in both lists, naming the field", async () => {
        const tag = await createTag("Dry skin")
        const url = `/admin/crm/tags/${tag.id}/customers`
        for (const [body, field] of [
          [{}, "add"],
          [{ add: [], remove: [] }, "remove"],
          [{ add: Array.from({ length: 1001 }, (_, i) => `cus_${i}`) }, "add"],
          [{ add: [customerIds[0]], remove: [customerIds[0]] }, "remove"],
          [{ add: [customerIds[0]], replace: [] }, "replace"],
        ] as const) {
          const res = await failure(api.post(url, body, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
        expect((await api.get(`/admin/crm/tags/${tag.id}`, admin)).data.tag.customer_count).toBe(0)
      })

      it("answers 404 for an unknown tag", async () => {
        const res = await failure(api.post("/admin/crm/tags/crmtag_missing/customers", { add: [customerIds[0]] }, admin))
        expect(res.status).toBe(404)
      })
    })

    describe("compensation", () => {
      it("undoes a rename and a bulk tagging when a later step of the workflow fails", async () => {
        const container = getContainer()
        const tag = await createTag("Dry skin", "red")
        await api.post(`/admin/crm/tags/${tag.id}/customers`, { add: [customerIds[0]] }, admin)

        const renamed = await renameThenFail(container).run({ input: { id: tag.id, name: "Oily skin" }, throwOnError: false })
        expect(renamed.errors).toHaveLength(1)

        const tagged = await tagThenFail(container).run({
          input: { tag_id: tag.id, add: [customerIds[1], customerIds[2]], remove: [customerIds[0]] },
          throwOnError: false,
        })
        expect(tagged.errors).toHaveLength(1)

        const crm: CrmModuleService = container.resolve(CRM_MODULE)
        expect((await crm.listCustomerTags({ tag_id: tag.id })).map((ct) => ct.customer_id)).toEqual([customerIds[0]])
        expect(await crm.retrieveCrmTag(tag.id)).toEqual(expect.objectContaining({ name: "Dry skin", color: "red" }))
      })
    })

    it("rejects calls without an admin (401)", async () => {
      const tag = await createTag("Dry skin")
      expect((await failure(api.get("/admin/crm/tags"))).status).toBe(401)
      expect((await failure(api.post("/admin/crm/tags", { name: "New" }))).status).toBe(401)
      expect((await failure(api.delete(`/admin/crm/tags/${tag.id}`))).status).toBe(401)
      expect((await failure(api.post(`/admin/crm/tags/${tag.id}/customers`, { add: [customerIds[0]] }))).status).toBe(401)
    })
  },
})
