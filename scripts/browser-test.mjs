#!/usr/bin/env node
// `npm run test:browser`: starts the demo (its own cluster in .data/browser-test,
// so your demo data stays as it is), then drives the real admin in Debian's
// Chromium as a front-desk employee would, and saves screenshots in artifacts/.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright-core"
import { freePort } from "./lib/postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const shots = path.join(root, "artifacts", "browser")
fs.mkdirSync(shots, { recursive: true })
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const admin = { email: "admin@lotus-spa.test", password: "lotus-spa-demo" }
const results = []

function startDemo(port) {
  const demo = spawn(process.execPath, [path.join(root, "scripts", "demo.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), SPA_CRM_DATA_DIR: path.join(root, ".data", "browser-test") },
    stdio: ["ignore", "pipe", "inherit"],
  })
  const ready = new Promise((resolve, reject) => {
    let out = ""
    demo.stdout.on("data", (d) => {
      process.stdout.write(d)
      out = (out + d).slice(-4000)
      // the banner is written at once: the storefront's address and member come with it
      if (out.includes("demo is ready")) {
        const storefront = /Storefront\s+(http\S+)/.exec(out)?.[1]
        const member = /Gold member\s+(\S+) \/ (\S+)/.exec(out)
        resolve({ storefront, member: member ? { email: member[1], password: member[2] } : null })
      }
    })
    demo.on("exit", (code) => reject(new Error(`the demo exited (${code}) before it was ready`)))
  })
  return { demo, ready }
}

async function check(name, fn) {
  const t = Date.now()
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`  ✓ ${name} (${Date.now() - t} ms)`)
  } catch (e) {
    results.push({ name, ok: false })
    console.log(`  ✕ ${name}\n    ${e.message.split("\n").join("\n    ")}`)
    throw e
  }
}

