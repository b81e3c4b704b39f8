import { spaIntegrationTestRunner } from "../helpers/runner"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCustomFieldsStep } from "../../src/workflows/crm/steps/delete-custom-fields"
import { removeCustomFieldValuesStep } from "../../src/workflows/crm/steps/remove-custom-field-values"
import { createAdminUser, createCustomers, failure, type Headers } from "../helpers/auth"

jest.setTimeout(120_000)

// Deleting a field, then failing: both the values and the definition must come back.
const failAfterDelete = createStep("fail-after-custom-field-delete", async () => {
  throw new Error("a later step failed")
})
const deleteThenFail = createWorkflow("test-delete-custom-field-then-fail", (input: { id: string; key: string }) => {
  removeCustomFieldValuesStep([input.key])
  deleteCustomFieldsStep([input.id])
  failAfterDelete()
  return new WorkflowResponse(undefined)
})

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let customerId: string

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers: admin } = await createAdminUser(container))
      const [customer] = await createCustomers(container, [{ email: "lan@example.vn", first_name: "Lan" }])
      customerId = customer.id
    })

    const define = async (body: Record<string, unknown>) =>
      (await api.post("/admin/crm/custom-fields", body, admin)).data.custom_field
    const fieldCount = async () => (await api.get("/admin/crm/custom-fields", admin)).data.count
    const visits = { key: "visits_per_month", label: "Visits per month", type: "number" }
    const oil = { key: "favourite_oil", label: "Favourite oil", type: "select", options: ["Lavender", "Jasmine"] }

    describe("POST /admin/crm/custom-fields", () => {
      it("defines a field, optional and ranked 0 by default", async () => {
        const res = await api.post("/admin/crm/custom-fields", { ...visits, label: "  Visits per month " }, admin)
        expect(res.status).toBe(200)
        expect(res.data.custom_field).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^crmfld_/),
            ...visits,
            options: null,
            required: false,
            rank: 0,
          })
        )
      })

      it("defines a select field with its trimmed options", async () => {
        const field = await define({ ...oil, options: [" Lavender", "Jasmine "], required: true, rank: 3 })
        expect(field).toEqual(expect.objectContaining({ type: "select", options: ["Lavender", "Jasmine"], required: true, rank: 3 }))
      })

      it("rejects a malformed key, an unknown type or a missing label with a 400 naming the field, writing nothing", async () => {
        for (const [body, field] of [
          [{ ...visits, key: "Visits" }, "key"],
          [{ ...visits, key: "9_visits" }, "key"],
          [{ ...visits, key: `v${"x".repeat(40)}` }, "key"],
          [{ ...visits, type: "money" }, "type"],
          [{ key: "visits", type: "number" }, "label"],
          [{ ...visits, required: "yes" }, "required"],
        ] as const) {
          const res = await failure(api.post("/admin/crm/custom-fields", body, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
        expect(await fieldCount()).toBe(0)
      })

      it("refuses a key already defined with a 400 naming key", async () => {
        await define(visits)
        const res = await failure(api.post("/admin/crm/custom-fields", { ...visits, label: "Again" }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("key")
        expect(await fieldCount()).toBe(1)
      })

      it("requires options on a select field and forbids them on other types, naming options", async () => {
        for (const body of [
          { ...oil, options: undefined },
          { ...oil, options: [] },
          { ...oil, options: ["Lavender", "Lavender"] },
          { ...oil, options: ["Lavender", " "] },
          { ...visits, options: ["1", "2"] },
        ]) {
          const res = await failure(api.post("/admin/crm/custom-fields", body, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("options")
        }
        expect(await fieldCount()).toBe(0)
      })
    })

    describe("GET /admin/crm/custom-fields", () => {
      it("lists fields by rank, then by creation, and paginates", async () => {
        await define({ key: "b_second", label: "B", type: "text", rank: 1 })
        await define({ key: "c_third", label: "C", type: "text", rank: 1 })
        await define({ key: "a_first", label: "A", type: "boolean", rank: 0 })

        const all = await api.get("/admin/crm/custom-fields", admin)
        expect(all.data).toEqual(expect.objectContaining({ count: 3, limit: 50, offset: 0 }))
        expect(all.data.custom_fields.map((f: any) => f.key)).toEqual(["a_first", "b_second", "c_third"])

        const page = await api.get("/admin/crm/custom-fields?limit=1&offset=1", admin)
        expect(page.data).toEqual(expect.objectContaining({ count: 3, limit: 1, offset: 1 }))
        expect(page.data.custom_fields.map((f: any) => f.key)).toEqual(["b_second"])

        const bad = await failure(api.get("/admin/crm/custom-fields?limit=0", admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("limit")
      })
    })

    describe("GET|POST|DELETE /admin/crm/custom-fields/:id", () => {
      it("reads one field, and answers 404 for an unknown one", async () => {
        const field = await define(visits)
        expect((await api.get(`/admin/crm/custom-fields/${field.id}`, admin)).data.custom_field).toEqual(
          expect.objectContaining({ id: field.id, key: "visits_per_month" })
        )
        expect((await failure(api.get("/admin/crm/custom-fields/crmfld_missing", admin))).status).toBe(404)
        expect((await failure(api.post("/admin/crm/custom-fields/crmfld_missing", { label: "X" }, admin))).status).toBe(404)
        expect((await failure(api.delete("/admin/crm/custom-fields/crmfld_missing", admin))).status).toBe(404)
      })

      it("changes label, options, required and rank", async () => {
        const field = await define(oil)
        const res = await api.post(
          `/admin/crm/custom-fields/${field.id}`,
          { label: "Preferred oil", options: ["Lavender", "Jasmine", "Rose"], required: true, rank: 5 },
          admin
        )
        expect(res.status).toBe(200)
        expect(res.data.custom_field).toEqual(
          expect.objectContaining({ key: "favourite_oil", type: "select", label: "Preferred oil", options: ["Lavender", "Jasmine", "Rose"], required: true, rank: 5 })
        )
        const fewer = await api.post(`/admin/crm/custom-fields/${field.id}`, { options: ["Rose"] }, admin)
        expect(fewer.data.custom_field.options).toEqual(["Rose"])
      })

      it("refuses to change key or type, naming the field, and changes nothing", async () => {
        const field = await define(visits)
        for (const [body, name] of [[{ key: "visits" }, "key"], [{ type: "text", label: "Visits" }, "type"]] as const) {
          const res = await failure(api.post(`/admin/crm/custom-fields/${field.id}`, body, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(name)
        }
        const after = await api.get(`/admin/crm/custom-fields/${field.id}`, admin)
        expect(after.data.custom_field).toEqual(expect.objectContaining({ key: "visits_per_month", type: "number", label: "Visits per month" }))
      })

      it("checks new options against the stored type: a select keeps some, a number gets none", async () => {
        const select = await define(oil)
        const number = await define(visits)
        for (const [id, body] of [
          [select.id, { options: [] }],
          [select.id, { options: null }],
          [number.id, { options: ["1"] }],
        ] as const) {
          const res = await failure(api.post(`/admin/crm/custom-fields/${id}`, body, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("options")
        }
        const after = await api.get(`/admin/crm/custom-fields/${select.id}`, admin)
        expect(after.data.custom_field.options).toEqual(["Lavender", "Jasmine"])
      })

      it("deletes a field and the values profiles hold for it, so those profiles stay writable", async () => {
        const field = await define(visits)
        await define(oil)
        await api.post(`/admin/customers/${customerId}/crm`, { custom_fields: { visits_per_month: 4, favourite_oil: "Jasmine" } }, admin)

        const res = await api.delete(`/admin/crm/custom-fields/${field.id}`, admin)
        expect(res.data).toEqual({ id: field.id, object: "custom_field", deleted: true })
        expect(await fieldCount()).toBe(1)

        const profile = await api.get(`/admin/customers/${customerId}/crm`, admin)
        expect(profile.data.crm_profile.custom_fields).toEqual({ favourite_oil: "Jasmine" })
        const write = await api.post(`/admin/customers/${customerId}/crm`, { custom_fields: { favourite_oil: "Lavender" } }, admin)
        expect(write.data.crm_profile.custom_fields).toEqual({ favourite_oil: "Lavender" })

        // the key can be defined again
        expect((await define(visits)).key).toBe("visits_per_month")
      })
    })

    it("restores a deleted field and its profile values when a later step fails", async () => {
      const field = await define(visits)
      await define(oil)
      await api.post(`/admin/customers/${customerId}/crm`, { custom_fields: { visits_per_month: 4, favourite_oil: "Jasmine" } }, admin)

      const { errors } = await deleteThenFail(getContainer()).run({
        input: { id: field.id, key: field.key },
        throwOnError: false,
      })
      expect(errors).toHaveLength(1)
      expect((await api.get(`/admin/crm/custom-fields/${field.id}`, admin)).data.custom_field.key).toBe("visits_per_month")
      const profile = await api.get(`/admin/customers/${customerId}/crm`, admin)
      expect(profile.data.crm_profile.custom_fields).toEqual({ visits_per_month: 4, favourite_oil: "Jasmine" })
    })

    describe("profile values are validated against the definitions", () => {
      beforeEach(async () => {
        await define(visits)
        await define(oil)
      })

      it("rejects a value of the wrong type with a 400 naming custom_fields.<key>, writing nothing", async () => {
        const res = await failure(
          api.post(`/admin/customers/${customerId}/crm`, { custom_fields: { visits_per_month: "abc" } }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("custom_fields.visits_per_month")
        expect((await api.get(`/admin/customers/${customerId}/crm`, admin)).data.crm_profile).toBeNull()
      })

      it("rejects a select value that is not one of the options, naming the field", async () => {
        const res = await failure(
          api.post(`/admin/customers/${customerId}/crm`, { custom_fields: { favourite_oil: "Peppermint" } }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("custom_fields.favourite_oil")
      })

      it("stores valid values, numbers as numbers", async () => {
        const res = await api.post(
          `/admin/customers/${customerId}/crm`,
          { custom_fields: { visits_per_month: "4", favourite_oil: "Lavender" } },
          admin
        )
        expect(res.status).toBe(200)
        expect(res.data.crm_profile.custom_fields).toEqual({ visits_per_month: 4, favourite_oil: "Lavender" })
        const read = await api.get(`/admin/customers/${customerId}/crm`, admin)
        expect(read.data.crm_profile.custom_fields).toEqual({ visits_per_month: 4, favourite_oil: "Lavender" })
      })

      it("clears one value with null and keeps the others", async () => {
        await api.post(
          `/admin/customers/${customerId}/crm`,
          { custom_fields: { visits_per_month: 3, favourite_oil: "Jasmine" } },
          admin
        )
        const res = await api.post(`/admin/customers/${customerId}/crm`, { custom_fields: { favourite_oil: null } }, admin)
        expect(res.data.crm_profile.custom_fields).toEqual({ visits_per_month: 3 })
        const read = await api.get(`/admin/customers/${customerId}/crm`, admin)
        expect(read.data.crm_profile.custom_fields).toEqual({ visits_per_month: 3 })
      })

      it("rejects a profile missing a required field, naming it", async () => {
        await define({ key: "membership_no", label: "Membership card no.", type: "text", required: true })
        const res = await failure(
          api.post(`/admin/customers/${customerId}/crm`, { custom_fields: { visits_per_month: 2 } }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("custom_fields.membership_no")

        const ok = await api.post(
          `/admin/customers/${customerId}/crm`,
          { custom_fields: { visits_per_month: 2, membership_no: "VIP-0042" } },
          admin
        )
        expect(ok.data.crm_profile.custom_fields).toEqual({ visits_per_month: 2, membership_no: "VIP-0042" })
      })
    })

    it("rejects calls without an admin (401)", async () => {
      const field = await define(visits)
      expect((await failure(api.get("/admin/crm/custom-fields"))).status).toBe(401)
      expect((await failure(api.post("/admin/crm/custom-fields", oil))).status).toBe(401)
      expect((await failure(api.post(`/admin/crm/custom-fields/${field.id}`, { label: "X" }))).status).toBe(401)
      expect((await failure(api.delete(`/admin/crm/custom-fields/${field.id}`))).status).toBe(401)
    })
  },
})
