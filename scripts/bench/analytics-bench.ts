/**
 * The analytics benchmark (A1–A7), run by scripts/bench/run.mjs through
 * `medusa exec`:
 *  1. the spa of scripts/bench/bench-spa.ts (100,000 customers, about
 *     1,000,000 orders over three years, staff and ratings, facts rebuilt);
 *     the sets part's when it ran before in this database, else generated;
 *  2. each report over the last 12 months (in VND, days in Hồ Chí Minh City,
 *     compared with the 12 months before) timed three ways: the analytics
 *     module's report function (p50 of BENCH_ANALYTICS_RUNS runs after a
 *     warm-up); the floor, bare SQL aggregates over the same rows giving the
 *     same figures (checked equal), without the report's shaping; the naive
 *     way, Query over the orders (and ratings, staff, profiles) of a sample of
 *     customers computed in JavaScript, extrapolated to all customers.
 * A report that misses a target gets the plan of its slowest statement printed.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ANALYTICS_MODULE, type AnalyticsModuleService } from "../../src/modules/analytics"
import { ANALYTICS_REPORTS, type AnalyticsReport } from "../../src/types/analytics"
import { analyticsFloor, sameFigures } from "./analytics-floor"
import { naiveReport, type NaivePeriod } from "./analytics-naive"
import { CUSTOMERS, generateSpa, type Knex, line, SCALE, seconds, timed } from "./bench-spa"

const RUNS = Number(process.env.BENCH_ANALYTICS_RUNS || 7)
const NAIVE_SAMPLE = Number(process.env.BENCH_ANALYTICS_NAIVE_SAMPLE || 500)
const TZ = "Asia/Ho_Chi_Minh"
const CURRENCY = "vnd"
const REBOOK_DAYS = 60
const TARGET_MS = 1_000
const TARGET_RATIO = 2

export type BenchPeriod = {
  from: string
  to: string
  tz: string
  currency: string
  rebookDays: number
  /** the instants: the period's first, the one after its last day, the previous period's first */
  start: Date
  end: Date
  previousStart: Date
}

/** The last 12 months up to today in the spa's zone, and their instants as Postgres reads them. */
async function lastTwelveMonths(knex: Knex): Promise<BenchPeriod> {
  const { rows } = await knex.raw(
    `select to_char(d - 364, 'YYYY-MM-DD') as "from", to_char(d, 'YYYY-MM-DD') as "to",
            (d - 364)::timestamp at time zone ? as start, (d + 1)::timestamp at time zone ? as "end",
            (d - 729)::timestamp at time zone ? as previous_start
     from (select (now() at time zone ?)::date as d) x`,
    [TZ, TZ, TZ, TZ]
  )
  const r = rows[0]
  return { from: r.from, to: r.to, tz: TZ, currency: CURRENCY, rebookDays: REBOOK_DAYS, start: r.start, end: r.end, previousStart: r.previous_start }
}

/** Every statement the database runs while `fn` does, with its time: to show the plan of a slow report's slowest. */
async function statementsOf(knex: any, fn: () => Promise<unknown>) {
  const started = new Map<string, number>()
  const seen: { sql: string; bindings: unknown[]; ms: number }[] = []
  const onQuery = (q: any) => started.set(q.__knexQueryUid, performance.now())
  const onResponse = (_: unknown, q: any) => {
    const t = started.get(q.__knexQueryUid)
    if (t !== undefined) seen.push({ sql: q.sql, bindings: q.bindings ?? [], ms: performance.now() - t })
  }
  knex.on("query", onQuery).on("query-response", onResponse)
  try {
    await fn()
  } finally {
    knex.removeListener("query", onQuery)
    knex.removeListener("query-response", onResponse)
  }
  return seen.sort((a, b) => b.ms - a.ms)
}

const ms = (value: number) => (value >= 10_000 ? `${seconds(value)} s` : `${value.toFixed(0)} ms`)

