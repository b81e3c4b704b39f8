#!/usr/bin/env node
// `npm run bench`: a throw-away PostgreSQL and database, Medusa's migrations,
// then the parts named on the command line (all three without any):
//   loyalty  orders → points (scripts/bench/loyalty-bench.ts, in the app), and
//            after the routes, the facts rebuild and tier refreshes over 100,000 members
//   routes   the admin list routes under load through a real server (`medusa start`
//            on a free port), on the spa's customers the orders part leaves
// Sizes: BENCH_ORDERS, BENCH_SPA_CUSTOMERS, BENCH_CUSTOMERS, BENCH_NAIVE_SAMPLE,
// BENCH_REQUESTS, BENCH_CONCURRENCY.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pgClient from "pg"
import { ensureDatabase, freePort, startPostgres } from "../lib/postgres.mjs"
import { benchRoutes } from "./http-load.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const asked = process.argv.slice(2)
const parts = asked.length ? asked : ["loyalty", "routes"]
const started = Date.now()

const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), "spa-crm-bench-"))
fs.chmodSync(clusterDir, 0o755)
const stateFile = path.join(clusterDir, "state.json")
const pg = await startPostgres({ dataDir: path.join(clusterDir, "cluster"), ephemeral: true, fast: true })
const dbName = "spa_crm_bench"
await ensureDatabase(pg, dbName)
const env = {
  ...process.env,
  DATABASE_URL: pg.urlFor(dbName),
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: "error",
  BENCH_STATE: stateFile,
}
const medusa = path.join(root, "node_modules", ".bin", "medusa")

const run = (args, quiet) =>
  new Promise((resolve) => {
    const child = spawn(medusa, args, { cwd: root, env, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit" })
    child.on("exit", (code) => resolve(code ?? 1))
  })

/** `medusa start` from the sources on a free port (never 9000): an HTTP server alone, no jobs, no admin build. */
async function startServer() {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = spawn(medusa, ["start"], {
    cwd: root,
    env: { ...env, PORT: String(port), NODE_ENV: "production", MEDUSA_WORKER_MODE: "server", MEDUSA_ADMIN_DISABLED: "true" },
    stdio: ["ignore", "ignore", "inherit"],
  })
  const exited = new Promise((resolve) => server.on("exit", resolve))
  const until = Date.now() + 120_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`medusa start exited with ${server.exitCode}`)
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break
    if (Date.now() > until) throw new Error("medusa start did not answer /health within 120 s")
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    base,
    stop: async () => {
      server.kill("SIGTERM")
      await exited
    },
  }
}

let code = await run(["db:migrate"], true)
console.log(`Spa CRM benchmark (Medusa's in-memory event bus, embedded PostgreSQL, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)})`)
if (code === 0) code = await run(["exec", "./scripts/bench/loyalty-bench.ts", "orders"], false)
if (code === 0 && parts.includes("routes")) {
  // a settled database: no autovacuum of the orders just written while the routes are timed
  const db = new pgClient.Client({ connectionString: env.DATABASE_URL })
  await db.connect()
  await db.query("vacuum analyze")
  await db.end()
  const server = await startServer()
  try {
    await benchRoutes({ base: server.base, ...JSON.parse(fs.readFileSync(stateFile, "utf8")) })
  } catch (error) {
    console.error(error)
    code = 1
  } finally {
    await server.stop()
  }
}
if (code === 0 && parts.includes("loyalty")) code = await run(["exec", "./scripts/bench/loyalty-bench.ts", "tiers"], false)
await pg.stop()
fs.rmSync(clusterDir, { recursive: true, force: true })
console.log(`\nbenchmark ${code === 0 ? "done" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
process.exit(code)
