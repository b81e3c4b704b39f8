// Customer sets in the admin: the demo's sets listed, a new set built with the
// live count following every change, saved with exactly that many members.
import path from "node:path"

const countOf = async (page) => Number(await page.getByTestId("spa-crm-set-preview-count").getAttribute("data-count"))

/** The live count once it counts the rules on screen (it re-counts shortly after each change). */
const settledCount = async (page) => {
  await page.locator('[data-testid="spa-crm-set-preview"][data-settled="true"]').waitFor()
  return countOf(page)
}

export default async function customerSets({ page, check, base, stamp, shots, customerUrl }) {
  console.log("\nBrowser test: customer sets")

  await check("lists the demo's customer sets", async () => {
    await page.goto(`${base}/app/customer-sets`, { waitUntil: "domcontentloaded" })
    await page.getByTestId("spa-crm-customer-sets").waitFor()
    await page.getByTestId("spa-crm-set-link").first().waitFor()
    const names = await page.getByTestId("spa-crm-set-link").allTextContents()
    if (!names.some((n) => /January/i.test(n))) throw new Error(`no January birthdays set among: ${names.join(", ")}`)
    await page.screenshot({ path: path.join(shots, "customer-sets.png") })
  })

  let everyone
  let count
  await check("builds a set and sees its count change with each condition", async () => {
    await page.getByTestId("spa-crm-set-create").click()
    await page.getByTestId("spa-crm-set-editor").waitFor()
    // no condition yet: every customer
    everyone = await settledCount(page)
    if (!(everyone > 0)) throw new Error(`the empty set counts ${everyone} customers`)
    await page.getByTestId("spa-crm-set-name").fill(`Spring birthdays ${stamp}`)
    await page.getByTestId("spa-crm-set-rules-add-condition").click()
    // the new condition is on the birthday month; pick March, April and May
    for (const month of [3, 4, 5]) await page.getByTestId(`spa-crm-set-rules-0-value-choices-${month}`).click()
    count = await settledCount(page)
    if (!(count > 0 && count < everyone)) throw new Error(`spring birthdays count ${count} of ${everyone}`)
    // and sensitive or dry skin
    await page.getByTestId("spa-crm-set-rules-add-condition").click()
    await page.getByTestId("spa-crm-set-rules-1-field").click()
    await page.getByTestId("spa-crm-set-rules-1-field-option-skin_type").click()
    await page.getByTestId("spa-crm-set-rules-1-value-choices-sensitive").click()
    await page.getByTestId("spa-crm-set-rules-1-value-choices-dry").click()
    const narrower = await settledCount(page)
    if (!(narrower < count)) throw new Error(`adding the skin condition went from ${count} to ${narrower}`)
    count = narrower
    await page.screenshot({ path: path.join(shots, "customer-set-builder.png"), fullPage: true })
  })

  await check("saves the set with exactly the counted members", async () => {
    await page.getByTestId("spa-crm-set-save").click()
    await page.waitForURL(/\/customer-sets\/cset_/)
    const members = page.getByTestId("spa-crm-set-member-count")
    await members.waitFor()
    const saved = Number(await members.getAttribute("data-count"))
    if (saved !== count) throw new Error(`the saved set has ${saved} members, the preview counted ${count}`)
    await page.getByTestId("spa-crm-set-members").waitFor()
    if (count > 0) await page.getByTestId("spa-crm-set-members").locator("tbody tr").first().waitFor()
    await page.setViewportSize({ width: 1440, height: 2600 })
    await page.screenshot({ path: path.join(shots, "customer-set.png") })
    await page.setViewportSize({ width: 1440, height: 1100 })
  })

  await check("shows her sets on a customer's page", async () => {
    await page.goto(customerUrl, { waitUntil: "domcontentloaded" })
    await page.getByTestId("spa-crm-customer-sets-widget").waitFor()
  })
}
