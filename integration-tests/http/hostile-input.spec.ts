/**
 * R4, no 500 on any input: every route of the plugin, every field of its body
 * or query (read from the route's own zod schema, so a new field is covered
 * the day it is added), gets the inputs a careless or malicious integrator
 * sends: NUL and control characters, a lone surrogate, over-long text,
 * impossible and out-of-range dates, huge and tiny numbers, deep JSON. Each
 * must be a 400 naming the field, and leave the database as it was. Every
 * `:id` gets NUL too. The route table must list every route under src/api.
 */
import type { z } from "@medusajs/framework/zod"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { AdminGetCustomFieldParams, AdminGetCustomFieldsParams, AdminCreateCustomField, AdminUpdateCustomField } from "../../src/api/admin/crm/custom-fields/validators"
import { AdminListCrmCustomersParams } from "../../src/api/admin/crm/customers/validators"
import { AdminCreateIntakeKey, AdminIntakeKeysParams } from "../../src/api/admin/crm/intake-keys/validators"
import { AdminIntakeLead } from "../../src/api/admin/crm/leads/validators"
import { AdminCreateCrmSource, AdminCrmSourcesParams, AdminCrmSourceStatsParams, AdminUpdateCrmSource } from "../../src/api/admin/crm/sources/validators"
import { AdminChangeTagCustomers, AdminCreateCrmTag, AdminGetCrmTagParams, AdminGetCrmTagsParams, AdminUpdateCrmTag } from "../../src/api/admin/crm/tags/validators"
import { AdminUpsertCrmProfile } from "../../src/api/admin/customers/[id]/crm/validators"
import { AdminTierHistoryParams } from "../../src/api/admin/customers/[id]/loyalty/tier-history/validators"
import { AdminAdjustLoyaltyPoints, AdminLoyaltyEntriesParams } from "../../src/api/admin/customers/[id]/loyalty/validators"
import { AdminCreateTouchPoint, AdminTouchPointsParams } from "../../src/api/admin/customers/[id]/touch-points/validators"
import { AdminLoyaltyFailuresParams } from "../../src/api/admin/loyalty/failures/validators"
import { AdminUpdateLoyaltySettings } from "../../src/api/admin/loyalty/settings/validators"
import { AdminCreateLoyaltyTier, AdminUpdateLoyaltyTier } from "../../src/api/admin/loyalty/tiers/validators"
import { IntakeLead } from "../../src/api/intake/leads/validators"
import { StoreApplyLoyaltyPoints } from "../../src/api/store/carts/[id]/loyalty-points/validators"
import { StoreLoyaltyEntriesParams } from "../../src/api/store/customers/me/loyalty/entries/validators"
import { AdminUpdateBehaviourSettings } from "../../src/api/admin/customer-behaviour/validators"
import { ANALYTICS_PARAMS } from "../../src/api/admin/crm/analytics/validators"
import { DEFAULT_BEHAVIOUR_RULES } from "../../src/types/customer-behaviour"
import { INPUT_KIND } from "../../src/api/utils/validators"
import { AdminFeedbackParams } from "../../src/api/admin/feedback/validators"
import { AdminCloseFollowUp, AdminFollowUpsParams } from "../../src/api/admin/follow-ups/validators"
import { AdminCustomerFeedbackParams } from "../../src/api/admin/customers/[id]/feedback/validators"
import { AdminSetOrderStaff } from "../../src/api/admin/orders/[id]/staff/validators"
import { StoreCreateFeedback, StoreFeedbackParams } from "../../src/api/store/customers/me/feedback/validators"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import {
  AdminCreateCustomerSet,
  AdminCreateSetPromotion,
  AdminCustomerSetMembersParams,
  AdminGetCustomerSetsParams,
  AdminPreviewCustomerSet,
  AdminUpdateCustomerSet,
} from "../../src/api/admin/customer-sets/validators"
import { createAdminUser, createCustomers, createSecretApiKey, type Headers } from "../helpers/auth"
import { pluginRowsFingerprint, routesOnDisk } from "../helpers/routes"
import { createOrder, createRegions } from "../helpers/loyalty-orders"
import { createCart, createStorefront, givePoints, registerShopper } from "../helpers/storefront"

