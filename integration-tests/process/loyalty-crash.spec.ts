/**
 * A crash loses no points. With Medusa's in-memory event bus an `order.placed`
 * lives only in the server's memory until its points are booked: this test
 * places a burst of orders through the store API against a real server
 * process, kills it with SIGKILL as the first order is placed, starts it
 * again, and finds every order's points booked exactly once (the start-up
 * catch-up books what the killed process lost).
 */
import { type ChildProcess, execFileSync, spawn } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { dbUrl, freePort, sql } from "../helpers/process"

jest.setTimeout(600_000)

const root = path.resolve(__dirname, "..", "..")
const medusaCli = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
const dbName = `crash_test_${process.pid}`
const POINTS_PER_ORDER = 4 // 40,000 VND at 1 point per 10,000
const BURST = 30

const env = (extra: Record<string, string> = {}) => ({
  ...process.env,
  NODE_ENV: "development",
  DATABASE_URL: dbUrl(dbName),
  MEDUSA_DISABLE_TELEMETRY: "true",
  MEDUSA_ADMIN_DISABLED: "true",
  MEDUSA_WORKER_MODE: "shared",
  ...extra,
})

async function waitUntil<T>(check: () => Promise<T>, what: string, seconds = 120): Promise<NonNullable<T>> {
  const until = Date.now() + seconds * 1000
  for (;;) {
    const value = await check()
    if (value) return value as NonNullable<T>
    if (Date.now() > until) throw new Error(`waited ${seconds} s for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

describe("a server killed while it awards points", () => {
  let server: ChildProcess | undefined
  let base: string
  let store: { guest: { headers: Record<string, string> }; region_id: string; variant_id: string }

  async function startServer() {
    const port = await freePort()
    base = `http://localhost:${port}`
    const logs = fs.openSync(path.join(os.tmpdir(), `${dbName}.log`), "a")
    server = spawn(process.execPath, [medusaCli, "start"], { cwd: root, env: env({ PORT: String(port) }), stdio: ["ignore", logs, logs] })
    await waitUntil(() => fetch(`${base}/health`).then((r) => r.ok, () => false), "the server to start")
  }

  function killServer() {
    server?.kill("SIGKILL")
    server = undefined
  }

  async function call(method: string, url: string, token: string | null, body?: unknown) {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...store.guest.headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await res.json().catch(() => null)
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(data)}`)
    return data
  }

  /** A registered shopper, signed in, as a storefront makes one. */
  async function registerShopper(email: string) {
    const password = "correct horse battery staple"
    const { token } = await call("POST", "/auth/customer/emailpass/register", null, { email, password })
    const { customer } = await call("POST", "/store/customers", token, { email, first_name: "Mai" })
    const login = await call("POST", "/auth/customer/emailpass", null, { email, password })
    return { id: customer.id as string, token: login.token as string }
  }

  /** A cart with the service and a payment session, ready to complete. */
  async function readyCart(token: string) {
    const { cart } = await call("POST", "/store/carts", token, { region_id: store.region_id })
    await call("POST", `/store/carts/${cart.id}/line-items`, token, { variant_id: store.variant_id, quantity: 1 })
    const { payment_collection } = await call("POST", "/store/payment-collections", token, { cart_id: cart.id })
    await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, token, { provider_id: "pp_system_default" })
    return cart.id as string
  }

  /** Her orders, and the earn entries booked for each. */
  async function ledgerOf(customerId: string) {
    const orders = await sql<{ id: string }>(dbName, `SELECT id FROM "order" WHERE customer_id = $1 AND deleted_at IS NULL`, [customerId])
    const earns = await sql<{ order_id: string; points: number }>(
      dbName,
      `SELECT order_id, points FROM loyalty_points_entry WHERE kind = 'earn' AND deleted_at IS NULL AND order_id = ANY($1)`,
      [orders.map((o) => o.id)]
    )
    return { orders: orders.map((o) => o.id), earns }
  }

  beforeAll(async () => {
    await sql("postgres", `CREATE DATABASE "${dbName}"`)
    execFileSync(process.execPath, [medusaCli, "db:migrate"], { cwd: root, env: env(), stdio: "pipe" })
    const output = path.join(os.tmpdir(), `${dbName}.json`)
    execFileSync(process.execPath, [medusaCli, "exec", "./integration-tests/process/setup-store.ts"], {
      cwd: root,
      env: env({ SETUP_OUTPUT: output }),
      stdio: "pipe",
    })
    store = JSON.parse(fs.readFileSync(output, "utf8"))
    await startServer()
  })

  afterAll(async () => {
    killServer()
    await sql("postgres", `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {})
  })

  it("books every order's points exactly once after a SIGKILL in the middle of a burst of checkouts", async () => {
    const shopper = await registerShopper("mai@example.vn")
    // the kill must actually lose something: a burst whose kill came too late is run again
    let lostAtKill: string[] = []
    for (let round = 1; round <= 3 && !lostAtKill.length; round++) {
      if (!server) await startServer()
      // one after the other: Medusa creates the shopper's payment account holder on her first session
      const carts: string[] = []
      for (let i = 0; i < BURST; i++) carts.push(await readyCart(shopper.token))
      let killed = false
      await Promise.allSettled(
        carts.map((id) =>
          call("POST", `/store/carts/${id}/complete`, shopper.token, {}).finally(() => {
            // as soon as the first order is placed: its points are at best waiting in the award batch
            if (!killed) {
              killed = true
              killServer()
            }
          })
        )
      )
      const { orders, earns } = await ledgerOf(shopper.id)
      lostAtKill = orders.filter((id) => !earns.some((e) => e.order_id === id))
    }
    expect(lostAtKill.length).toBeGreaterThan(0)
    console.info(`crash test: ${lostAtKill.length} placed orders had no points when the server was killed`)

    await startServer()
    const { orders, earns } = await waitUntil(async () => {
      const ledger = await ledgerOf(shopper.id)
      return ledger.orders.every((id) => ledger.earns.some((e) => e.order_id === id)) ? ledger : null
    }, "every order's points to be booked after the restart")

    expect(orders.length).toBeGreaterThanOrEqual(1)
    expect(earns).toHaveLength(orders.length)
    expect(earns.every((e) => e.points === POINTS_PER_ORDER)).toBe(true)
    const [{ balance }] = await sql(dbName, `SELECT COALESCE(SUM(points), 0)::int AS balance FROM loyalty_points_entry WHERE deleted_at IS NULL`)
    expect(balance).toBe(orders.length * POINTS_PER_ORDER)
  })
})
