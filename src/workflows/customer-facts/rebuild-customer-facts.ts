import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../modules/customer-facts"
import { recordCustomerRegistrationsWorkflow } from "./workflows/record-customer-registrations"
import { refreshOrderFactsWorkflow } from "./workflows/refresh-order-facts"

const PAGE = 500

export type RebuildProgress = { stage: "customers" | "orders"; done: number; total: number }

/** How many there are, for the progress: Query's count of a one-row page. */
async function countOf(container: MedusaContainer, entity: "customer" | "order") {
  const { data, metadata } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity, fields: ["id"], pagination: { skip: 0, take: 1 } })
  return metadata?.count ?? data.length
}

/** Every id of an entity, a page at a time, by id (keyset: each page costs the same however far it is). */
async function* pagesOf(container: MedusaContainer, entity: "customer" | "order") {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let after: string | null = null
  for (;;) {
    const { data } = await query.graph({
      entity,
      fields: ["id"],
      filters: after ? { id: { $gt: after } } : {},
      pagination: { take: PAGE, order: { id: "ASC" } },
    })
    if (!data.length) return
    yield data.map((row: { id: string }) => row.id)
    if (data.length < PAGE) return
    after = data[data.length - 1].id
  }
}

/**
 * Rebuilds the customer facts from Medusa's own data, read through Query a
 * page at a time (the only place orders are read in bulk): every customer's
 * arrival, every order's facts through the same workflow the events run, then
 * the facts of orders and customers Medusa no longer has go. The facts stay
 * valid all along (no truncation), so tiers read while it runs see no gap.
 * Returns what it read.
 */
export async function rebuildCustomerFacts(
  container: MedusaContainer,
  { onProgress }: { onProgress?: (progress: RebuildProgress) => void } = {}
) {
  const started = new Date()
  const counts = { customers: 0, orders: 0, forgotten: 0 }
  for (const stage of ["customers", "orders"] as const) {
    const entity = stage === "customers" ? "customer" : "order"
    let total = await countOf(container, entity)
    for await (const ids of pagesOf(container, entity)) {
      if (stage === "customers") await recordCustomerRegistrationsWorkflow(container).run({ input: { customer_ids: ids } })
      else await refreshOrderFactsWorkflow(container).run({ input: { order_ids: ids } })
      counts[stage] += ids.length
      // orders placed while it runs are read too
      total = Math.max(total, counts[stage])
      onProgress?.({ stage, done: counts[stage], total })
    }
  }
  const facts: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
  counts.forgotten = await facts.forgetNotSeenSince(started)
  // the analytics read the facts from their indexes alone once the table's pages are known all-visible
  await facts.vacuumFacts()
  return counts
}
