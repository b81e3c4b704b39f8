/**
 * Proves the README's "Install in your Medusa store": the package built by
 * `medusa plugin:build` and packed by `npm pack` is installed into a separate
 * host application that only names it in `plugins`, migrated with
 * `medusa db:migrate`, booted with `medusa start`, answers on its routes and
 * runs its subscribers: a store checkout earns points, the shopper reads them.
 */
import { execFileSync } from "child_process"
import fs from "fs"
import path from "path"
import { createHostStorefront, type HostApp, PLUGIN_NAME, registerHostShopper, signInStaff, startHostApp } from "../helpers/host-app"
import { waitFor } from "../helpers/loyalty-orders"
import { sql } from "../helpers/process"

jest.setTimeout(600_000)

const admin = { email: "owner@host.test", password: "host-secret-1" }

describe("the built plugin package in a host application", () => {
  let host: HostApp

  beforeAll(async () => {
    host = await startHostApp("plugin-host", { admin })
  })

  afterAll(async () => {
    await host?.stop()
  })

  it("ships only the built server and admin", () => {
    const installed = path.join(host.dir, "node_modules", PLUGIN_NAME)
    expect(fs.existsSync(path.join(installed, ".medusa", "server", "src", "modules", "crm", "index.js"))).toBe(true)
    expect(fs.existsSync(path.join(installed, ".medusa", "server", "src", "admin", "index.mjs"))).toBe(true)
    expect(fs.existsSync(path.join(installed, "src"))).toBe(false)
  })

  it("ships an admin bundle whose every import the host's admin build can resolve: the plugin's dependencies and peers, or the dashboard's own", () => {
    const installed = path.join(host.dir, "node_modules", PLUGIN_NAME)
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"))
    // medusa plugin:build leaves every package of package.json out of the bundle: the host's build resolves them
    const bundle = fs.readFileSync(path.join(installed, ".medusa", "server", "src", "admin", "index.mjs"), "utf8")
    const packageOf = (specifier: string) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/")
    const imported = new Set(
      [...bundle.matchAll(/^\s*import\s[^;]*?from\s*["']([^"'.][^"']*)["']|^\s*import\s*["']([^"'.][^"']*)["']/gm)].map((m) => packageOf(m[1] ?? m[2]))
    )
    // the dashboard the host's admin is built from brings React, its router, i18next, TanStack Query, @medusajs/ui…
    const dashboard = JSON.parse(fs.readFileSync(require.resolve("@medusajs/dashboard/package.json", { paths: [host.dir] }), "utf8"))
    const resolvable = new Set(
      [manifest.dependencies, manifest.peerDependencies, dashboard.dependencies].flatMap((deps) => Object.keys(deps ?? {}))
    )
    expect([...imported]).toEqual(expect.arrayContaining(["@medusajs/ui", "recharts"]))
    expect([...imported].filter((name) => !resolvable.has(name))).toEqual([])
    // the charts are installed with the plugin: a devDependency would leave the host's admin build without them
    expect(Object.keys(manifest.dependencies)).toContain("recharts")
  })

  it("ships the storefront entry: the client and the React components import from <package>/storefront, with their types", () => {
    const installed = path.join(host.dir, "node_modules", PLUGIN_NAME)
    expect(fs.existsSync(path.join(installed, ".medusa", "server", "src", "storefront", "index.d.ts"))).toBe(true)
    // as a shop's server-side render would: the shop's React, the package's components
    const script = `
      const storefront = require("${PLUGIN_NAME}/storefront")
      const { createElement } = require("react")
      const { renderToStaticMarkup } = require("react-dom/server")
      const page = { entries: [], count: 0, limit: 20, offset: 0 }
      process.stdout.write(JSON.stringify({
        exports: Object.keys(storefront),
        html: renderToStaticMarkup(createElement(storefront.PointsHistory, { page, locale: "vi" })),
      }))`
    const { exports, html } = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: host.dir, encoding: "utf8" }))
    expect(exports).toEqual(
      expect.arrayContaining(["getMemberStanding", "listPointsHistory", "applyPoints", "removePoints", "listMyFeedback", "rateVisit", "MemberCard", "PointsHistory", "UsePoints", "RateVisit", "SPA_CRM_STYLES", "t"])
    )
    expect(html).toContain("Chưa có điểm")
  })

  it("migrates the modules' tables and seeds the default sources and tiers", async () => {
    const sources = await sql(host.dbName, "SELECT name FROM crm_source WHERE deleted_at IS NULL ORDER BY name")
    expect(sources.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Walk-in", "Website", "Facebook", "Facebook Lead Ads", "Google Maps", "Referral", "Call-centre"])
    )
    const tiers = await sql(host.dbName, "SELECT handle FROM loyalty_tier WHERE deleted_at IS NULL ORDER BY rank")
    expect(tiers.map((t) => t.handle)).toEqual(["standard", "gold", "platinum", "diamond", "luxurious"])
  })

  it("serves the plugin's admin routes behind Medusa's authentication", async () => {
    expect((await host.request("GET", "/admin/crm/tags")).status).toBe(401)

    const staff = await signInStaff(host, admin)
    const created = await host.ok("POST", "/admin/customers", { email: "hoa@host.test", first_name: "Hoa" }, staff)
    const profile = await host.ok("POST", `/admin/customers/${created.customer.id}/crm`, { skin_type: "sensitive", allergies: "Lavender oil" }, staff)
    expect(profile.crm_profile).toEqual(expect.objectContaining({ skin_type: "sensitive", allergies: "Lavender oil" }))
    // the analytics module (no tables of its own) loads in the host and reads its facts
    const overview = await host.ok("GET", "/admin/crm/analytics/overview?from=2026-01-01&to=2026-01-31", undefined, staff)
    expect([overview.period.days, overview.kpis.transactions]).toEqual([31, { current: 0, previous: 0, change: null }])
  })

  it("runs the points programme: a store checkout earns points through order.placed, and the shopper reads them on the store API", async () => {
    const staff = await signInStaff(host, admin)
    // the default rules: 100 points on sign-up, a point per 10,000 VND, spendable at once
    const store = await createHostStorefront(host, staff, { title: "Hot stone massage", price: 1_000_000 })
    const mai = await registerHostShopper(host, store, "mai@host.test")

    // the shopper's points: a signed-in shopper only (the publishable key alone is not enough)
    expect((await host.request("GET", "/store/customers/me/loyalty", undefined, store.storefront)).status).toBe(401)
    const signedUp = await waitFor(async () => {
      const { loyalty } = await host.ok("GET", "/store/customers/me/loyalty", undefined, mai.headers)
      return loyalty.balance > 0 && loyalty
    })
    expect(signedUp.balance).toBe(100)

    // one 1,000,000 VND treatment, paid and completed through the store API
    const { cart } = await host.ok("POST", "/store/carts", { region_id: store.region_id }, mai.headers)
    await host.ok("POST", `/store/carts/${cart.id}/line-items`, { variant_id: store.variant_id, quantity: 1 }, mai.headers)
    const { payment_collection } = await host.ok("POST", "/store/payment-collections", { cart_id: cart.id }, mai.headers)
    await host.ok("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, mai.headers)
    const done = await host.ok("POST", `/store/carts/${cart.id}/complete`, {}, mai.headers)
    expect(done.type).toBe("order")

    // the host's order.placed subscriber books 100 points on the order, once: the admin's order view and the ledger row
    const orderPoints = await waitFor(async () => {
      const points = await host.ok("GET", `/admin/orders/${done.order.id}/loyalty`, undefined, staff)
      return points.earned > 0 && points
    })
    expect(orderPoints).toEqual(expect.objectContaining({ earned: 100, redeemed: 0, reversed: 0 }))
    const rows = await sql(host.dbName, "SELECT kind, points FROM loyalty_points_entry WHERE reference = $1 AND deleted_at IS NULL", [`order:${done.order.id}:earn`])
    expect(rows).toEqual([{ kind: "earn", points: 100 }])
    const { loyalty } = await host.ok("GET", "/store/customers/me/loyalty", undefined, mai.headers)
    expect(loyalty).toEqual(expect.objectContaining({ balance: 200, tier: expect.objectContaining({ handle: "standard" }) }))
  })
})