jest.setTimeout(600_000)

type Schema = z.ZodType
type Auth = "admin" | "shopper" | "intake"
type Route = {
  method: "GET" | "POST" | "DELETE"
  /** with `:customer`, `:tag`, … for the fixture's ids */
  path: string
  auth: Auth
  body?: { schema: Schema; base: Record<string, unknown> }
  query?: Schema
}

// ---- the inputs every field of a kind must refuse -------------------------------------------------

const nested = (depth: number) => {
  let value: Record<string, unknown> = { leaf: true }
  for (let i = 0; i < depth; i++) value = { deeper: value }
  return value
}
const TEXT = ["a\u0000b", "\ud800", "x".repeat(100_001), "bell\u0007"]
const NUMBER = [1e308, -1e308, 1e-300, "a\u0000"]
const BODY_VALUES: Record<string, unknown[]> = {
  [INPUT_KIND.text]: TEXT,
  [INPUT_KIND.id]: ["a\u0000b", "\ud800", "x".repeat(101)],
  [INPUT_KIND.ids]: [["a\u0000b"], ["\ud800"], "a\u0000b"],
  [INPUT_KIND.date]: ["2024-02-30", "0000-01-01", "2999-01-01", "1", "12/31/2024", "a\u0000"],
  [INPUT_KIND.dateTime]: ["2024-02-30T10:00:00Z", "0000-01-01T00:00:00Z", "-271821-04-20T00:00:00.000Z", "1", "12/31/2024", "2024-01-01T24:30:00Z"],
  [INPUT_KIND.number]: NUMBER,
  [INPUT_KIND.numberMap]: [{ vnd: 1e-300 }, { vnd: 1e308 }, { "v\u0000d": 1 }, nested(2000)],
  [INPUT_KIND.json]: [nested(2000), { "k\u0000": 1 }, { k: "a\u0000" }, { k: "\ud800" }, { k: "x".repeat(100_001) }],
  enum: ["a\u0000", "\ud800"],
  boolean: ["a\u0000", 1e308],
  integer: NUMBER,
  // longer than any list a route takes (1,000 customers at most); a body over Medusa's size limit is its own 413
  array: [["a\u0000"], Array.from({ length: 1_001 }, (_, i) => `x${i}`)],
}
// a query carries strings only, and a URL no lone surrogate; Node refuses a URL over 16 KB itself
const QUERY_VALUES: Record<string, string[]> = {
  [INPUT_KIND.text]: ["a\u0000b", "x".repeat(5_000), "bell\u0007"],
  [INPUT_KIND.id]: ["a\u0000b", "x".repeat(101)],
  [INPUT_KIND.ids]: ["a\u0000b"],
  [INPUT_KIND.dateTime]: ["2024-02-30", "0000-01-01T00:00:00Z", "-271821-04-20T00:00:00.000Z", "1", "12/31/2024"],
  enum: ["a\u0000"],
  integer: ["1e308", "-1e308", "1e-300", "NaN", "a\u0000"],
  fields: ["bogus", "id,\u0000"],
}

// ---- the fields of a schema, read from zod's definitions --------------------------------------------

type Field = { path: string[]; kind: string }

function fieldsOf(schema: any, at: string[] = []): Field[] {
  const def = schema?._zod?.def ?? schema?.def
  if (!def) return []
  // Medusa's own `?fields=` selection
  if (at.length === 1 && at[0] === "fields") return [{ path: at, kind: "fields" }]
  const described = schema.description as string | undefined
  if (described && at.length) return [{ path: at, kind: described }]
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, inner]) => fieldsOf(inner, [...at, key]))
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return fieldsOf(def.innerType, at)
    case "pipe":
      // a transform on the way out: the input is what `in` takes
      return fieldsOf(def.in?._zod?.def?.type === "transform" ? def.out : def.in, at)
    case "string":
      return at.length ? [{ path: at, kind: INPUT_KIND.text }] : []
    case "number":
      return [{ path: at, kind: "integer" }]
    case "enum":
      return [{ path: at, kind: "enum" }]
    case "boolean":
      return [{ path: at, kind: "boolean" }]
    case "array":
      return [{ path: at, kind: "array" }]
    case "record":
      return [{ path: at, kind: INPUT_KIND.json }]
    default:
      return []
  }
}

