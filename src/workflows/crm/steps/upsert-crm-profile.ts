import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"

export type CrmProfileInput = {
  customer_id: string
  birthday?: string | null
  gender?: "female" | "male" | "other" | "undisclosed" | null
  occupation?: string | null
  zalo?: string | null
  wechat?: string | null
  facebook?: string | null
  skin_type?: "normal" | "dry" | "oily" | "combination" | "sensitive" | null
  skin_concerns?: string[] | null
  allergies?: string | null
  body_care_needs?: string | null
  preferred_staff?: string | null
  preferred_time?: string | null
  notes?: string | null
  /** a patch: keys sent replace stored ones, null clears one */
  custom_fields?: Record<string, unknown> | null
  source_id?: string | null
  phone_e164?: string | null
  acquired_at?: Date | null
  /** false for partial data from other systems (leads): required custom fields stay unchecked */
  enforce_required_fields?: boolean
}

/**
 * Updates a profile. A JSON column is merged into what is stored on update, so
 * custom_fields is emptied first: a key the new values leave out is really gone.
 */
async function writeProfile(crm: CrmModuleService, id: string, data: Record<string, unknown>) {
  if (data.custom_fields !== undefined) await crm.updateCrmProfiles({ id, custom_fields: null })
  return crm.updateCrmProfiles({ id, ...data })
}

type Compensation = { created_id?: string; previous?: Record<string, unknown> }

/**
 * Creates the customer's profile on first write, else updates the fields given.
 * Custom-field values are validated against the spa's definitions, merged
 * with what is stored, so a required field already filled stays valid.
 */
export const upsertCrmProfileStep = createStep(
  "upsert-crm-profile",
  async (input: CrmProfileInput, { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const { customer_id, custom_fields, enforce_required_fields, ...fields } = input
    const [existing] = await crm.listCrmProfiles({ customer_id })

    const data: Record<string, unknown> = { ...fields }
    if (custom_fields !== undefined || !existing) {
      const merged = { ...(existing?.custom_fields as Record<string, unknown> | null), ...custom_fields }
      data.custom_fields = await crm.validateCustomFieldValues(merged, {
        enforceRequired: enforce_required_fields !== false,
      })
    }
    if (input.source_id) {
      const [source] = await crm.listCrmSources({ id: input.source_id }, { select: ["id"] })
      if (!source) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `source_id: there is no source with id ${input.source_id}`)
      }
      if (!existing?.acquired_at && input.acquired_at === undefined) data.acquired_at = new Date()
    }

    if (!existing) {
      const created = await crm.createCrmProfiles({ customer_id, ...data })
      return new StepResponse(created, { created_id: created.id } as Compensation)
    }
    const previous = Object.fromEntries(Object.keys(data).map((k) => [k, (existing as any)[k]]))
    const updated = await writeProfile(crm, existing.id, data)
    return new StepResponse(updated, { previous: { id: existing.id, ...previous } } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    if (compensation.created_id) await crm.deleteCrmProfiles(compensation.created_id)
    if (compensation.previous) {
      const { id, ...previous } = compensation.previous as { id: string }
      await writeProfile(crm, id, previous)
    }
  }
)
