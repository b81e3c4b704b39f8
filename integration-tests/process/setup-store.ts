import type { ExecArgs } from "@medusajs/framework/types"
import fs from "fs"
import { createStorefront, setLoyaltyRules } from "../helpers/storefront"

/**
 * `medusa exec` script of the crash test: a storefront selling a 40,000 VND
 * service (4 points; a shopper never leaves Standard in the test) and rules
 * without bonuses. Writes what the test needs to SETUP_OUTPUT.
 */
export default async function setupStore({ container }: ExecArgs) {
  await setLoyaltyRules(container, {
    earn_rates: { vnd: 10_000 },
    pending_days: 0,
    expiry_months: 12,
    signup_bonus: 0,
    referral_bonus_referrer: 0,
    referral_bonus_referee: 0,
  })
  const store = await createStorefront(container, { currency: "vnd", price: 40_000 })
  fs.writeFileSync(process.env.SETUP_OUTPUT!, JSON.stringify(store))
}
