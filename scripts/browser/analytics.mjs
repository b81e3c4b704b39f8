// Analytics in the admin: the page from the sidebar, its KPI cards and charts
// drawn, another period's figures, the days-since-last-visit buckets, a CSV
// export (UTF-8 with its BOM, so Excel reads Vietnamese names), and a customer
// set made from a bucket. Needs the demo's year of orders.
import fs from "node:fs"

const PANEL = '[data-testid="spa-crm-analytics-panel"]'

/**
 * The open tab once every query has its answer for the filters on screen;
 * `notFrom` waits for a period other than the one shown before a change.
 */
async function settled(page, report, { notFrom } = {}) {
  const selector = `${PANEL}[data-report="${report}"][data-settled="true"]${notFrom ? `:not([data-from="${notFrom}"])` : ""}`
  await page.locator(selector).waitFor({ timeout: 60_000 })
  return page.locator(PANEL)
}

const kpiValue = async (page, testId) => Number(await page.getByTestId(testId).getAttribute("data-kpi-value"))

/** A recharts chart with its bars or line drawn (not only its axes). */
async function drawn(page, testId) {
  const chart = page.getByTestId(testId)
  await chart.locator("svg.recharts-surface").first().waitFor()
  const marks = chart.locator("svg.recharts-surface :is(.recharts-bar-rectangle path, .recharts-rectangle, path.recharts-curve)")
  await marks.first().waitFor()
  return marks.count()
}

async function pick(page, triggerTestId, optionTestId) {
  await page.getByTestId(triggerTestId).click()
  await page.getByTestId(optionTestId).click()
}

export default async function analytics({ page, check, base, tallScreenshot }) {
  console.log("\nBrowser test: analytics")

  await check("opens Analytics from the sidebar and sees KPI cards with numbers and the revenue chart drawn", async () => {
    await page.goto(`${base}/app/orders`, { waitUntil: "domcontentloaded" })
    await page.locator('a[href="/app/analytics"]').first().click()
    await page.waitForURL(/\/app\/analytics/)
    await settled(page, "overview")
    // four cards, each with a figure
    const cards = page.getByTestId("spa-crm-analytics-kpis").getByTestId("spa-crm-analytics-kpi-value")
    if ((await cards.count()) !== 4) throw new Error(`the overview shows ${await cards.count()} KPI cards, not 4`)
    for (const text of await cards.allTextContents()) {
      if (!/\d/.test(text)) throw new Error(`a KPI card reads "${text}"`)
    }
  })

  let from30
  let revenue30
  await check("switches to the last 12 months and sees the figures reload for the longer period", async () => {
    from30 = await page.locator(PANEL).getAttribute("data-from")
    revenue30 = await kpiValue(page, "spa-crm-analytics-kpi-revenue")
    const asked = page.waitForResponse((r) => r.url().includes("/admin/crm/analytics/overview") && !r.url().includes(`from=${from30}`))
    await pick(page, "spa-crm-analytics-preset", "spa-crm-analytics-preset-last_12_months")
    const res = await asked
    if (!res.ok()) throw new Error(`GET ${res.url()}: ${res.status()}`)
    await settled(page, "overview", { notFrom: from30 })
    const revenue = await kpiValue(page, "spa-crm-analytics-kpi-revenue")
    const transactions = await kpiValue(page, "spa-crm-analytics-kpi-transactions")
    if (!(revenue > 0 && transactions > 0)) throw new Error(`12 months: revenue ${revenue}, transactions ${transactions}`)
    if (!(revenue > revenue30)) throw new Error(`12 months' revenue ${revenue} is not above the last 30 days' ${revenue30}`)
    const marks = await drawn(page, "spa-crm-analytics-chart-revenue")
    if (marks < 6) throw new Error(`the revenue chart draws ${marks} marks for 12 months`)
    // the best sellers list what the demo sold
    await page.getByTestId("spa-crm-analytics-top-services-row").first().waitFor()
    await tallScreenshot("analytics-overview.png")
  })

  let buckets
  await check("opens Days since last visit and sees the buckets add up to the customers with a visit", async () => {
    await page.getByTestId("spa-crm-analytics-tab-recency").click()
    await settled(page, "recency")
    const cards = page.getByTestId("spa-crm-analytics-bucket")
    if ((await cards.count()) !== 5) throw new Error(`${await cards.count()} bucket cards, not 5`)
    buckets = []
    for (const card of await cards.all()) buckets.push({ bucket: await card.getAttribute("data-bucket"), count: Number(await card.getAttribute("data-count")) })
    const total = await kpiValue(page, "spa-crm-analytics-kpi-recency-total")
    const sum = buckets.reduce((s, b) => s + b.count, 0)
    if (!(total > 0) || sum !== total) throw new Error(`the buckets ${JSON.stringify(buckets)} add up to ${sum}, the total reads ${total}`)
    const marks = await drawn(page, "spa-crm-analytics-chart-recency")
    if (marks < 1) throw new Error("the recency chart draws no bar")
    await page.getByTestId("spa-crm-analytics-recency-link").first().waitFor()
    await tallScreenshot("analytics-recency.png")
  })

  await check("exports the customers as CSV, UTF-8 with its BOM, one line per customer", async () => {
    const listed = Number(await page.getByTestId("spa-crm-analytics-recency-count").getAttribute("data-count"))
    const download = page.waitForEvent("download")
    await page.getByTestId("spa-crm-analytics-export-recency").click()
    const file = await (await download).path()
    const bytes = fs.readFileSync(file)
    if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) throw new Error(`the CSV starts with ${[...bytes.subarray(0, 3)].map((b) => b.toString(16)).join(" ")}, not the UTF-8 BOM`)
    const lines = bytes.subarray(3).toString("utf8").split(/\r?\n/).filter(Boolean)
    if (!lines[0].includes("customer_id")) throw new Error(`the CSV's header is "${lines[0]}"`)
    // quoted fields may hold line breaks, so at least, not exactly
    if (lines.length - 1 < listed) throw new Error(`the CSV has ${lines.length - 1} rows, the page lists ${listed} customers`)
  })

  await check("makes a customer set from the biggest bucket and opens it with its members", async () => {
    const biggest = buckets.reduce((a, b) => (b.count > a.count ? b : a))
    const from = await page.locator(PANEL).getAttribute("data-from")
    await page.locator(`[data-testid="spa-crm-analytics-bucket"][data-bucket="${biggest.bucket}"]`).click()
    await page.locator(`${PANEL}[data-settled="true"] [data-testid="spa-crm-analytics-recency-count"][data-count="${biggest.count}"]`).waitFor()
    if ((await page.locator(PANEL).getAttribute("data-from")) !== from) throw new Error("picking a bucket changed the period")
    const created = page.waitForResponse((r) => r.url().endsWith("/admin/customer-sets") && r.request().method() === "POST")
    await page.getByTestId("spa-crm-analytics-make-set").click()
    const res = await created
    if (!res.ok()) throw new Error(`POST /admin/customer-sets: ${res.status()} ${await res.text()}`)
    const { customer_set } = await res.json()
    const rule = customer_set.rules.rules[0]
    if (rule.field !== "days_since_last_order") throw new Error(`the set's rule is ${JSON.stringify(rule)}`)
    await page.waitForURL(/\/customer-sets\/cset_/)
    const members = page.getByTestId("spa-crm-set-member-count")
    await members.waitFor()
    const count = Number(await members.getAttribute("data-count"))
    if (!(count > 0)) throw new Error(`the set made from ${biggest.bucket} (${biggest.count} customers in the report) has ${count} members`)
  })
}
