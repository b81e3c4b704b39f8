import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type LoyaltySettingsPatch, updateLoyaltySettingsStep } from "../steps/update-loyalty-settings"

/** U1: changes the programme's rules (earning, point value, expiry, tier window, downgrade policy). */
export const updateLoyaltySettingsWorkflow = createWorkflow("loyalty-update-settings", (input: LoyaltySettingsPatch) => {
  return new WorkflowResponse(updateLoyaltySettingsStep(input))
})