const withField = (base: Record<string, unknown>, fieldPath: string[], value: unknown) => {
  const body = structuredClone(base)
  let at: Record<string, any> = body
  for (const key of fieldPath.slice(0, -1)) at = at[key] = { ...(at[key] ?? {}) }
  at[fieldPath[fieldPath.length - 1]] = value
  return body
}

// ---- every route -------------------------------------------------------------------------------------

const profile = { birthday: "1990-05-01", skin_concerns: ["acne"], custom_fields: { fav_oil: "Lavender" } }
const lead = {
  external_id: "lead-1",
  source: "Walk-in",
  email: "lead@example.vn",
  phone: "0912 345 678",
  profile,
  touch_point: { type: "chat", summary: "Asked for prices" },
}

const ROUTES: Route[] = [
  { method: "GET", path: "/admin/crm/tags", auth: "admin", query: AdminGetCrmTagsParams },
  { method: "POST", path: "/admin/crm/tags", auth: "admin", body: { schema: AdminCreateCrmTag, base: { name: "Yoga lover" } } },
  { method: "GET", path: "/admin/crm/tags/:tag", auth: "admin", query: AdminGetCrmTagParams },
  { method: "POST", path: "/admin/crm/tags/:tag", auth: "admin", body: { schema: AdminUpdateCrmTag, base: { name: "Yoga" } } },
  { method: "DELETE", path: "/admin/crm/tags/:tag", auth: "admin" },
  { method: "POST", path: "/admin/crm/tags/:tag/customers", auth: "admin", body: { schema: AdminChangeTagCustomers, base: { add: [":customer"] } } },
  { method: "GET", path: "/admin/crm/custom-fields", auth: "admin", query: AdminGetCustomFieldsParams },
  {
    method: "POST",
    path: "/admin/crm/custom-fields",
    auth: "admin",
    body: { schema: AdminCreateCustomField, base: { key: "skin_goal", label: "Skin goal", type: "select", options: ["Glow"] } },
  },
  { method: "GET", path: "/admin/crm/custom-fields/:field", auth: "admin", query: AdminGetCustomFieldParams },
  { method: "POST", path: "/admin/crm/custom-fields/:field", auth: "admin", body: { schema: AdminUpdateCustomField, base: { label: "Oil" } } },
  { method: "DELETE", path: "/admin/crm/custom-fields/:field", auth: "admin" },
  { method: "GET", path: "/admin/crm/customers", auth: "admin", query: AdminListCrmCustomersParams },
  { method: "POST", path: "/admin/crm/leads", auth: "admin", body: { schema: AdminIntakeLead, base: lead } },
  { method: "GET", path: "/admin/crm/sources", auth: "admin", query: AdminCrmSourcesParams },
  { method: "POST", path: "/admin/crm/sources", auth: "admin", body: { schema: AdminCreateCrmSource, base: { name: "TikTok" } } },
  { method: "GET", path: "/admin/crm/sources/stats", auth: "admin", query: AdminCrmSourceStatsParams },
  { method: "GET", path: "/admin/crm/sources/:source", auth: "admin" },
  { method: "POST", path: "/admin/crm/sources/:source", auth: "admin", body: { schema: AdminUpdateCrmSource, base: { name: "Walk-in desk" } } },
  { method: "DELETE", path: "/admin/crm/sources/:source", auth: "admin" },
  { method: "GET", path: "/admin/crm/intake-keys", auth: "admin", query: AdminIntakeKeysParams },
  { method: "POST", path: "/admin/crm/intake-keys", auth: "admin", body: { schema: AdminCreateIntakeKey, base: { name: "Widget", source_id: ":source" } } },
  { method: "POST", path: "/admin/crm/intake-keys/:intakeKey/revoke", auth: "admin" },
  { method: "GET", path: "/admin/customers/:customer/crm", auth: "admin" },
  { method: "POST", path: "/admin/customers/:customer/crm", auth: "admin", body: { schema: AdminUpsertCrmProfile, base: profile } },
  { method: "GET", path: "/admin/customers/:customer/touch-points", auth: "admin", query: AdminTouchPointsParams },
  {
    method: "POST",
    path: "/admin/customers/:customer/touch-points",
    auth: "admin",
    body: { schema: AdminCreateTouchPoint, base: { type: "call", summary: "Confirmed her booking" } },
  },
  { method: "GET", path: "/admin/customers/:customer/loyalty", auth: "admin" },
  { method: "GET", path: "/admin/customers/:customer/loyalty/entries", auth: "admin", query: AdminLoyaltyEntriesParams },
  {
    method: "POST",
    path: "/admin/customers/:customer/loyalty/adjustments",
    auth: "admin",
    body: { schema: AdminAdjustLoyaltyPoints, base: { points: 10, note: "Goodwill gesture" } },
  },
  { method: "GET", path: "/admin/customers/:customer/loyalty/tier-history", auth: "admin", query: AdminTierHistoryParams },
  { method: "GET", path: "/admin/orders/:order/loyalty", auth: "admin" },
  { method: "GET", path: "/admin/customer-behaviour", auth: "admin" },
  { method: "POST", path: "/admin/customer-behaviour/score", auth: "admin" },
  { method: "POST", path: "/admin/customer-behaviour/settings", auth: "admin", body: { schema: AdminUpdateBehaviourSettings, base: { rules: DEFAULT_BEHAVIOUR_RULES } } },
  { method: "GET", path: "/admin/customers/:customer/behaviour", auth: "admin" },
  { method: "GET", path: "/admin/loyalty/settings", auth: "admin" },
  { method: "POST", path: "/admin/loyalty/settings", auth: "admin", body: { schema: AdminUpdateLoyaltySettings, base: { pending_days: 1 } } },
  { method: "GET", path: "/admin/loyalty/tiers", auth: "admin" },
  {
    method: "POST",
    path: "/admin/loyalty/tiers",
    auth: "admin",
    body: { schema: AdminCreateLoyaltyTier, base: { name: "Silver", rank: 7, min_spend: { vnd: 1_000_000 } } },
  },
  { method: "GET", path: "/admin/loyalty/tiers/:tier", auth: "admin" },
  { method: "POST", path: "/admin/loyalty/tiers/:tier", auth: "admin", body: { schema: AdminUpdateLoyaltyTier, base: { name: "Vàng" } } },
  { method: "DELETE", path: "/admin/loyalty/tiers/:tier", auth: "admin" },
  { method: "GET", path: "/admin/loyalty/failures", auth: "admin", query: AdminLoyaltyFailuresParams },
  { method: "POST", path: "/admin/loyalty/failures/:failure/retry", auth: "admin" },
  { method: "POST", path: "/store/carts/:cart/loyalty-points", auth: "shopper", body: { schema: StoreApplyLoyaltyPoints, base: { points: 100 } } },
  { method: "DELETE", path: "/store/carts/:cart/loyalty-points", auth: "shopper" },
  { method: "GET", path: "/store/customers/me/loyalty", auth: "shopper" },
  { method: "GET", path: "/store/customers/me/loyalty/entries", auth: "shopper", query: StoreLoyaltyEntriesParams },
  {
    method: "POST",
    path: "/intake/leads",
    auth: "intake",
    body: { schema: IntakeLead, base: { external_id: "form-1", email: "form@example.vn", touch_point: { summary: "Hi" } } },
  },
  { method: "GET", path: "/admin/feedback", auth: "admin", query: AdminFeedbackParams },
  { method: "GET", path: "/admin/customers/:customer/feedback", auth: "admin", query: AdminCustomerFeedbackParams },
  { method: "GET", path: "/admin/orders/:order/feedback", auth: "admin" },
  { method: "POST", path: "/admin/orders/:order/staff", auth: "admin", body: { schema: AdminSetOrderStaff, base: { user_ids: [] } } },
  { method: "GET", path: "/admin/follow-ups", auth: "admin", query: AdminFollowUpsParams },
  { method: "POST", path: "/admin/follow-ups/:followUp/close", auth: "admin", body: { schema: AdminCloseFollowUp, base: { outcome: "Called her back" } } },
  { method: "GET", path: "/store/customers/me/feedback", auth: "shopper", query: StoreFeedbackParams },
  {
    method: "POST",
    path: "/store/customers/me/feedback",
    auth: "shopper",
    body: { schema: StoreCreateFeedback, base: { order_id: ":order", overall: 5, service_quality: 5, staff_attitude: 4, space: 5, price: 4, comment: "Dễ chịu" } },
  },
  { method: "GET", path: "/admin/customer-sets", auth: "admin", query: AdminGetCustomerSetsParams },
  { method: "POST", path: "/admin/customer-sets", auth: "admin", body: { schema: AdminCreateCustomerSet, base: { name: "Regulars", kind: "dynamic", rules: { combinator: "and", rules: [] } } } },
  { method: "POST", path: "/admin/customer-sets/preview", auth: "admin", body: { schema: AdminPreviewCustomerSet, base: { rules: { combinator: "or", rules: [] } } } },
  { method: "GET", path: "/admin/customer-sets/:set", auth: "admin" },
  { method: "POST", path: "/admin/customer-sets/:set", auth: "admin", body: { schema: AdminUpdateCustomerSet, base: { name: "Loyal regulars" } } },
  { method: "DELETE", path: "/admin/customer-sets/:set", auth: "admin" },
  { method: "POST", path: "/admin/customer-sets/:set/evaluate", auth: "admin" },
  { method: "GET", path: "/admin/customer-sets/:set/customers", auth: "admin", query: AdminCustomerSetMembersParams },
  { method: "GET", path: "/admin/customer-sets/:set/promotions", auth: "admin" },
  { method: "POST", path: "/admin/customer-sets/:set/promotions", auth: "admin", body: { schema: AdminCreateSetPromotion, base: { code: "BDAY20", type: "percentage", value: 20 } } },
  { method: "GET", path: "/admin/customers/:customer/customer-sets", auth: "admin" },
  ...Object.entries(ANALYTICS_PARAMS).map(([report, query]): Route => ({ method: "GET", path: `/admin/crm/analytics/${report}`, auth: "admin", query })),
]

