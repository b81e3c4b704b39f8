#!/usr/bin/env node
// `npm run demo`: the project's own Postgres, migrations, the seeded demo spa,
// an admin login, the Medusa server with the admin at /app, and the spa's
// storefront (apps/storefront) beside it. Ctrl-C stops them, then the database.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import os from "node:os"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDatabase, freePort, persistentDataRoot, startPostgres } from "./lib/postgres.mjs"
import { buildStorefront } from "../apps/storefront/build.mjs"
import { serveStorefront } from "../apps/storefront/serve.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
const dbName = process.env.DEMO_DB_NAME || "spa_crm_demo"
const port = Number(process.env.PORT || 9000)
const preferredStorefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
const mode = process.env.DEMO_MODE === "develop" ? "develop" : "start"
const admin = {
  email: process.env.DEMO_ADMIN_EMAIL || "admin@lotus-spa.test",
  password: process.env.DEMO_ADMIN_PASSWORD || "lotus-spa-demo",
}

const step = (msg) => console.log(`\n▸ ${msg}  (${elapsed()})`)
let server = null
let app = null
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (app && app.exitCode === null) {
    // the whole group: `medusa develop` runs the server in a child of its own
    try { process.kill(-app.pid, "SIGTERM") } catch { app.kill("SIGTERM") }
    await new Promise((r) => {
      app.once("exit", r)
      setTimeout(r, 10000)
    })
  }
  if (server) await server.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

function run(cmd, args, env, { inherit = true, background = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"] })
    // work that is not on the way to "ready" yields the CPU to work that is
    if (background) {
      try { os.setPriority(child.pid, 19) } catch {}
    }
    let out = ""
    if (!inherit) child.stdout.on("data", (d) => (out += d))
    if (!inherit) child.stderr.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}\n${out.slice(-4000)}`))))
  })
}

/** A fingerprint of everything `medusa build` compiles, so an unchanged tree is not rebuilt. */
function sourceFingerprint() {
  const hash = crypto.createHash("sha1")
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else hash.update(full).update(fs.readFileSync(full))
    }
  }
  walk(path.join(root, "src"))
  for (const f of ["medusa-config.ts", "package-lock.json", "tsconfig.json"]) hash.update(fs.readFileSync(path.join(root, f)))
  return hash.digest("hex")
}

/** `medusa build` unless the last build was of the same sources; runs beside the seeding. */
async function buildIfChanged(medusa, env) {
  const stampFile = path.join(root, ".medusa", "server", ".spa-crm-build")
  const fingerprint = sourceFingerprint()
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint) return "unchanged, reused"
  const t = Date.now()
  await run(medusa, ["build"], env, { inherit: false, background: true })
  fs.writeFileSync(stampFile, fingerprint)
  return `built in ${((Date.now() - t) / 1000).toFixed(1)} s`
}

async function waitForHealth(url, timeoutMs) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (app.exitCode !== null) throw new Error("the Medusa server exited")
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`)
}

try {
  if ((await freePort(port)) !== port) {
    throw new Error(`port ${port} is in use: stop what runs there or set PORT=…`)
  }


  // the storefront takes 8000 (Medusa's own starter's port) unless it is in use
  const storefrontPort = await freePort(preferredStorefrontPort)
  const backendUrl = `http://localhost:${port}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const storefrontConfig = path.join(persistentDataRoot(root), "storefront", "config.json")
  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(port),
    STORE_CORS: process.env.STORE_CORS || storefrontUrl,
    ADMIN_CORS: process.env.ADMIN_CORS || `${backendUrl},http://localhost:5173`,
    AUTH_CORS: process.env.AUTH_CORS || `${backendUrl},http://localhost:5173,${storefrontUrl}`,
    DEMO_STOREFRONT_CONFIG: storefrontConfig,
    DEMO_INSECURE_COOKIES: "true",
    DEMO_ADMIN_EMAIL: admin.email,
    DEMO_ADMIN_PASSWORD: admin.password,
  }
  const medusa = path.join(root, "node_modules", ".bin", "medusa")

  // the production build of server and admin needs no database: it starts first
  // and runs beside starting Postgres, migrating and seeding, at a low priority,
  // as it takes less time than they do (≈ 52 s alone on 2 cores, 1 min of CPU)
  const build = mode === "start" ? buildIfChanged(medusa, env) : Promise.resolve("not needed")
  build.catch(() => {})
  // the storefront is one esbuild bundle: under a second, so always built afresh
  const storefrontBuild = buildStorefront()
  storefrontBuild.catch(() => {})

  step("starting PostgreSQL")
  server = await startPostgres({
    dataDir: path.join(persistentDataRoot(root), "postgres"),
    preferredPort: 54329,
    log: (m) => console.log(`  ${m}`),
  })
  await ensureDatabase(server, dbName)

  env.DATABASE_URL = server.urlFor(dbName)

  step("migrating the database")
  await run(medusa, ["db:migrate"], env, { inherit: false })

  step("seeding the demo spa")
  // Medusa's info lines ("Processing order.placed which has 1 subscribers")
  // would break up the progress bars: the seed logs warnings and errors only
  await run(medusa, ["exec", "./scripts/seed/seed-demo.ts"], { ...env, LOG_LEVEL: "warn", NODE_OPTIONS: "--no-deprecation" })

  step("building the server and the admin dashboard")
  console.log(`  build: ${await build}`)
  const cwd = mode === "start" ? path.join(root, ".medusa", "server") : root
  step(`starting Medusa (${mode})`)
  app = spawn(medusa, [mode], {
    cwd,
    env: { ...env, NODE_ENV: mode === "start" ? "production" : "development" },
    stdio: "inherit",
    detached: true,
  })
  app.on("exit", (code) => {
    if (!stopping) {
      console.error(`Medusa exited (${code})`)
      shutdown(code ?? 1)
    }
  })
  await waitForHealth(`${backendUrl}/health`, 180000)
  const storefrontSeconds = await storefrontBuild
  await serveStorefront({ dir: path.join(root, ".medusa", "storefront"), port: storefrontPort, configFile: storefrontConfig, backendUrl })
  const { shopper } = JSON.parse(fs.readFileSync(storefrontConfig, "utf8"))

  console.log(`
────────────────────────────────────────────────────────────
  Lotus Spa & Salon demo is ready in ${elapsed()}

  Admin dashboard  ${backendUrl}/app
  Email            ${admin.email}
  Password         ${admin.password}

  Storefront       ${storefrontUrl}   (built in ${storefrontSeconds.toFixed(1)} s)
  Gold member      ${shopper ? `${shopper.email} / ${shopper.password}` : "none"}

  Database         ${server.external ? "DATABASE_URL" : `127.0.0.1:${server.port} (data in ${server.dataDir})`}
  Stop             Ctrl-C
────────────────────────────────────────────────────────────`)
} catch (e) {
  console.error(`\n✖ ${e.message}`)
  await shutdown(1)
}
