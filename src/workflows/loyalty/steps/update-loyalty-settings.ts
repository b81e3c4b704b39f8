import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { updateReplacingJson } from "../utils/replace-json"

/** the settings fields that hold maps: sent, they replace the stored map */
const JSON_FIELDS = ["earn_rates", "point_values", "collection_multipliers"] as const

export type LoyaltySettingsPatch = Record<string, unknown>

/** Changes the programme's rules; undo writes back the previous values of the fields sent. */
export const updateLoyaltySettingsStep = createStep(
  "loyalty-update-settings",
  async (patch: LoyaltySettingsPatch, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const settings = (await loyalty.retrieveSettings()) as unknown as Record<string, unknown> & { id: string }
    const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, settings[k]]))
    const write = (data: Record<string, unknown>) => loyalty.updateLoyaltySettings(data as any)
    const updated = await updateReplacingJson(write, settings.id, patch, JSON_FIELDS)
    return new StepResponse(updated, { id: settings.id, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const write = (data: Record<string, unknown>) => loyalty.updateLoyaltySettings(data as any)
    await updateReplacingJson(write, compensation.id, compensation.previous, JSON_FIELDS)
  }
)
