import { spaIntegrationTestRunner } from "../helpers/runner"
import { createAdminUser, createCustomers, failure, type Headers } from "../helpers/auth"

jest.setTimeout(120_000)

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let customerId: string

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers: admin } = await createAdminUser(container))
      const [customer] = await createCustomers(container, [
        { email: "lan.nguyen@example.vn", first_name: "Thị Lan", last_name: "Nguyễn" },
      ])
      customerId = customer.id
    })

    describe("GET|POST /admin/customers/:id/crm", () => {
      it("answers null before the first write, then creates the profile", async () => {
        const before = await api.get(`/admin/customers/${customerId}/crm`, admin)
        expect(before.status).toBe(200)
        expect(before.data.crm_profile).toBeNull()

        const res = await api.post(
          `/admin/customers/${customerId}/crm`,
          { birthday: "1990-03-14", gender: "female", skin_type: "dry", skin_concerns: ["pigmentation"], allergies: "Fragrance" },
          admin
        )
        expect(res.status).toBe(200)
        expect(res.data.crm_profile).toEqual(
          expect.objectContaining({ customer_id: customerId, birthday: "1990-03-14", skin_type: "dry", skin_concerns: ["pigmentation"], allergies: "Fragrance" })
        )

        const again = await api.post(`/admin/customers/${customerId}/crm`, { occupation: "Teacher" }, admin)
        expect(again.data.crm_profile.id).toBe(res.data.crm_profile.id)
        expect(again.data.crm_profile).toEqual(expect.objectContaining({ occupation: "Teacher", birthday: "1990-03-14" }))
      })

      it("is readable through Medusa's own customer route via the module link", async () => {
        await api.post(`/admin/customers/${customerId}/crm`, { zalo: "0912345678" }, admin)
        const res = await api.get(`/admin/customers/${customerId}?fields=+crm_profile.*`, admin)
        expect(res.data.customer.crm_profile).toEqual(expect.objectContaining({ zalo: "0912345678" }))
      })

      it("rejects a bad birthday and an unknown field with a 400 naming the field, writing nothing", async () => {
        const bad = await failure(api.post(`/admin/customers/${customerId}/crm`, { birthday: "1990-02-30" }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("birthday")

        const unknown = await failure(api.post(`/admin/customers/${customerId}/crm`, { shoe_size: 38 }, admin))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("shoe_size")

        const after = await api.get(`/admin/customers/${customerId}/crm`, admin)
        expect(after.data.crm_profile).toBeNull()
      })

      it("answers 404 for a customer that does not exist", async () => {
        const res = await failure(api.post(`/admin/customers/cus_missing/crm`, { occupation: "Nurse" }, admin))
        expect(res.status).toBe(404)
      })

      it("rejects calls without an admin (401)", async () => {
        expect((await failure(api.get(`/admin/customers/${customerId}/crm`))).status).toBe(401)
        expect((await failure(api.post(`/admin/customers/${customerId}/crm`, { occupation: "x" }))).status).toBe(401)
      })
    })
  },
})
