import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import { type FieldDifference, fillBlanks } from "../../../modules/crm/profile-blanks"

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
  /**
   * Another system's word (a lead): only blank fields are written; what
   * differs from a filled one comes back as `differences`, unwritten.
   */
  keep_filled?: boolean
}

// written by the plugin itself, never by what staff or a lead type
const SYSTEM_FIELDS = ["source_id", "phone_e164", "acquired_at"] as const

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
 * The columns to write on `existing` (null: a new profile): with `keep_filled`,
 * only blanks, and the differences left unwritten; custom fields merged with
 * the stored ones and checked against the spa's definitions.
 */
async function planWrite(crm: CrmModuleService, input: CrmProfileInput, existing: Record<string, unknown> | null) {
  const { customer_id, enforce_required_fields, keep_filled, ...given } = input
  let differences: Record<string, FieldDifference> = {}
  let written: Record<string, unknown> = given
  if (keep_filled && existing) {
    const staffFields = Object.fromEntries(Object.entries(given).filter(([k]) => !(SYSTEM_FIELDS as readonly string[]).includes(k)))
    const split = fillBlanks(existing, staffFields)
    differences = split.differences
    written = { ...Object.fromEntries(SYSTEM_FIELDS.filter((k) => k in given).map((k) => [k, given[k]])), ...split.write }
  }
  const { custom_fields, ...fields } = written as CrmProfileInput
  const data: Record<string, unknown> = { ...fields }
  if (custom_fields !== undefined || !existing) {
    const merged = { ...(existing?.custom_fields as Record<string, unknown> | null), ...custom_fields }
    data.custom_fields = await crm.validateCustomFieldValues(merged, { enforceRequired: enforce_required_fields !== false })
  }
  // the first source dates the acquisition
  if (input.source_id && !existing?.acquired_at && input.acquired_at === undefined) data.acquired_at = new Date()
  return { data, differences }
}

export type UpsertCrmProfileResult = {
  profile: Record<string, unknown> & { id: string }
  /** with `keep_filled`: what was not written because staff had filled it otherwise */
  differences: Record<string, FieldDifference>
}

/**
 * Creates the customer's profile on first write, else updates the fields given
 * (with `keep_filled`, only the blank ones). Custom-field values are validated
 * against the spa's definitions, merged with what is stored, so a required
 * field already filled stays valid.
 */
export const upsertCrmProfileStep = createStep(
  "upsert-crm-profile",
  async (input: CrmProfileInput, { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    if (input.source_id) {
      const [source] = await crm.listCrmSources({ id: input.source_id }, { select: ["id"] })
      if (!source) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `source_id: there is no source with id ${input.source_id}`)
      }
    }
    const profileOf = async () => (await crm.listCrmProfiles({ customer_id: input.customer_id }))[0]
    let existing = await profileOf()
    if (!existing) {
      const { data, differences } = await planWrite(crm, input, null)
      try {
        const created = await crm.createCrmProfiles({ customer_id: input.customer_id, ...data })
        return new StepResponse<UpsertCrmProfileResult, Compensation>({ profile: created, differences }, { created_id: created.id })
      } catch (error) {
        // created meanwhile (the customer.created subscriber keeping her phone, another
        // request): the unique customer_id refused ours, so write into that one
        existing = await profileOf()
        if (!existing) throw error
      }
    }
    const { data, differences } = await planWrite(crm, input, existing as Record<string, unknown>)
    const previous = Object.fromEntries(Object.keys(data).map((k) => [k, (existing as any)[k]]))
    const updated = await writeProfile(crm, existing.id, data)
    return new StepResponse<UpsertCrmProfileResult, Compensation>({ profile: updated, differences }, { previous: { id: existing.id, ...previous } })
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
