import type { IMedusaInternalService, LoaderOptions, Logger } from "@medusajs/framework/types"
import type LoyaltyTier from "../models/loyalty-tier"
import { DEFAULT_TIERS } from "../utils/defaults"

/**
 * Seeds the five default tiers at start, once: a tier the spa renamed, changed
 * or deleted is not brought back. Their customer groups and promotions are
 * created by the tier workflows (a module cannot reach other modules).
 */
export default async function defaultTiersLoader({ container, logger }: LoaderOptions) {
  const log = (logger ?? console) as Logger
  const tiers: IMedusaInternalService<typeof LoyaltyTier> = container.resolve("loyaltyTierService")
  try {
    const existing = await tiers.list({}, { select: ["id", "handle", "rank"], withDeleted: true })
    if (existing.length) return
    await tiers.create(DEFAULT_TIERS)
    log.info(`Loyalty: created the ${DEFAULT_TIERS.length} default tiers`)
  } catch (error) {
    // also reached before db:migrate, or when another process seeded first
    log.warn(`Loyalty: default tiers not seeded: ${(error as Error).message}`)
  }
}
