import type { ExecArgs } from "@medusajs/framework/types"
import { progressBar } from "../lib/progress"
import { rebuildCustomerFacts } from "../workflows/customer-facts/rebuild-customer-facts"

/**
 * `npx medusa exec <this file>` (in this repository: `npm run facts:rebuild`):
 * rebuilds the customer facts from Medusa's customers and orders, with a
 * progress bar per stage, and says how fast it went.
 */
export default async function rebuildCustomerFactsScript({ container }: ExecArgs) {
  const started = Date.now()
  const bars: Partial<Record<string, ReturnType<typeof progressBar>>> = {}
  const counts = await rebuildCustomerFacts(container, {
    onProgress: ({ stage, done, total }) => {
      const bar = (bars[stage] ??= progressBar(stage === "orders" ? "order facts" : "customers", total))
      bar.tick(done)
      if (done >= total) bar.done()
    },
  })
  const seconds = (Date.now() - started) / 1000
  console.log(
    `customer facts rebuilt: ${counts.customers} customers, ${counts.orders} orders ` +
      `(${Math.round(counts.orders / Math.max(seconds, 0.001))} orders/s), ${counts.forgotten} stale orders removed, in ${seconds.toFixed(1)} s`
  )
}
