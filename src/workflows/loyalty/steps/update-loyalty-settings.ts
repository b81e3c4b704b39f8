import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

export type LoyaltySettingsPatch = Record<string, unknown>

/** Changes the programme's rules; undo writes back the previous values of the fields sent (or removes a row it created). */
export const updateLoyaltySettingsStep = createStep(
  "loyalty-update-settings",
  async (patch: LoyaltySettingsPatch, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const { settings, previous } = await loyalty.saveSettings(patch)
    return new StepResponse(settings, { id: settings.id as string, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    if (undo.previous) await loyalty.saveSettings(undo.previous)
    else await loyalty.deleteLoyaltySettings([undo.id])
  }
)
