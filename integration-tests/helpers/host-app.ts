/**
 * A separate Medusa host application, as a store has one: the plugin built by
 * `medusa plugin:build` and packed by `npm pack`, other packages unpacked from
 * their tarballs, all named in `plugins`, migrated, an admin user, started.
 * Their @medusajs/* resolve from the repository's node_modules above.
 */
import { type ChildProcess, execFileSync, spawn } from "child_process"
import fs from "fs"
import path from "path"
import { dbUrl, freePort, sql } from "./process"

const root = path.resolve(__dirname, "..", "..")
const medusaCli = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))

export const PLUGIN_NAME: string = pkg.name

/** Another package for the host: its tarball and version. */
export type HostPackage = { name: string; version: string; tarball: string }

/** An HTTP answer: its status and parsed body. */
export type Answer = { status: number; data: any }
type Headers = Record<string, string>

export type HostApp = {
  /** http://localhost:<port> */
  base: string
  dir: string
  dbName: string
  /** the last lines of the server's output */
  log: (lines?: number) => string
  stop: () => Promise<void>
  /** one JSON request to the host */
  request: (method: string, url: string, body?: unknown, headers?: Headers) => Promise<Answer>
  /** the answer's body when it is a 200, else a failure naming the request, the answer and (on a 5xx) the server's log */
  ok: (method: string, url: string, body?: unknown, headers?: Headers) => Promise<any>
}

/**
 * The plugin built and packed once per test run. The package tests run in
 * two Jest workers at once: had each built, one would pack `.medusa/server`
 * while the other was rewriting it. The first to take the lock (a directory:
 * mkdir is atomic) builds; the other waits for its tarball.
 */
async function packedPlugin(): Promise<string> {
  // one build per run of the suite (npm test names the run; Jest's workers share their parent otherwise)
  const dir = path.join(root, ".cache", `package-${process.env.SPA_TEST_RUN_ID ?? process.ppid}`)
  const done = path.join(dir, "tarball.txt")
  // the parent may not exist on a fresh clone; only the last mkdir is the lock
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  try {
    fs.mkdirSync(dir, { recursive: false })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
    for (let waited = 0; !fs.existsSync(done); waited += 500) {
      if (waited > 300_000) throw new Error(`another test worker has not packed the plugin into ${dir} in 5 minutes`)
      await new Promise((r) => setTimeout(r, 500))
    }
    return fs.readFileSync(done, "utf8")
  }
  execFileSync(process.execPath, [medusaCli, "plugin:build"], { cwd: root, stdio: "pipe" })
  const file = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: root, encoding: "utf8" }).trim().split("\n").pop()!
  fs.writeFileSync(done, path.join(dir, file))
  return path.join(dir, file)
}