export default async function analyticsBench({ container }: ExecArgs) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: [spa] } = await knex.raw(
    `select (select count(*) from customer where id like 'cus_s%')::int as customers, exists (select 1 from facts_order) as facts`
  )
  console.log(`\n6. analytics over 12 months on a spa of ${(spa.customers || CUSTOMERS).toLocaleString("en")} customers (scale ${SCALE})`)
  if (spa.customers && spa.facts) line("the spa", "the sets part's, reused")
  else await generateSpa(container)
  const { rows: [sizes] } = await knex.raw(
    `select (select count(*) from customer where id like 'cus_s%')::int as customers,
            (select count(*) from facts_order where deleted_at is null)::int as orders,
            (select count(*) from feedback where deleted_at is null)::int as ratings`
  )

  const period = await lastTwelveMonths(knex)
  const query = { from: period.from, to: period.to, tz: period.tz, currency: period.currency }
  const { rows: [inPeriod] } = await knex.raw(
    `select count(*)::int as n from facts_order where deleted_at is null and counted and currency_code = ? and placed_at >= ? and placed_at < ?`,
    [period.currency, period.start, period.end]
  )
  console.log(
    `  ${period.from} to ${period.to} (${TZ}, ${period.currency.toUpperCase()}): ${inPeriod.n.toLocaleString("en")} of ${sizes.orders.toLocaleString("en")} orders, ` +
      `${sizes.ratings.toLocaleString("en")} ratings; p50 of ${RUNS} runs after a warm-up`
  )

  const analytics: AnalyticsModuleService = container.resolve(ANALYTICS_MODULE)
  const sample = (await knex.raw(`select id from customer where id like 'cus_s%' order by id limit ?`, [NAIVE_SAMPLE])).rows.map((r) => r.id as string)
  const naivePeriod: NaivePeriod = { start: period.start, end: period.end, previousStart: period.previousStart, currency: period.currency, utcOffsetHours: 7, rebookDays: period.rebookDays }

  const rows: { report: AnalyticsReport; ours: number; floor: number; naive: number; same: string }[] = []
  const slow: { report: AnalyticsReport; statement: { sql: string; bindings: unknown[]; ms: number } }[] = []
  for (const report of ANALYTICS_REPORTS) {
    const ours = await timed(() => analytics.report(report, { ...query, rebook_days: period.rebookDays } as never), RUNS)
    const floor = await timed(() => analyticsFloor(knex, report, period), RUNS)
    const same = sameFigures(report, ours.result, floor.result)
    const naive = await naiveReport(container, report, sample, naivePeriod)
    const naiveMs = (naive.ms / sample.length) * sizes.customers
    rows.push({ report, ours: ours.ms, floor: floor.ms, naive: naiveMs, same })
    line(report, `ours ${ms(ours.ms)}, floor ${ms(floor.ms)}, naive ${ms(naiveMs)} (extrapolated)`)
    if (ours.ms >= TARGET_MS || ours.ms > TARGET_RATIO * floor.ms) {
      const [slowest] = await statementsOf(knex, () => analytics.report(report, { ...query, rebook_days: period.rebookDays } as never))
      if (slowest) slow.push({ report, statement: slowest })
    }
  }

  const table = [
    ["report", "ours p50", "floor p50", "ours ÷ floor", "naive", "speed-up", "< 1 s", "≤ 2× floor", "same figures as the floor"],
    ...rows.map((r) => [
      r.report, ms(r.ours), ms(r.floor), `${(r.ours / r.floor).toFixed(2)}×`, ms(r.naive), `${(r.naive / r.ours).toFixed(0)}×`,
      r.ours < TARGET_MS ? "met" : "NOT met", r.ours <= TARGET_RATIO * r.floor ? "met" : "NOT met", r.same,
    ]),
  ]
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)))
  console.log("")
  // the report's name to the left, the figures to the right, the last column as it is
  const cellOf = (cell: string, c: number) => (c === 0 ? cell.padEnd(widths[c]) : c === widths.length - 1 ? cell : cell.padStart(widths[c]))
  for (const row of table) console.log(`  ${row.map(cellOf).join("   ")}`)
  console.log(`  naive: Query over the orders (and ratings, staff, profiles) computed in JavaScript, on ${sample.length.toLocaleString("en")} customers, extrapolated to ${sizes.customers.toLocaleString("en")}`)
  for (const { report, statement } of slow) {
    // the statement as the driver ran it ($1, $2, … placeholders): through a connection of the pool
    const client = await (knex as any).client.acquireConnection()
    try {
      const plan = await client.query(`explain (analyze, buffers) ${statement.sql}`, statement.bindings)
      const file = path.join(os.tmpdir(), `spa-crm-analytics-${report}-plan.txt`)
      const lines = plan.rows.map((p: Record<string, string>) => p["QUERY PLAN"])
      fs.writeFileSync(file, `${statement.sql}\n\nbindings: ${JSON.stringify(statement.bindings)}\n\n${lines.join("\n")}\n`)
      console.log(`\n  ${report}: its slowest statement took ${ms(statement.ms)}; EXPLAIN (ANALYZE, BUFFERS) with the statement in ${file}`)
      console.log(`  ${statement.sql.replace(/\s+/g, " ").slice(0, 300)}…`)
      for (const l of lines) console.log(`    ${l}`)
    } finally {
      await (knex as any).client.releaseConnection(client)
    }
  }
}
