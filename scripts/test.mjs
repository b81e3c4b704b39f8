#!/usr/bin/env node
// `npm test`: starts a throw-away Postgres (unless DATABASE_URL is set), runs
// the whole jest suite against it (module tests, then HTTP tests on a booted
// Medusa app), and stops the database whatever happens.
// Extra arguments go to jest: `npm test -- integration-tests/http/crm-tags.spec.ts`.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startPostgres } from "./lib/postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const started = Date.now()
const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), "spa-crm-test-"))
fs.chmodSync(clusterDir, 0o755)
const server = await startPostgres({
  dataDir: path.join(clusterDir, "cluster"),
  ephemeral: true,
  fast: true,
  log: (m) => console.log(m),
})

const env = {
  ...process.env,
  NODE_ENV: "test",
  MEDUSA_DISABLE_TELEMETRY: "true",
  // @medusajs/test-utils turns SSL on for any host but "localhost"
  DB_HOST: "localhost",
  DB_PORT: String(server.port),
  DB_USERNAME: server.user,
  DB_PASSWORD: server.password,
  // names this run, so the package tests build and pack the plugin once for it
  SPA_TEST_RUN_ID: `${process.pid}-${started}`,
}
delete env.DATABASE_URL

const jestBin = path.join(root, "node_modules", "jest", "bin", "jest.js")
const extra = process.argv.slice(2)
const workers = process.env.JEST_WORKERS || "2"
const child = spawn(process.execPath, ["--experimental-vm-modules", jestBin, "--forceExit", `--maxWorkers=${workers}`, ...extra], {
  cwd: root,
  env,
  stdio: "inherit",
})

let finishing = false
async function finish(code) {
  if (finishing) return
  finishing = true
  await server.stop()
  fs.rmSync(clusterDir, { recursive: true, force: true })
  fs.rmSync(path.join(root, ".cache", `package-${env.SPA_TEST_RUN_ID}`), { recursive: true, force: true })
  console.log(`npm test: ${code === 0 ? "passed" : "failed"} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  process.exit(code)
}
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    child.kill(sig)
    finish(130)
  })
}
child.on("exit", (code) => finish(code ?? 1))
