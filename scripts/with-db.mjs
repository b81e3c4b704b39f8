#!/usr/bin/env node
// Runs one command against the project's own Postgres (the demo cluster in
// .data/), e.g. `node scripts/with-db.mjs npx medusa db:generate crm`; with
// DATABASE_URL set, against that database, starting nothing.
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDatabase, persistentDataRoot, startPostgres } from "./lib/postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const [cmd, ...args] = process.argv.slice(2)
const run = (databaseUrl) =>
  spawn(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true" } })

if (process.env.DATABASE_URL) {
  run(process.env.DATABASE_URL).on("exit", (code) => process.exit(code ?? 1))
} else {
  const dbName = process.env.DEMO_DB_NAME || "spa_crm_demo"
  const server = await startPostgres({
    dataDir: path.join(persistentDataRoot(root), "postgres"),
    log: (m) => console.error(m),
  })
  await ensureDatabase(server, dbName)
  const child = run(server.urlFor(dbName))
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig))
  child.on("exit", async (code) => {
    await server.stop()
    process.exit(code ?? 1)
  })
}
