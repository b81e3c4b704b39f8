/**
 * Proves the README's "Beside Medusa's official loyalty plugin": our package and
 * `@medusajs/loyalty-plugin@2.21.1` (gift cards, store credit) installed in one
 * host application, booted with `medusa start`, and one checkout paid with a
 * gift card, points and money, through HTTP only. Medusa allows one handler per
 * workflow hook across every plugin: two plugins on the same hook don't boot.
 */
import { createHostStorefront, type HostApp, registerHostShopper, registryTarball, signInStaff, startHostApp } from "../helpers/host-app"

jest.setTimeout(600_000)

const OFFICIAL = { name: "@medusajs/loyalty-plugin", version: "2.21.1" }
const admin = { email: "owner@host.test", password: "host-secret-1" }

describe("beside Medusa's official loyalty plugin (gift cards, store credit) in one host application", () => {
  let host: HostApp

  const ok: HostApp["ok"] = (...args) => host.ok(...args)

  beforeAll(async () => {
    host = await startHostApp("beside-official-loyalty-host", {
      packages: [{ ...OFFICIAL, tarball: registryTarball(OFFICIAL.name, OFFICIAL.version) }],
      admin,
    })
  })

  afterAll(async () => {
    await host?.stop()
  })

  it("boots with both plugins: neither registers a hook the other one does", () => {
    expect(host.log(1000)).not.toContain("Cannot define multiple hook handlers")
  })

  it("serves each plugin's own module: Medusa keeps one module per name across plugins", async () => {
    const staff = await signInStaff(host, admin)
    // the points programme's settings (our module) and the gift cards (the official plugin's "loyalty" module)
    expect((await ok("GET", "/admin/loyalty/settings", undefined, staff)).settings).toEqual(expect.objectContaining({ max_redeem_percent: 50 }))
    expect(await ok("GET", "/admin/gift-cards", undefined, staff)).toEqual(expect.objectContaining({ gift_cards: [] }))
  })

  it("places one order paid with a gift card, points and money: each plugin debits its own credit once", async () => {
    // the staff: a storefront selling a 1,000,000 VND treatment (no shipping), and the programme's rules
    const staff = await signInStaff(host, admin)
    await ok("POST", "/admin/loyalty/settings", { signup_bonus: 0, point_values: { vnd: 500 }, min_redeem_points: 100, max_redeem_percent: 50 }, staff)
    const store = await createHostStorefront(host, staff, { title: "Hot stone massage", price: 1_000_000 })
    const { gift_card } = await ok("POST", "/admin/gift-cards", { code: "SPA-GIFT-300K", currency_code: "vnd", value: 300_000 }, staff)

    // the shopper registers, and the staff gives her 1,000 points (worth 500,000 VND)
    const { storefront } = store
    const { customer_id, headers: linh } = await registerHostShopper(host, store, "linh@host.test")
    await ok("POST", `/admin/customers/${customer_id}/loyalty/adjustments`, { points: 1000, note: "Welcome gift from the owner" }, staff)
    expect((await ok("GET", "/store/customers/me/loyalty", undefined, linh)).loyalty.spendable).toBe(1000)

    // two treatments (2,000,000), the gift card (official plugin's store API), then 1,000 points (ours)
    const { cart } = await ok("POST", "/store/carts", { region_id: store.region_id }, linh)
    const added = await ok("POST", `/store/carts/${cart.id}/line-items`, { variant_id: store.variant_id, quantity: 2 }, linh)
    const withGiftCard = await ok("POST", `/store/carts/${cart.id}/gift-cards`, { code: gift_card.code }, linh)
    expect(withGiftCard.cart.total).toBe(1_700_000)
    const withPoints = await ok("POST", `/store/carts/${cart.id}/loyalty-points`, { points: 1000 }, linh)
    expect(withPoints.cart.total).toBe(1_200_000)

    // one treatment less: our refit (on updateCartPromotionsWorkflow's setPromotionContext) shrinks the points
    // to 50% of what is left after the gift card (700,000 → 350,000 = 700 points), the official plugin refits its gift card
    const lineId = added.cart.items[0].id
    const changed = await ok("POST", `/store/carts/${cart.id}/line-items/${lineId}?fields=*credit_lines,total`, { quantity: 1 }, linh)
    const lines = (c: any) =>
      Object.fromEntries((c.credit_lines ?? []).map((l: any) => [l.reference, { amount: l.amount, points: l.metadata?.points }]))
    expect(lines(changed.cart)).toEqual({ "gift-card": { amount: 300_000 }, "loyalty-points": { amount: 350_000, points: 700 } })
    expect(changed.cart.total).toBe(350_000)

    // the rest in money: the payment collection asks for exactly the cart's total
    const { payment_collection } = await ok("POST", "/store/payment-collections", { cart_id: cart.id }, linh)
    expect(payment_collection.amount).toBe(350_000)
    await ok("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, linh)
    const done = await ok("POST", `/store/carts/${cart.id}/complete`, {}, linh)
    expect(done.type).toBe("order")

    // the order: both credit lines, and the total after both
    const { order } = await ok("GET", `/admin/orders/${done.order.id}?fields=id,total,*credit_lines`, undefined, staff)
    expect(order.total).toBe(350_000)
    expect(lines(order)).toEqual({ "gift-card": { amount: 300_000 }, "loyalty-points": { amount: 350_000, points: 700 } })

    // our ledger: one redemption of the cart, of the points on its line
    const { entries } = await ok("GET", `/admin/customers/${customer_id}/loyalty/entries?kind=redeem`, undefined, staff)
    expect(entries).toEqual([expect.objectContaining({ reference: `redeem:cart:${cart.id}`, points: -700 })])
    // her 1,000 points less the 700 spent (what the order earns is booked apart, on order.placed)
    const ledger = await ok("GET", `/admin/customers/${customer_id}/loyalty/entries?limit=100`, undefined, staff)
    const notEarned = ledger.entries.filter((e: any) => e.kind !== "earn").reduce((sum: number, e: any) => sum + e.points, 0)
    expect(notEarned).toBe(300)
    // the order's points find the redemption through the order's cart
    expect(await ok("GET", `/admin/orders/${order.id}/loyalty`, undefined, staff)).toEqual(expect.objectContaining({ redeemed: 700 }))

    // the official plugin's ledger: the gift card was debited for its line
    const card = await ok("GET", `/store/gift-cards/${gift_card.code}?fields=code,*store_credit_account`, undefined, storefront)
    expect(card.gift_card.store_credit_account.balance).toBe(0)

    // completing again returns the same order and debits nothing more
    const again = await ok("POST", `/store/carts/${cart.id}/complete`, {}, linh)
    expect(again.order.id).toBe(order.id)
    const after = await ok("GET", `/admin/customers/${customer_id}/loyalty/entries?kind=redeem`, undefined, staff)
    expect(after.entries).toHaveLength(1)
  })
})
