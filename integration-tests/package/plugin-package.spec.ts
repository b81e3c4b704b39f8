/**
 * Proves the README's "Install in your Medusa store": the package built by
 * `medusa plugin:build` and packed by `npm pack` is installed into a separate
 * host application that only names it in `plugins`, migrated with
 * `medusa db:migrate`, booted with `medusa start`, and answers on its routes.
 */
import { ChildProcess, execFileSync, spawn } from "child_process"
import fs from "fs"
import path from "path"
import { dbUrl, freePort, sql } from "../helpers/process"

jest.setTimeout(600_000)

const root = path.resolve(__dirname, "..", "..")
const host = path.join(root, ".cache", "plugin-host")
const medusaCli = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))
const dbName = `plugin_host_${process.pid}`
const admin = { email: "owner@host.test", password: "host-secret-1" }

const hostEnv = (extra: Record<string, string> = {}) => ({
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: dbUrl(dbName),
  MEDUSA_DISABLE_TELEMETRY: "true",
  ...extra,
})

function medusa(args: string[], env = hostEnv()) {
  return execFileSync(process.execPath, [medusaCli, ...args], { cwd: host, env, encoding: "utf8", stdio: "pipe" })
}

describe("the built plugin package in a host application", () => {
  let server: ChildProcess | undefined
  let base: string

  beforeAll(async () => {
    // 1. build and pack, as a store would receive it from the registry
    execFileSync(process.execPath, [medusaCli, "plugin:build"], { cwd: root, stdio: "pipe" })
    fs.rmSync(host, { recursive: true, force: true })
    const installed = path.join(host, "node_modules", pkg.name)
    fs.mkdirSync(installed, { recursive: true })
    const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", host], { cwd: root, encoding: "utf8" })
      .trim()
      .split("\n")
      .pop()!
    execFileSync("tar", ["-xzf", path.join(host, tarball), "-C", installed, "--strip-components=1"])

    // 2. a host that only names the plugin (its @medusajs/* resolve from the repository's node_modules above)
    const medusaVersion = pkg.devDependencies["@medusajs/medusa"]
    fs.writeFileSync(
      path.join(host, "package.json"),
      JSON.stringify({
        name: "plugin-host",
        private: true,
        dependencies: { "@medusajs/medusa": medusaVersion, "@medusajs/framework": medusaVersion, [pkg.name]: pkg.version },
      })
    )
    fs.writeFileSync(
      path.join(host, "medusa-config.js"),
      `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { jwtSecret: "host", cookieSecret: "host", storeCors: "*", adminCors: "*", authCors: "*" },
  },
  admin: { disable: true },
  plugins: [{ resolve: ${JSON.stringify(pkg.name)}, options: {} }],
})
`
    )
    await sql("postgres", `CREATE DATABASE "${dbName}"`)

    // 3. the README's steps
    medusa(["db:migrate"])
    medusa(["user", "-e", admin.email, "-p", admin.password])
    const port = await freePort()
    base = `http://localhost:${port}`
    server = spawn(process.execPath, [medusaCli, "start"], { cwd: host, env: hostEnv({ PORT: String(port) }), stdio: "ignore" })
    for (let i = 0; i < 240; i++) {
      if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) return
      await new Promise((r) => setTimeout(r, 500))
    }
    throw new Error("the host application did not start")
  })

  afterAll(async () => {
    server?.kill("SIGTERM")
    await new Promise((r) => setTimeout(r, 1000))
    await sql("postgres", `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {})
    fs.rmSync(host, { recursive: true, force: true })
  })

  it("ships only the built server and admin", () => {
    const installed = path.join(host, "node_modules", pkg.name)
    expect(fs.existsSync(path.join(installed, ".medusa", "server", "src", "modules", "crm", "index.js"))).toBe(true)
    expect(fs.existsSync(path.join(installed, ".medusa", "server", "src", "admin", "index.mjs"))).toBe(true)
    expect(fs.existsSync(path.join(installed, "src"))).toBe(false)
  })

  it("migrates the CRM module's tables and seeds the default sources", async () => {
    const sources = await sql(dbName, "SELECT name FROM crm_source WHERE deleted_at IS NULL ORDER BY name")
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
