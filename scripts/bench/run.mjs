#!/usr/bin/env node
// `npm run bench`: a throw-away PostgreSQL and database, Medusa's migrations,
// then the parts named on the command line (all four without any):
//   loyalty  orders → points (scripts/bench/loyalty-bench.ts, in the app), and
//            after the routes, the facts rebuild and tier refreshes over 100,000 members
//   routes   the admin list routes under load through a real server (`medusa start`
//            on a free port), on the spa's customers the orders part leaves
//   sets     customer sets on a spa of 100,000 customers and 1,000,000 orders, in its
//            own database (scripts/bench/sets-bench.ts); `--scale 0.1` for a smaller spa
//   analytics  the seven analytics reports over 12 months of the same spa
//            (scripts/bench/analytics-bench.ts): in the sets part's database when it ran
//            before (the spa is generated once), else in its own
// Sizes: BENCH_ORDERS, BENCH_SPA_CUSTOMERS, BENCH_CUSTOMERS, BENCH_NAIVE_SAMPLE,
// BENCH_REQUESTS, BENCH_CONCURRENCY, BENCH_SCALE (or --scale), BENCH_SET_RUNS, BENCH_SET_NAIVE_SAMPLE,
// BENCH_ANALYTICS_RUNS, BENCH_ANALYTICS_NAIVE_SAMPLE.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pgClient from "pg"
import { ensureDatabase, freePort, startPostgres } from "../lib/postgres.mjs"
import { benchRoutes } from "./http-load.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const args = process.argv.slice(2)
const scaleAt = args.indexOf("--scale")
if (scaleAt >= 0) {
  process.env.BENCH_SCALE = args[scaleAt + 1]
  args.splice(scaleAt, 2)
}
const parts = args.length ? args : ["loyalty", "routes", "sets", "analytics"]
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

const run = (args, quiet, runEnv = env) =>
  new Promise((resolve) => {
    const child = spawn(medusa, args, { cwd: root, env: runEnv, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit" })
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

console.log(`Spa CRM benchmark (Medusa's in-memory event bus, embedded PostgreSQL, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)})`)
let code = 0
const needsMain = parts.some((p) => p === "loyalty" || p === "routes")
if (needsMain) code = await run(["db:migrate"], true)
if (code === 0 && needsMain) code = await run(["exec", "./scripts/bench/loyalty-bench.ts", "orders"], false)
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
if (code === 0 && parts.includes("sets")) {
  // its own database: the sets part's million orders must not slow the parts above, nor they it
  await ensureDatabase(pg, "spa_crm_bench_sets")
  const setsEnv = { ...env, DATABASE_URL: pg.urlFor("spa_crm_bench_sets") }
  code = await run(["db:migrate"], true, setsEnv)
  if (code === 0) code = await run(["exec", "./scripts/bench/sets-bench.ts"], false, setsEnv)
}
if (code === 0 && parts.includes("analytics")) {
  // the sets part's spa when it ran (generating a million orders and their facts takes minutes), else one of its own
  const reuse = parts.includes("sets")
  const dbFor = reuse ? "spa_crm_bench_sets" : "spa_crm_bench_analytics"
  const analyticsEnv = { ...env, DATABASE_URL: pg.urlFor(dbFor) }
  if (!reuse) {
    await ensureDatabase(pg, dbFor)
    code = await run(["db:migrate"], true, analyticsEnv)
  }
  if (code === 0) code = await run(["exec", "./scripts/bench/analytics-bench.ts"], false, analyticsEnv)
}
await pg.stop()
fs.rmSync(clusterDir, { recursive: true, force: true })
console.log(`\nbenchmark ${code === 0 ? "done" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
process.exit(code)
