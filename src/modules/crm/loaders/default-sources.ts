import type { IMedusaInternalService, InferEntityType, LoaderOptions, Logger } from "@medusajs/framework/types"
import { nameKey } from "../../../lib/text"
import type CrmSource from "../models/source"

/**
 * The channels every spa starts with. Fixed ids mark them as seeded, so a
 * default the spa renamed or deleted is not brought back on the next start.
 */
export const DEFAULT_SOURCES = [
  { id: "crmsrc_walk_in", name: "Walk-in", description: "Came in without being referred by any channel" },
  { id: "crmsrc_website", name: "Website", description: "The spa's own website or online store" },
  { id: "crmsrc_facebook", name: "Facebook", description: "The spa's Facebook page or Messenger" },
  { id: "crmsrc_facebook_lead_ads", name: "Facebook Lead Ads", description: "A Facebook lead-ads form" },
  { id: "crmsrc_google_maps", name: "Google Maps", description: "Found the spa on Google Maps" },
  { id: "crmsrc_referral", name: "Referral", description: "Referred by another customer" },
  { id: "crmsrc_call_centre", name: "Call-centre", description: "The spa's call centre or hotline" },
]

type SourceService = IMedusaInternalService<typeof CrmSource>

/**
 * Seeds the default sources at every start, the way Medusa's currency module
 * seeds currencies: only what is missing is created, and a name the spa already
 * uses (in any case) is left alone. Before `db:migrate` has created the table
 * it warns and skips, as the app then cannot serve the CRM anyway.
 */
export default async function defaultSourcesLoader({ container, logger }: LoaderOptions) {
  const log = (logger ?? console) as Logger
  const sources: SourceService = container.resolve("crmSourceService")
  try {
    const existing: InferEntityType<typeof CrmSource>[] = await sources.list(
      {},
      { select: ["id", "name", "deleted_at"], withDeleted: true }
    )
    const seeded = new Set(existing.map((s) => s.id))
    const liveNames = new Set(existing.filter((s) => !s.deleted_at).map((s) => nameKey(s.name)))
    const missing = DEFAULT_SOURCES.filter((s) => !seeded.has(s.id) && !liveNames.has(nameKey(s.name)))
    if (missing.length) {
      // the internal service: the module service's name keys are written here by hand
      await sources.create(missing.map((s) => ({ ...s, name_key: nameKey(s.name) })))
      log.info(`CRM: created ${missing.length} default sources`)
    }
  } catch (error) {
    // also reached when another process (server and worker start together) seeded first
    log.warn(`CRM: default sources not seeded: ${(error as Error).message}`)
  }
}
