import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import { toE164 } from "../../../modules/crm/phone"

export type SyncCrmProfilePhoneInput = { customer_id: string; phone: string | null }

type Compensation = { created_id?: string; previous?: { id: string; phone_e164: string | null } }

/**
 * Writes the E.164 form of the customer's phone on the CRM profile (created
 * if needed), so leads find the customer whatever format the phone was typed
 * in. A phone that is no valid number leaves no `phone_e164`: this runs in the
 * background after someone else's write, so there is nobody to answer a 400 to.
 */
export const syncCrmProfilePhoneStep = createStep(
  "sync-crm-profile-phone",
  async ({ customer_id, phone }: SyncCrmProfilePhoneInput, { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const phone_e164 = phone ? toE164(phone) : null
    if (phone && !phone_e164) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .debug(`crm: the phone of customer ${customer_id} is not a valid number, no phone_e164 kept`)
    }

    const profileOf = async () => (await crm.listCrmProfiles({ customer_id }, { select: ["id", "phone_e164"] }))[0]
    let profile = await profileOf()
    if (!profile && phone_e164) {
      try {
        const created = await crm.createCrmProfiles({ customer_id, phone_e164 })
        return new StepResponse(undefined, { created_id: created.id } as Compensation)
      } catch (error) {
        // staff or a lead created the profile meanwhile (unique customer_id): update that one
        profile = await profileOf()
        if (!profile) throw error
      }
    }
    if (!profile || profile.phone_e164 === phone_e164) return new StepResponse(undefined)

    await crm.updateCrmProfiles({ id: profile.id, phone_e164 })
    return new StepResponse(undefined, { previous: { id: profile.id, phone_e164: profile.phone_e164 } } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    if (compensation.created_id) await crm.deleteCrmProfiles(compensation.created_id)
    if (compensation.previous) await crm.updateCrmProfiles(compensation.previous)
  }
)