/** A package's tarball from the registry, downloaded once into .cache/. */
export function registryTarball(name: string, version: string) {
  const dir = path.join(root, ".cache", "registry")
  const file = path.join(dir, `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true })
    execFileSync("npm", ["pack", "--silent", `${name}@${version}`, "--pack-destination", dir], { cwd: dir, stdio: "pipe" })
  }
  return file
}

export async function startHostApp(name: string, { packages = [], admin }: { packages?: HostPackage[]; admin: { email: string; password: string } }): Promise<HostApp> {
  const dir = path.join(root, ".cache", name)
  const dbName = `${name.replace(/-/g, "_")}_${process.pid}`
  const serverLog = path.join(dir, "server.log")
  const env = (extra: Record<string, string> = {}) => ({
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: dbUrl(dbName),
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  })
  const medusa = (args: string[]) => execFileSync(process.execPath, [medusaCli, ...args], { cwd: dir, env: env(), encoding: "utf8", stdio: "pipe" })
  const install = (tarball: string, packageName: string) => {
    const into = path.join(dir, "node_modules", packageName)
    fs.mkdirSync(into, { recursive: true })
    execFileSync("tar", ["-xzf", tarball, "-C", into, "--strip-components=1"])
  }
  const log = (lines = 30) => (fs.existsSync(serverLog) ? fs.readFileSync(serverLog, "utf8").split("\n").slice(-lines).join("\n") : "(no log)")

  // 1. the packages, as a store receives them from the registry
  const ours = await packedPlugin()
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  install(ours, pkg.name)
  for (const other of packages) install(other.tarball, other.name)

  // 2. a host that only names them in `plugins`
  const medusaVersion = pkg.devDependencies["@medusajs/medusa"]
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({
      name,
      private: true,
      dependencies: Object.fromEntries([
        ["@medusajs/medusa", medusaVersion],
        ["@medusajs/framework", medusaVersion],
        [pkg.name, pkg.version],
        ...packages.map((p) => [p.name, p.version]),
      ]),
    })
  )
  const plugins = [pkg.name, ...packages.map((p) => p.name)].map((p) => `{ resolve: ${JSON.stringify(p)}, options: {} }`)
  fs.writeFileSync(
    path.join(dir, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { jwtSecret: "host", cookieSecret: "host", storeCors: "*", adminCors: "*", authCors: "*" },
  },
  admin: { disable: true },
  plugins: [${plugins.join(", ")}],
})
`
  )
  await sql("postgres", `CREATE DATABASE "${dbName}"`)

  // 3. the README's steps
  medusa(["db:migrate"])
  medusa(["user", "-e", admin.email, "-p", admin.password])
  const port = await freePort()
  const base = `http://localhost:${port}`
  const out = fs.openSync(serverLog, "w")
  const server: ChildProcess = spawn(process.execPath, [medusaCli, "start"], { cwd: dir, env: env({ PORT: String(port) }), stdio: ["ignore", out, out] })
  const stop = async () => {
    server.kill("SIGTERM")
    await new Promise((r) => (server.exitCode !== null ? r(undefined) : server.once("exit", r)))
    await sql("postgres", `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {})
    fs.rmSync(dir, { recursive: true, force: true })
  }
  let exited = false
  server.once("exit", () => (exited = true))
  for (let i = 0; i < 240 && !exited; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) return { base, dir, dbName, log, stop, ...requests(base, log) }
    await new Promise((r) => setTimeout(r, 500))
  }
  const ending = log()
  await stop()
  throw new Error(`the host application did not start; its log ends with:\n${ending}`)
}

function requests(base: string, log: HostApp["log"]): Pick<HostApp, "request" | "ok"> {
  const request: HostApp["request"] = async (method, url, body, headers = {}) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    // an HTML answer (express's own 404 page) is kept as text, so the failure shows what came back
    const json = res.headers.get("content-type")?.includes("json")
    return { status: res.status, data: text ? (json ? JSON.parse(text) : text) : null }
  }
  const ok: HostApp["ok"] = async (method, url, body, headers) => {
    const answer = await request(method, url, body, headers)
    if (answer.status !== 200) {
      const ending = answer.status >= 500 || answer.status === 404 ? `\nthe server's log ends with:\n${log(60)}` : ""
      throw new Error(`${method} ${url}: ${answer.status} ${JSON.stringify(answer.data)}${ending}`)
    }
    return answer.data
  }
  return { request, ok }
}

/** The host's admin signed in through Medusa's emailpass login: the header to send. */
export async function signInStaff(host: HostApp, admin: { email: string; password: string }): Promise<Headers> {
  const { token } = await host.ok("POST", "/auth/user/emailpass", admin)
  return { authorization: `Bearer ${token}` }
}

/** A shop's storefront as its staff sets it up in the admin: what a shopper's requests need. */
export type HostStorefront = { storefront: Headers; region_id: string; variant_id: string }

/**
 * Through the host's admin API: a sales channel behind a publishable key, a
 * VND region paying through Medusa's system provider, and one treatment at
 * `price` (no shipping, no managed stock).
 */
export async function createHostStorefront(host: HostApp, staff: Headers, { title, price }: { title: string; price: number }): Promise<HostStorefront> {
  const { sales_channel } = await host.ok("POST", "/admin/sales-channels", { name: "Online booking" }, staff)
  const { api_key } = await host.ok("POST", "/admin/api-keys", { title: "Storefront", type: "publishable" }, staff)
  await host.ok("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channel.id] }, staff)
  const { region } = await host.ok("POST", "/admin/regions", { name: "Việt Nam", currency_code: "vnd", payment_providers: ["pp_system_default"] }, staff)
  const { product } = await host.ok(
    "POST",
    "/admin/products",
    {
      title,
      status: "published",
      options: [{ title: "Duration", values: ["90 min"] }],
      variants: [{ title: "90 min", options: { Duration: "90 min" }, manage_inventory: false, prices: [{ amount: price, currency_code: "vnd" }] }],
      sales_channels: [{ id: sales_channel.id }],
    },
    staff
  )
  return { storefront: { "x-publishable-api-key": api_key.token }, region_id: region.id, variant_id: product.variants[0].id }
}

/** A shopper who registers and signs in through the host's store API: her customer id and the headers of her requests. */
export async function registerHostShopper(host: HostApp, { storefront }: HostStorefront, email: string) {
  const password = "correct horse battery staple"
  const registration = await host.ok("POST", "/auth/customer/emailpass/register", { email, password })
  const { customer } = await host.ok("POST", "/store/customers", { email, first_name: email.split("@")[0] }, { ...storefront, authorization: `Bearer ${registration.token}` })
  const session = await host.ok("POST", "/auth/customer/emailpass", { email, password })
  return { customer_id: customer.id as string, headers: { ...storefront, authorization: `Bearer ${session.token}` } }
}
