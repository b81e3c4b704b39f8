import { spaIntegrationTestRunner } from "../helpers/runner"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { createAdminUser, createSecretApiKey, failure, type Headers } from "../helpers/auth"
import { createOrder, createRegions, emitEvent, waitFor } from "../helpers/loyalty-orders"
import { setLoyaltyRules } from "../helpers/storefront"
import { runLoyaltyOperation } from "../../src/workflows/loyalty/operations/loyalty-operations"

jest.setTimeout(120_000)

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let apiKey: Headers
    let crm: CrmModuleService
    let loyalty: LoyaltyModuleService

    beforeEach(async () => {
      const container = getContainer()
      const { user, headers } = await createAdminUser(container)
      admin = headers
      ;({ headers: apiKey } = await createSecretApiKey(container, user.id))
      crm = container.resolve(CRM_MODULE)
      loyalty = container.resolve(LOYALTY_MODULE)
      await setLoyaltyRules(container, { earn_rates: { vnd: 10_000 }, pending_days: 0, expiry_months: 12 })
    })

    const tagCount = async (tagId: string) => (await api.get(`/admin/crm/tags/${tagId}`, admin)).data.tag.customer_count
    const taggedCustomers = async (tagId: string) => (await api.get(`/admin/crm/customers?tag_id=${tagId}`, admin)).data.count
    const sourceCount = async (sourceId: string) => (await api.get(`/admin/crm/sources/${sourceId}`, admin)).data.source.customer_count
    const tierMembers = async () =>
      Object.fromEntries(((await api.get("/admin/loyalty/tiers", admin)).data.tiers as any[]).map((t) => [t.handle, t.member_count]))

    it("takes a deleted customer out of every CRM list and count, closes her account and keeps her ledger", async () => {
      const container = getContainer()
      // Lan arrives through a lead, gets a tag, a call and points enough for a tier
      const lead = { external_id: "fb-9", source: "Facebook Lead Ads", email: "lan@example.vn", first_name: "Lan", profile: { skin_type: "dry" } }
      const { data: intake } = await api.post("/admin/crm/leads", lead, apiKey)
      const lanId = intake.customer.id
      const sourceId = (await api.get(`/admin/customers/${lanId}/crm`, admin)).data.crm_profile.source.id
      const { data: tagged } = await api.post("/admin/crm/tags", { name: "Da khô" }, admin)
      await api.post(`/admin/crm/tags/${tagged.tag.id}/customers`, { add: [lanId] }, admin)
      await api.post(`/admin/customers/${lanId}/touch-points`, { type: "call", summary: "Confirmed her booking" }, admin)
      const region = await createRegions(container, ["vnd"])
      const order = await createOrder(container, { region_id: region.vnd, customer_id: lanId, items: [{ title: "Spa day", quantity: 1, unit_price: 6_000_000 }] })
      await emitEvent(container, "order.placed", { id: order.id })
      const [account] = await waitFor(async () => {
        const accounts = await loyalty.listLoyaltyAccounts({ customer_id: lanId, tier_id: { $ne: null } })
        return accounts.length ? accounts : null
      })
      const membersBefore = await tierMembers()
      const entriesBefore = await loyalty.listPointsEntries({ account_id: account.id })
      expect(entriesBefore).toHaveLength(1)
      expect([await tagCount(tagged.tag.id), await taggedCustomers(tagged.tag.id), await sourceCount(sourceId)]).toEqual([1, 1, 1])

      await api.delete(`/admin/customers/${lanId}`, admin)
      await waitFor(async () => (await loyalty.listLoyaltyAccounts({ customer_id: lanId })).length === 0)

      // counts and lists agree
      expect([await tagCount(tagged.tag.id), await taggedCustomers(tagged.tag.id), await sourceCount(sourceId)]).toEqual([0, 0, 0])
      expect(await crm.listCrmProfiles({ customer_id: lanId })).toEqual([])
      expect(await crm.listTouchPoints({ customer_id: lanId })).toEqual([])
      const tier = Object.keys(membersBefore).find((handle) => membersBefore[handle] > 0)!
      expect((await tierMembers())[tier]).toBe(membersBefore[tier] - 1)
      // the ledger stays, for the accounts; the lead stays, its copy of her data erased
      expect(await loyalty.listPointsEntries({ account_id: account.id })).toEqual(entriesBefore)
      const [storedLead] = await crm.listLeads({ customer_id: lanId })
      expect([storedLead.payload, storedLead.differences]).toEqual([null, null])

      // a retrying sender does not bring her back
      const customersBefore = (await api.get("/admin/customers?limit=1", admin)).data.count
      const replay = await api.post("/admin/crm/leads", lead, apiKey)
      expect(replay.data).toEqual({ lead: expect.objectContaining({ id: intake.lead.id, customer_id: lanId }), customer: null })
      expect((await api.get("/admin/customers?limit=1", admin)).data.count).toBe(customersBefore)

      // her order's later events book nothing and fail nothing: the closed account's ledger is final
      await runLoyaltyOperation(container, "reverse-order-points", { cause: "cancel", order_id: order.id }, `order.canceled:${order.id}`)
      await runLoyaltyOperation(container, "award-order-points", { order_id: order.id }, `order.placed:${order.id}`)
      expect(await loyalty.listPointsEntries({ account_id: account.id })).toEqual(entriesBefore)
      expect(await loyalty.listLoyaltyAccounts({ customer_id: lanId })).toEqual([])
      expect(await loyalty.listAwardFailures({})).toEqual([])
    })

    it("gives her CRM routes 404 once she is deleted", async () => {
      const { data } = await api.post("/admin/customers", { email: "hoa@example.vn" }, admin)
      await api.post(`/admin/customers/${data.customer.id}/crm`, { notes: "Prefers mornings" }, admin)
      await api.delete(`/admin/customers/${data.customer.id}`, admin)
      expect((await failure(api.get(`/admin/customers/${data.customer.id}/crm`, admin))).status).toBe(404)
      expect((await failure(api.post(`/admin/customers/${data.customer.id}/crm`, { notes: "x" }, admin))).status).toBe(404)
      expect((await failure(api.get(`/admin/customers/${data.customer.id}/loyalty`, admin))).status).toBe(404)
    })
  },
})
