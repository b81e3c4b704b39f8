/**
 * Proves the README's "Install in your Medusa store": the package built by
 * `medusa plugin:build` and packed by `npm pack` is installed into a separate
 * host application that only names it in `plugins`, migrated with
 * `medusa db:migrate`, booted with `medusa start`, and answers on its routes.
 */
import fs from "fs"
import path from "path"
import { type HostApp, PLUGIN_NAME, startHostApp } from "../helpers/host-app"
import { sql } from "../helpers/process"

jest.setTimeout(600_000)

const admin = { email: "owner@host.test", password: "host-secret-1" }

describe("the built plugin package in a host application", () => {
  let host: HostApp
  let base: string

  beforeAll(async () => {
    host = await startHostApp("plugin-host", { admin })
    base = host.base
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

  it("migrates the CRM module's tables and seeds the default sources", async () => {
    const sources = await sql(host.dbName, "SELECT name FROM crm_source WHERE deleted_at IS NULL ORDER BY name")
    expect(sources.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Walk-in", "Website", "Facebook", "Facebook Lead Ads", "Google Maps", "Referral", "Call-centre"])
    )
  })

  it("serves the plugin's admin routes behind Medusa's authentication", async () => {
    expect((await fetch(`${base}/admin/crm/tags`)).status).toBe(401)

    const login = await fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(admin),
    })
    const { token } = await login.json()
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" }

    const created = await fetch(`${base}/admin/customers`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ email: "hoa@host.test", first_name: "Hoa" }),
    }).then((r) => r.json())
    const profile = await fetch(`${base}/admin/customers/${created.customer.id}/crm`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ skin_type: "sensitive", allergies: "Lavender oil" }),
    })
    expect(profile.status).toBe(200)
    expect((await profile.json()).crm_profile).toEqual(expect.objectContaining({ skin_type: "sensitive", allergies: "Lavender oil" }))
  })
})