const fileRoute = (route: Route) => `${route.method} ${route.path.replace(/:\w+/g, ":id")}`

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let ids: Record<string, string>
    let headers: Record<Auth, Headers>

    beforeEach(async () => {
      const container = getContainer()
      const { user, headers: admin } = await createAdminUser(container)
      const crm: CrmModuleService = container.resolve(CRM_MODULE)
      const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
      const [customer] = await createCustomers(container, [{ email: "lan@example.vn", first_name: "Lan" }])
      const [walkIn] = await crm.listCrmSources({ name: "Walk-in" })
      const [tag] = await crm.createTags([{ name: "Da khô" }])
      const [field] = await crm.createFields([{ key: "fav_oil", label: "Favourite oil", type: "text" }])
      const region = await createRegions(container, ["vnd"])
      const order = await createOrder(container, { region_id: region.vnd, customer_id: customer.id, items: [{ title: "Facial", quantity: 1, unit_price: 400_000 }] })
      const failure = await loyalty.createAwardFailures({
        operation: "award-order-points",
        reference: `order.placed:${order.id}`,
        input: { order_id: order.id },
        error: "test",
        last_attempt_at: new Date(),
      })
      const { token, key } = await crm.createIntakeKey({ name: "Booking widget", source_id: walkIn.id })
      const store = await createStorefront(container, { currency: "vnd", price: 400_000 })
      const shopper = await registerShopper(api, store, "mai@example.vn")
      await givePoints(container, shopper.customer_id, 1_000)
      const cart = await createCart(api, store, shopper)
      await createSecretApiKey(container, user.id)
      ids = {
        customer: customer.id,
        tag: tag.id,
        field: field.id,
        source: walkIn.id,
        order: order.id,
        tier: "lytier_gold",
        failure: failure.id,
        intakeKey: key.id,
        cart,
        // no follow-up is needed: hostile input is refused before one is looked up
        followUp: "fup_01HOSTILE",
        // nor a set: the body or the path is refused before it is looked up
        set: "cset_01HOSTILE",
      }
      headers = { admin, shopper: shopper.headers, intake: { headers: { authorization: `Bearer ${token}` } } }
    })

    const pathOf = (route: Route, override?: string) =>
      route.path.replace(/:(\w+)/g, (_, name: string) => (override !== undefined ? override : ids[name]))
    const filled = (value: unknown): unknown =>
      typeof value === "string" && value.startsWith(":") ? ids[value.slice(1)] : Array.isArray(value) ? value.map(filled) : value

    async function send(route: Route, url: string, body?: unknown) {
      const config = { ...headers[route.auth], validateStatus: () => true, maxBodyLength: Infinity, maxContentLength: Infinity }
      if (route.method === "GET") return api.get(url, config)
      if (route.method === "DELETE") return api.delete(url, config)
      return api.post(url, body ?? {}, config)
    }

    /** Sends each hostile case; returns those not answered 400 naming the field. */
    async function refusals(route: Route, cases: { field: string; url: string; body?: unknown; shown: string }[]) {
      const wrong: string[] = []
      for (const c of cases) {
        const res = await send(route, c.url, c.body)
        if (res.status !== 400 || !String(res.data?.message).includes(c.field)) {
          wrong.push(`${route.method} ${route.path} ${c.field}=${c.shown}: ${res.status} ${String(res.data?.message).slice(0, 160)}`)
        }
      }
      return wrong
    }

    const shown = (value: unknown) => {
      const text = JSON.stringify(value) ?? String(value)
      return text.length > 40 ? `${text.slice(0, 40)}…(${text.length})` : text
    }

    it("lists every route under src/api, so none escapes this test", () => {
      const listed = [...new Set(ROUTES.map(fileRoute))].sort()
      expect(routesOnDisk()).toEqual(listed)
    })

    it("has valid base bodies, so each refusal is about the hostile field alone", () => {
      for (const route of ROUTES.filter((r) => r.body)) {
        const base = Object.fromEntries(Object.entries(route.body!.base).map(([k, v]) => [k, filled(v)]))
        const result = route.body!.schema.safeParse(base)
        expect([route.path, result.success]).toEqual([route.path, true])
      }
    })

    describe.each([
      ["CRM", (r: Route) => r.path.startsWith("/admin/crm")],
      ["customer", (r: Route) => r.path.startsWith("/admin/customers") || r.path.startsWith("/admin/orders") || r.path.startsWith("/admin/customer-behaviour")],
      ["feedback and follow-up", (r: Route) => r.path.startsWith("/admin/feedback") || r.path.startsWith("/admin/follow-ups")],
      ["customer set", (r: Route) => r.path.startsWith("/admin/customer-sets")],
      ["loyalty, store and intake", (r: Route) => r.path.startsWith("/admin/loyalty") || !r.path.startsWith("/admin")],
    ])("%s routes", (_, belongs) => {
      it("refuse hostile input in every field with a 400 naming it, writing nothing", async () => {
        const wrong: string[] = []
        let sent = 0
        for (const route of ROUTES.filter(belongs)) {
          const cases: Parameters<typeof refusals>[1] = []
          if (route.body) {
            const base = structuredClone(route.body.base)
            for (const [k, v] of Object.entries(base)) base[k] = filled(v)
            for (const field of fieldsOf(route.body.schema)) {
              for (const value of BODY_VALUES[field.kind] ?? []) {
                cases.push({ field: field.path[field.path.length - 1], url: pathOf(route), body: withField(base, field.path, value), shown: shown(value) })
              }
            }
          }
          if (route.query) {
            for (const field of fieldsOf(route.query)) {
              for (const value of QUERY_VALUES[field.kind] ?? []) {
                cases.push({ field: field.path[0], url: `${pathOf(route)}?${field.path[0]}=${encodeURIComponent(value)}`, shown: shown(value) })
              }
            }
          }
          if (route.path.includes(":")) {
            for (const value of ["%00", "a%07b"]) cases.push({ field: "id", url: pathOf(route, value), body: route.body?.base, shown: value })
          }
          const before = await pluginRowsFingerprint(dbConnection)
          wrong.push(...(await refusals(route, cases)))
          sent += cases.length
          if ((await pluginRowsFingerprint(dbConnection)) !== before) wrong.push(`${route.method} ${route.path}: the database changed`)
        }
        expect(wrong).toEqual([])
        expect(sent).toBeGreaterThan(50)
        console.info(`hostile input: ${sent} requests, all refused with a 400 naming the field`)
      })
    })
  },
})