const port = await freePort(9000)
const base = `http://localhost:${port}`
const { demo, ready } = startDemo(port)
let browser
let failed = false
try {
  const { storefront, member } = await ready
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
  const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } })
  page.setDefaultTimeout(30000)
  const stamp = Date.now().toString(36)
  // the dashboard scrolls inside its own frame: a tall window shows the whole page
  const tallScreenshot = async (file) => {
    await page.setViewportSize({ width: 1440, height: 3200 })
    await page.waitForTimeout(800)
    await page.screenshot({ path: path.join(shots, file) })
    await page.setViewportSize({ width: 1440, height: 1100 })
  }

  console.log("\nBrowser test: the CRM in the Medusa admin")
  await check("logs into the demo admin", async () => {
    await page.goto(`${base}/app/login`, { waitUntil: "domcontentloaded", timeout: 120000 })
    await page.fill('input[name="email"]', admin.email)
    await page.fill('input[name="password"]', admin.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes("/login"), { timeout: 60000 })
  })

  let customerUrl
  await check("opens a customer and sees her CRM profile", async () => {
    await page.goto(`${base}/app/customers`, { waitUntil: "domcontentloaded" })
    await page.locator("table tbody tr").first().click()
    await page.getByTestId("spa-crm-profile").waitFor()
    customerUrl = page.url()
  })

  await check("edits her profile", async () => {
    await page.getByTestId("spa-crm-profile-edit").click()
    const occupation = page.getByTestId("spa-crm-profile-field-occupation")
    await occupation.fill(`Yoga teacher ${stamp}`)
    await page.getByTestId("spa-crm-profile-save").click()
    await page.getByTestId("spa-crm-profile").getByText(`Yoga teacher ${stamp}`).waitFor()
  })

  await check("adds a tag", async () => {
    const tags = page.getByTestId("spa-crm-tags-source")
    const before = await tags.getByTestId("spa-crm-tag").count()
    await page.getByTestId("spa-crm-tag-add").click()
    await page.getByTestId("spa-crm-tag-option").first().click()
    await tags.getByTestId("spa-crm-tag").nth(before).waitFor()
  })

  await check("logs a call", async () => {
    await page.getByTestId("spa-crm-touch-point-log").click()
    await page.getByTestId("spa-crm-touch-point-type").click()
    await page.getByTestId("spa-crm-touch-point-type-option-call").click()
    await page.getByTestId("spa-crm-touch-point-summary").fill(`Called to confirm Saturday massage ${stamp}`)
    await page.getByTestId("spa-crm-touch-point-save").click()
    await page.getByTestId("spa-crm-touch-point-item").filter({ hasText: stamp }).first().waitFor()
  })

  await check("saves a screenshot of the customer page", async () => {
    await tallScreenshot("customer-crm.png")
  })

  await check("opens the CRM settings page", async () => {
    await page.goto(`${base}/app/settings/crm`, { waitUntil: "domcontentloaded" })
    await page.getByTestId("spa-crm-settings").waitFor()
    await page.screenshot({ path: path.join(shots, "crm-settings.png"), fullPage: true })
  })

  console.log("\nBrowser test: leads from another system, with an intake key")
  const keyName = `Browser test ${stamp}`
  const keyRow = () =>
    page.locator("tbody tr").filter({ has: page.getByTestId("spa-crm-intake-key-row").filter({ hasText: keyName }) })
  let intakeToken
  // what a booking widget on the spa's website does: no admin session, only the key
  const postLead = (body) =>
    fetch(`${base}/intake/leads`, {
      method: "POST",
      headers: { authorization: `Bearer ${intakeToken}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    })
  const lead = { external_id: `browser-test-${stamp}-1`, email: "browser.lead@example.vn", first_name: "Trang" }

  await check("creates an intake key for the Website source and sees its token once", async () => {
    await page.getByTestId("spa-crm-settings-tab-intake-keys").click()
    await page.getByTestId("spa-crm-settings-intake-keys").waitFor()
    await page.getByTestId("spa-crm-intake-key-create").click()
    await page.getByTestId("spa-crm-intake-key-name").fill(keyName)
    await page.getByTestId("spa-crm-intake-key-source").click()
    await page.getByRole("option", { name: "Website", exact: true }).click()
    await page.getByTestId("spa-crm-intake-key-save").click()
    const token = page.getByTestId("spa-crm-intake-key-token")
    await token.waitFor()
    intakeToken = (await token.textContent()).trim()
    if (!/^lik_\S{16,}$/.test(intakeToken)) throw new Error(`the dialog shows "${intakeToken}", not a lik_… token`)
    const example = await page.getByTestId("spa-crm-intake-key-example").textContent()
    if (!example.includes(`${base}/intake/leads`) || !example.includes(`Bearer ${intakeToken}`)) {
      throw new Error(`the curl example does not post to ${base}/intake/leads with the token:\n${example}`)
    }
    // the create drawer gone, the token dialog alone on screen
    await page.getByTestId("spa-crm-intake-key-save").waitFor({ state: "detached" })
    await page.screenshot({ path: path.join(shots, "crm-intake-key-token.png") })
    await page.getByTestId("spa-crm-intake-key-token-done").click()
    await token.waitFor({ state: "detached" })
    // from now on the admin shows its last four characters only
    await keyRow().getByText(`lik_…${intakeToken.slice(-4)}`).waitFor()
    if ((await page.content()).includes(intakeToken)) throw new Error("the token is still on the page once its dialog is closed")
  })

  let leadCustomerId
  await check("posts a lead with the key from outside the admin (200)", async () => {
    const res = await postLead(lead)
    if (res.status !== 200) throw new Error(`POST /intake/leads answered ${res.status}: ${await res.text()}`)
    const answer = await res.json()
    leadCustomerId = answer.customer?.id
    if (!leadCustomerId) throw new Error(`the answer names no customer: ${JSON.stringify(answer)}`)
  })

  await check("a second lead naming her otherwise shows on her touch-points, her name kept", async () => {
    const res = await postLead({ ...lead, external_id: `browser-test-${stamp}-2`, first_name: "Thu" })
    if (res.status !== 200) throw new Error(`POST /intake/leads answered ${res.status}: ${await res.text()}`)
    await page.goto(`${base}/app/customers/${leadCustomerId}`, { waitUntil: "domcontentloaded" })
    const difference = page.getByTestId("spa-crm-touch-point-differences").first().locator('[data-field="first_name"]')
    await difference.waitFor()
    const text = await difference.textContent()
    if (!/Trang\s*→\s*Thu/.test(text)) throw new Error(`the touch-point says "${text}", not "Trang → Thu"`)
    await tallScreenshot("customer-lead-differences.png")
  })

  await check("revokes the key in the admin; the same token then answers 401", async () => {
    await page.goto(`${base}/app/settings/crm?tab=intake-keys`, { waitUntil: "domcontentloaded" })
    await keyRow().getByTestId("spa-crm-intake-key-row-actions").click()
    await page.getByTestId("spa-crm-intake-key-revoke").click()
    // the dashboard's confirmation prompt
    await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click()
    await keyRow().locator('[data-testid="spa-crm-intake-key-status"][data-status="revoked"]').waitFor()
    const res = await postLead(lead)
    if (res.status !== 401) throw new Error(`a revoked key's lead answered ${res.status}, not 401: ${await res.text()}`)
    await page.screenshot({ path: path.join(shots, "crm-intake-keys.png"), fullPage: true })
  })

  console.log("\nBrowser test: loyalty in the Medusa admin")
  const balance = async () => Number(await page.getByTestId("spa-crm-loyalty-balance").getAttribute("data-value"))

  let balanceBefore
  await check("sees the same customer's loyalty balance", async () => {
    await page.goto(customerUrl, { waitUntil: "domcontentloaded" })
    await page.getByTestId("spa-crm-loyalty-balance").waitFor()
    balanceBefore = await balance()
    if (!Number.isInteger(balanceBefore)) throw new Error(`the balance shows no number (${balanceBefore})`)
    await page.getByTestId("spa-crm-loyalty-tier").waitFor()
    await page.getByTestId("spa-crm-loyalty-progress").waitFor()
  })

  await check("adjusts her points by +50 with an internal note and a message to her", async () => {
    await page.getByTestId("spa-crm-loyalty-adjust").click()
    await page.getByTestId("spa-crm-loyalty-adjust-points").fill("50")
    // the note is required: saving without it keeps the drawer open
    await page.getByTestId("spa-crm-loyalty-adjust-save").click()
    await page.locator('[data-testid="spa-crm-loyalty-adjust-note"][aria-invalid="true"]').waitFor()
    await page.getByTestId("spa-crm-loyalty-adjust-note").fill(`Late appointment, approved by the manager ${stamp}`)
    await page.getByTestId("spa-crm-loyalty-adjust-reason").fill(`Goodwill gesture ${stamp}`)
    await page.getByTestId("spa-crm-loyalty-adjust-save").click()
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="spa-crm-loyalty-balance"]')?.getAttribute("data-value") === String(expected),
      balanceBefore + 50
    )
    const entry = page.getByTestId("spa-crm-loyalty-entry").filter({ hasText: `Goodwill gesture ${stamp}` }).first()
    await entry.waitFor()
    const points = await entry.getByTestId("spa-crm-loyalty-entry-points").getAttribute("data-value")
    if (points !== "50") throw new Error(`the new entry shows ${points} points, not 50`)
    // staff see the internal note under what the member reads
    const note = await entry.getByTestId("spa-crm-loyalty-entry-note").textContent()
    if (!note.includes(`approved by the manager ${stamp}`)) throw new Error(`the entry shows the note "${note}"`)
  })

  await check("saves a screenshot of the customer's loyalty", async () => {
    await tallScreenshot("customer-loyalty.png")
  })

  await check("lists the demo orders as paid (captured) and fulfilled", async () => {
    await page.goto(`${base}/app/orders`, { waitUntil: "domcontentloaded" })
    const rows = page.locator("table tbody tr")
    await rows.first().waitFor()
    // Medusa's own status badges ("Captured" is its word for a payment taken); "Not fulfilled" is lower-case
    const captured = await rows.filter({ hasText: "Captured" }).count()
    const fulfilled = await rows.filter({ hasText: /Fulfilled/ }).count()
    const total = await rows.count()
    if (captured < total / 2) throw new Error(`${captured} of ${total} orders show a captured payment`)
    if (fulfilled < total / 2) throw new Error(`${fulfilled} of ${total} orders show as fulfilled`)
    await page.screenshot({ path: path.join(shots, "orders.png") })
  })

  await check("opens a demo order and sees its points", async () => {
    await page.goto(`${base}/app/orders`, { waitUntil: "domcontentloaded" })
    await page.locator("table tbody tr").first().click()
    const widget = page.getByTestId("spa-crm-order-loyalty")
    await widget.waitFor()
    const earned = widget.getByTestId("spa-crm-order-loyalty-earned")
    const empty = widget.getByTestId("spa-crm-order-loyalty-empty")
    await earned.or(empty).first().waitFor()
    if (await earned.count()) {
      const points = Number(await earned.locator("[data-value]").getAttribute("data-value"))
      if (!(points > 0)) throw new Error(`the order shows ${points} points earned`)
      await widget.getByTestId("spa-crm-order-loyalty-entry").first().waitFor()
    } else {
      console.log("    note: this order has no points yet (the demo seed has not awarded it); the widget shows its empty state")
    }
    await tallScreenshot("order-loyalty.png")
  })

  await check("opens the loyalty settings: five tiers and the members chart", async () => {
    await page.goto(`${base}/app/settings/loyalty`, { waitUntil: "domcontentloaded" })
    await page.getByTestId("spa-crm-loyalty-settings").waitFor()
    await page.getByTestId("spa-crm-loyalty-tier-row").first().waitFor()
    const tiers = await page.getByTestId("spa-crm-loyalty-tier-row").count()
    if (tiers !== 5) throw new Error(`the tiers table has ${tiers} rows, not 5`)
    const bars = await page.getByTestId("spa-crm-loyalty-tier-chart").getByTestId("spa-crm-loyalty-tier-chart-row").count()
    if (bars !== 5) throw new Error(`the members chart has ${bars} bars, not 5`)
    await tallScreenshot("loyalty-settings.png")
  })

  // each later area's checks live in scripts/browser/<area>.mjs, run in name order
  const areas = path.join(root, "scripts", "browser")
  for (const file of fs.readdirSync(areas).filter((f) => f.endsWith(".mjs")).sort()) {
    const { default: run } = await import(path.join(areas, file))
    await run({ page, check, base, stamp, shots, tallScreenshot, customerUrl, browser, storefront, member })
  }
} catch (e) {
  failed = true
  if (!results.length || results.at(-1).ok) console.error(`\n✖ ${e.message}`)
  try {
    const pages = browser?.contexts()[0]?.pages() ?? []
    if (pages[0]) await pages[0].screenshot({ path: path.join(shots, "failure.png"), fullPage: true })
  } catch {}
} finally {
  await browser?.close()
  if (demo.exitCode === null) {
    const exited = new Promise((r) => demo.once("exit", r))
    demo.kill("SIGINT")
    await exited
  }
}
const passed = results.filter((r) => r.ok).length
console.log(`\nbrowser: ${passed} passed, ${results.length - passed} failed; screenshots in ${path.relative(root, shots)}/`)
process.exit(failed ? 1 : 0)
