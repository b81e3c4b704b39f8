#!/usr/bin/env node
// `npm run bench:loyalty`: a throw-away PostgreSQL and database, Medusa's
// migrations, then scripts/bench/loyalty-bench.ts inside the Medusa app.
// BENCH_ORDERS, BENCH_CUSTOMERS and BENCH_NAIVE_SAMPLE change the sizes.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDatabase, startPostgres } from "./lib/postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), "spa-crm-bench-"))
fs.chmodSync(clusterDir, 0o755)
const server = await startPostgres({ dataDir: path.join(clusterDir, "cluster"), ephemeral: true, fast: true })
const dbName = "spa_crm_bench"
await ensureDatabase(server, dbName)
const env = { ...process.env, DATABASE_URL: server.urlFor(dbName), MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "error" }
const medusa = path.join(root, "node_modules", ".bin", "medusa")

const run = (args, quiet) =>
  new Promise((resolve) => {
    const child = spawn(medusa, args, { cwd: root, env, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit" })
    child.on("exit", (code) => resolve(code ?? 1))
  })

let code = await run(["db:migrate"], true)
if (code === 0) code = await run(["exec", "./scripts/bench/loyalty-bench.ts"], false)
await server.stop()
fs.rmSync(clusterDir, { recursive: true, force: true })
process.exit(code)
