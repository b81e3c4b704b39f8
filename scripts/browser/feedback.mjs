// Feedback and follow-ups in the admin: the Feedback page's averages and rows,
// the overdue follow-ups with one closed from its drawer, and an order page
// showing its rating and who served it. Needs the demo seeded by seedFeedback.

/** A GET of the admin API with the page's session. */
async function adminGet(page, base, url) {
  const res = await page.request.get(`${base}${url}`)
  if (!res.ok()) throw new Error(`GET ${url}: ${res.status()}`)
  return res.json()
}

export default async function feedback({ page, check, base, stamp, tallScreenshot }) {
  console.log("\nBrowser test: feedback and follow-ups")

  await check("shows the feedback averages per dimension and the rated orders", async () => {
    const { count } = await adminGet(page, base, "/admin/feedback?limit=1")
    if (!count) throw new Error("no feedback: did the demo seed run seedFeedback?")
    await page.goto(`${base}/app/feedback`, { waitUntil: "domcontentloaded" })
    await page.getByTestId("spa-crm-feedback-page").waitFor()
    const bars = page.getByTestId("spa-crm-feedback-average")
    await bars.first().waitFor()
    if ((await bars.count()) !== 5) throw new Error(`the averages show ${await bars.count()} bars, not 5 (overall and 4 dimensions)`)
    const shown = await page.getByTestId("spa-crm-feedback-count").textContent()
    if (!shown.includes(String(count))) throw new Error(`the page counts "${shown}", the API ${count}`)
    const rows = page.getByTestId("spa-crm-feedback-ratings")
    await rows.first().waitFor()
    if ((await rows.count()) < Math.min(count, 20)) throw new Error(`the table shows ${await rows.count()} ratings of ${count}`)
    await tallScreenshot("feedback.png")
  })

  await check("lists overdue follow-ups in red and closes one with an outcome", async () => {
    const { count } = await adminGet(page, base, "/admin/follow-ups?status=overdue&limit=1")
    if (!count) throw new Error("no overdue follow-up: did the demo seed run seedFeedback?")
    await page.goto(`${base}/app/follow-ups?status=overdue`, { waitUntil: "domcontentloaded" })
    await page.getByTestId("spa-crm-follow-ups-page").waitFor()
    await page.getByTestId("spa-crm-follow-up-overdue").first().waitFor()
    await tallScreenshot("follow-ups-overdue.png")

    await page.getByTestId("spa-crm-follow-up-close").first().click()
    await page.getByTestId("spa-crm-follow-up-close-drawer").waitFor()
    const outcome = `Called her back, offered a free head massage ${stamp}`
    await page.getByTestId("spa-crm-follow-up-outcome").fill(outcome)
    const answered = page.waitForResponse((r) => /\/admin\/follow-ups\/[^/]+\/close$/.test(r.url()) && r.request().method() === "POST")
    await page.getByTestId("spa-crm-follow-up-close-submit").click()
    const res = await answered
    if (!res.ok()) throw new Error(`POST close: ${res.status()}`)
    const { follow_up } = await res.json()
    if (follow_up.status !== "done" || !follow_up.touch_point_id) throw new Error(`closed as ${JSON.stringify(follow_up)}`)

    await page.getByTestId("spa-crm-follow-ups-tab-done").click()
    await page.getByText(outcome).first().waitFor()
    const { touch_points } = await adminGet(page, base, `/admin/customers/${follow_up.customer_id}/touch-points?limit=5`)
    if (!touch_points.some((tp) => tp.summary === outcome)) throw new Error("the outcome is not on her touch-points")
  })

  await check("shows an order's rating and who served it on the order page", async () => {
    const { feedback: [rated] } = await adminGet(page, base, "/admin/feedback?limit=1")
    await page.goto(`${base}/app/orders/${rated.order_id}`, { waitUntil: "domcontentloaded" })
    const widget = page.getByTestId("spa-crm-order-feedback")
    await widget.getByTestId("spa-crm-order-feedback-rating").waitFor()
    const overall = await widget.locator(`[data-value="${rated.overall}"]`).count()
    if (!overall) throw new Error(`the widget does not show the overall rating ${rated.overall}`)
    const staff = await widget.getByTestId("spa-crm-order-staff").textContent()
    for (const member of rated.staff) {
      if (member.first_name && !staff.includes(member.first_name)) throw new Error(`"Served by" reads "${staff}", missing ${member.first_name}`)
    }
    await tallScreenshot("order-feedback.png")
  })
}
