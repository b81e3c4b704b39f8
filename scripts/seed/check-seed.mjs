#!/usr/bin/env node
// The demo seed on a throw-away database, timed, and what its year looks like:
// orders per month, the weeks around Tết, 8 March and 20 October, the lapsed
// regulars and each beautician's average rating. Never touches the demo's own
// database (port 54329) or its server (port 9000).
//   node scripts/seed/check-seed.mjs            migrate, seed once, report
//   node scripts/seed/check-seed.mjs --twice    and seed again (should skip in a second)
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pgClient from "pg"
import { ensureDatabase, startPostgres } from "../lib/postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const twice = process.argv.includes("--twice")
const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), "spa-crm-seed-check-"))
fs.chmodSync(clusterDir, 0o755)
// the demo's cluster listens on 54329: this one on another port, whatever is free
const pg = await startPostgres({ dataDir: path.join(clusterDir, "cluster"), ephemeral: true, preferredPort: 54417 })
if (pg.port === 54329) throw new Error("refusing to use the demo's port 54329")
const dbName = "spa_crm_seed_check"
await ensureDatabase(pg, dbName)
const env = { ...process.env, DATABASE_URL: pg.urlFor(dbName), MEDUSA_DISABLE_TELEMETRY: "true" }
const medusa = path.join(root, "node_modules", ".bin", "medusa")

const run = (args, runEnv) =>
  new Promise((resolve) => {
    const child = spawn(medusa, args, { cwd: root, env: runEnv, stdio: ["ignore", "inherit", "inherit"] })
    child.on("exit", (code) => resolve(code ?? 1))
  })
const timed = async (label, args, runEnv) => {
  const t = Date.now()
  const code = await run(args, runEnv)
  console.log(`${label}: ${((Date.now() - t) / 1000).toFixed(1)} s${code ? ` (exit ${code})` : ""}`)
  if (code) throw new Error(`${label} failed`)
}

/** A table of rows, as psql would print it. */
function print(title, rows) {
  console.log(`\n${title}`)
  if (!rows.length) return console.log("  (none)")
  const cols = Object.keys(rows[0])
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)))
  console.log("  " + cols.map((c, i) => c.padEnd(width[i])).join("  "))
  for (const r of rows) console.log("  " + cols.map((c, i) => String(r[c] ?? "").padEnd(width[i])).join("  "))
}

let failed = false
try {
  await timed("migrations", ["db:migrate"], { ...env, LOG_LEVEL: "error" })
  const seedEnv = { ...env, LOG_LEVEL: "warn", NODE_OPTIONS: "--no-deprecation" }
  await timed("seed (first run)", ["exec", "./scripts/seed/seed-demo.ts"], seedEnv)
  if (twice) await timed("seed (second run)", ["exec", "./scripts/seed/seed-demo.ts"], seedEnv)

  const db = new pgClient.Client({ connectionString: env.DATABASE_URL })
  await db.connect()
  const q = async (sql, params) => (await db.query(sql, params)).rows
  // the spa's clock: Ho Chi Minh City, UTC+7
  const local = "(placed_at at time zone 'Asia/Ho_Chi_Minh')"
  print(
    "orders per month (counted, spa time)",
    await q(`select to_char(${local}, 'YYYY-MM') as month, count(*)::int as orders,
                    count(distinct customer_id)::int as customers,
                    round(sum(net_spend) filter (where currency_code = 'vnd') / 1e6, 1) as vnd_millions,
                    round(sum(net_spend) filter (where currency_code = 'usd'), 0) as usd,
                    repeat('#', count(*)::int) as bar
             from facts_order where deleted_at is null and counted group by 1 order by 1`)
  )
  print(
    "orders per ISO week, January to March and October (spa time)",
    await q(`select to_char(date_trunc('week', ${local}), 'YYYY-MM-DD') as week_of, count(*)::int as orders, repeat('#', count(*)::int) as bar
             from facts_order where deleted_at is null and counted and extract(month from ${local}) in (1, 2, 3, 10)
             group by 1 order by 1`)
  )
  print(
    "lines sold per product type, as the order line keeps it (the analytics: Product = retail, else a service)",
    await q(`select coalesce(l.product_type, '(none)') as type, count(*)::int as lines, sum(i.quantity)::int as quantity
             from facts_order_item i join order_line_item l on l.id = i.item_id
             where i.deleted_at is null and i.counted group by 1 order by 2 desc`)
  )
  print(
    "lapsed regulars (4+ orders, none in the last 120 days)",
    await q(`select c.first_name || ' ' || c.last_name as customer, f.orders_count as orders,
                    to_char(f.first_order_at, 'YYYY-MM-DD') as first, to_char(f.last_order_at, 'YYYY-MM-DD') as last,
                    (current_date - f.last_order_at::date) as days_since, f.behaviour_class
             from facts_customer f join customer c on c.id = f.customer_id
             where f.deleted_at is null and f.orders_count >= 4 and f.last_order_at < now() - interval '120 days'
             order by f.orders_count desc`)
  )
  print(
    "ratings per beautician",
    await q(`select u.first_name as staff, count(*)::int as ratings, round(avg(fb.overall), 2) as overall,
                    round(avg(fb.staff_attitude), 2) as staff_attitude, round(avg(fb.service_quality), 2) as service,
                    count(*) filter (where fb.overall <= 2)::int as low
             from feedback fb join feedback_order_staff s on s.order_id = fb.order_id and s.deleted_at is null
             join "user" u on u.id = s.user_id
             where fb.deleted_at is null group by 1 order by 3 desc`)
  )
  print(
    "follow-ups",
    await q(`select case when closed_at is not null then 'done' when due_at < now() then 'overdue' else 'open' end as status, count(*)::int as n
             from feedback_follow_up where deleted_at is null group by 1 order by 1`)
  )
  await db.end()
} catch (e) {
  failed = true
  console.error(e.message)
} finally {
  await pg.stop()
  fs.rmSync(clusterDir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
