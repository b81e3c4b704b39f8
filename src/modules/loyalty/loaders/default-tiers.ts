import type { IMedusaInternalService, LoaderOptions, Logger } from "@medusajs/framework/types"
import type LoyaltySettings from "../models/loyalty-settings"
import type LoyaltyTier from "../models/loyalty-tier"
import { DEFAULT_SETTINGS, DEFAULT_SETTINGS_ID, DEFAULT_TIERS } from "../defaults"

/**
 * Seeds the programme at start, once: its rules (one row) and the five
 * default tiers; a tier the spa renamed, changed or deleted is not brought
 * back. The tiers' customer groups and promotions are created by the tier
 * workflows (a module cannot reach other modules). Reads never write: this is
 * where the rows come from.
 */
export default async function defaultTiersLoader({ container, logger }: LoaderOptions) {
  const log = (logger ?? console) as Logger
  const tiers: IMedusaInternalService<typeof LoyaltyTier> = container.resolve("loyaltyTierService")
  const settings: IMedusaInternalService<typeof LoyaltySettings> = container.resolve("loyaltySettingsService")
  try {
    const [existing] = await settings.list({}, { select: ["id"], take: 1, withDeleted: true })
    if (!existing) await settings.create({ id: DEFAULT_SETTINGS_ID, ...DEFAULT_SETTINGS } as any)
  } catch (error) {
    // also reached before db:migrate, or when another process seeded first (the fixed id)
    log.warn(`Loyalty: default settings not seeded: ${(error as Error).message}`)
  }
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
