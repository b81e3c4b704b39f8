// Behaviour classes in the admin: a scored customer's class on her page, and
// Settings → Behaviour classes with its counts, class table and "Score now".
import path from "node:path"

/** A customer the demo's scoring gave a class, found through the admin API with the page's session. */
async function scoredCustomer(page, base) {
  for (let offset = 0; offset < 500; offset += 50) {
    const list = await page.request.get(`${base}/admin/customers?limit=50&offset=${offset}&fields=id,email`)
    if (!list.ok()) throw new Error(`GET /admin/customers: ${list.status()}`)
    const { customers } = await list.json()
    if (!customers.length) break
    for (const customer of customers) {
      const res = await page.request.get(`${base}/admin/customers/${customer.id}/behaviour`)
      if (!res.ok()) throw new Error(`GET /admin/customers/${customer.id}/behaviour: ${res.status()}`)
      const { behaviour } = await res.json()
      if (behaviour.behaviour_class) return { id: customer.id, behaviour }
    }
  }
  throw new Error("no customer has a behaviour class: did the demo seed run seedBehaviour?")
}

export default async function behaviour({ page, check, base, shots, tallScreenshot }) {
  console.log("\nBrowser test: behaviour classes")

  await check("shows a customer's behaviour class, scores and scoring time", async () => {
    const { id, behaviour } = await scoredCustomer(page, base)
    await page.goto(`${base}/app/customers/${id}`, { waitUntil: "domcontentloaded" })
    const widget = page.getByTestId("spa-crm-customer-behaviour-widget")
    await widget.getByTestId("spa-crm-behaviour-badge").waitFor()
    const scores = await widget.getByTestId("spa-crm-customer-behaviour-scores").textContent()
    const expected = [behaviour.recency_score, behaviour.frequency_score, behaviour.monetary_score].map((s) => `${s} / 5`)
    for (const score of expected) if (!scores.includes(score)) throw new Error(`scores read "${scores}", expected ${expected.join(", ")}`)
    await widget.getByTestId("spa-crm-customer-behaviour-scored-at").waitFor()
    await tallScreenshot("customer-behaviour.png")
  })

  await check("shows the counts per class and the class table in Settings → Behaviour classes", async () => {
    await page.goto(`${base}/app/settings/behaviour`, { waitUntil: "domcontentloaded" })
    await page.getByTestId("spa-crm-behaviour-settings").waitFor()
    const rows = page.getByTestId("spa-crm-behaviour-chart-row")
    await rows.first().waitFor()
    if ((await rows.count()) !== 10) throw new Error(`the chart has ${await rows.count()} classes, not 10`)
    const total = await page.getByTestId("spa-crm-behaviour-total").textContent()
    if (!/[1-9]/.test(total)) throw new Error(`the chart counts no customer: "${total}"`)
    if ((await page.getByTestId("spa-crm-behaviour-rule-row").count()) < 10) throw new Error("the class table lists fewer than 10 rules")
  })

  await check("scores again with Score now and shows the new scoring time", async () => {
    const lastScored = page.getByTestId("spa-crm-behaviour-last-scored")
    const before = await lastScored.textContent()
    const answered = page.waitForResponse((r) => r.url().endsWith("/admin/customer-behaviour/score") && r.request().method() === "POST")
    await page.getByTestId("spa-crm-behaviour-score-now").click()
    const res = await answered
    if (!res.ok()) throw new Error(`POST /admin/customer-behaviour/score: ${res.status()}`)
    const { scoring } = await res.json()
    if (!(scoring.scored > 0)) throw new Error(`the scoring scored ${scoring.scored} customers`)
    // the page reads the new run back (the time changes unless the same second)
    await page.waitForFunction(
      ([id, previous]) => document.querySelector(`[data-testid="${id}"]`)?.textContent !== previous,
      ["spa-crm-behaviour-last-scored", before],
      { timeout: 10_000 }
    ).catch(() => {})
    await page.setViewportSize({ width: 1440, height: 2400 })
    await page.screenshot({ path: path.join(shots, "behaviour-settings.png"), fullPage: true })
  })
}
