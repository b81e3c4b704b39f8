// The HTTP part of `npm run bench`: the CRM's list routes beside Medusa's own
// /admin/customers on the same data, through a real server. Every route gets
// the same treatment: a warm-up, then its requests in several rounds whose
// order rotates (so a busy moment of the machine is shared, not pinned on one
// route), each round with CONCURRENCY requests in flight on keep-alive sockets.
import http from "node:http"
import os from "node:os"

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 50)
const REQUESTS = Number(process.env.BENCH_REQUESTS || 1000)
const ROUNDS = 5
const WARM_UP = 100
// Medusa's own list is the yardstick: ours should stay within this of its p95
const P95_TARGET = 1.2

/** GETs `path` on keep-alive sockets; resolves with the ms it took, rejects on anything but a 200. */
function get(agent, base, headers, path) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.get(new URL(path, base), { agent, headers }, (res) => {
      const chunks = []
      res.on("data", (c) => chunks.push(c))
      res.on("end", () => {
        if (res.statusCode !== 200) return reject(new Error(`${path}: ${res.statusCode} ${Buffer.concat(chunks).toString().slice(0, 200)}`))
        resolve({ ms: performance.now() - started, body: Buffer.concat(chunks) })
      })
    })
    req.on("error", reject)
  })
}

/** `count` requests, `concurrency` at a time; `pathOf(i)` names the i-th. */
async function burst(send, pathOf, count, concurrency = CONCURRENCY) {
  const latencies = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) latencies.push((await send(pathOf(next++))).ms)
    })
  )
  return { latencies, ms: performance.now() - started }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export async function benchRoutes({ base, authorization }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  const headers = { authorization }
  const send = (path) => get(agent, base, headers, path)
  const json = async (path) => JSON.parse((await send(path)).body.toString())

  const { customers } = await json("/admin/customers?limit=1000&fields=id")
  const { tags } = await json("/admin/crm/tags?limit=100")
  // the two most used tags, "any" of them: the filter a receptionist uses most
  const popular = [...tags].sort((a, b) => (b.customer_count ?? 0) - (a.customer_count ?? 0)).slice(0, 2)
  const routes = [
    { name: "Medusa GET /admin/customers", path: () => "/admin/customers?limit=50" },
    { name: "GET /admin/crm/customers", path: () => "/admin/crm/customers?limit=50" },
    {
      name: `GET /admin/crm/customers?tag_id= (${popular.length} tags)`,
      path: () => `/admin/crm/customers?limit=50&tag_id=${popular.map((t) => t.id).join(",")}`,
    },
    // a different member each request, round the whole list
    { name: "GET /admin/customers/:id/loyalty", path: (i) => `/admin/customers/${customers[i % customers.length].id}/loyalty` },
  ]
  const [, plain, filtered] = await Promise.all(routes.slice(0, 3).map((r) => json(r.path(0))))

  console.log(
    `\n4. admin routes under load: ${CONCURRENCY} requests in flight, ${REQUESTS} a route in ${ROUNDS} rounds after ${WARM_UP} to warm up` +
      ` (${customers.length} customers; a page is ${plain.customers.length} of ${plain.count}, tag filter ${filtered.count}; load ${os.loadavg()[0].toFixed(2)})`
  )
  for (const route of routes) await burst(send, route.path, WARM_UP)

  const results = new Map(routes.map((r) => [r, { latencies: [], ms: 0, roundP95: [] }]))
  let offset = 0
  for (let round = 0; round < ROUNDS; round++) {
    const count = Math.round(REQUESTS / ROUNDS)
    for (let k = 0; k < routes.length; k++) {
      const route = routes[(k + round) % routes.length]
      const { latencies, ms } = await burst(send, (i) => route.path(offset + i), count)
      const result = results.get(route)
      result.latencies.push(...latencies)
      result.ms += ms
      result.roundP95.push(percentile([...latencies].sort((a, b) => a - b), 95))
    }
    offset += count
  }
  agent.destroy()

  const figures = routes.map((route) => {
    const { latencies, ms, roundP95 } = results.get(route)
    const sorted = [...latencies].sort((a, b) => a - b)
    return { route, n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), rate: (sorted.length / ms) * 1000, roundP95 }
  })
  const medusa = figures[0]
  console.log(`  ${"route".padEnd(46)} ${"requests".padStart(8)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"req/s".padStart(7)}   p95 ÷ Medusa's (each round's)`)
  for (const f of figures) {
    const ratio = f.p95 / medusa.p95
    // how far the rounds spread: a busy moment of the machine shows here
    const rounds = f.roundP95.map((p95, round) => p95 / medusa.roundP95[round])
    const spread = `${Math.min(...rounds).toFixed(2)}–${Math.max(...rounds).toFixed(2)}`
    const verdict = f === medusa ? "" : `${ratio.toFixed(2)}× (${spread})  target ≤ ${P95_TARGET}×: ${ratio <= P95_TARGET ? "met" : "NOT met"}`
    console.log(
      `  ${f.route.name.padEnd(46)} ${String(f.n).padStart(8)} ${`${f.p50.toFixed(0)} ms`.padStart(8)} ${`${f.p95.toFixed(0)} ms`.padStart(8)} ${f.rate.toFixed(0).padStart(7)}   ${verdict}`
    )
  }
  return figures
}
