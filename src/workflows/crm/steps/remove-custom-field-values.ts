import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"

type StoredValues = { id: string; custom_fields: Record<string, unknown> }

/**
 * Takes the values of deleted custom fields off the profiles holding them. The
 * profile route re-validates all stored values on each write, and a key with no
 * definition would make every later write of that profile fail.
 */
export const removeCustomFieldValuesStep = createStep(
  "remove-custom-field-values",
  async (keys: string[], { container }) => {
    if (!keys.length) return new StepResponse(undefined, [] as StoredValues[])
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    // stored values are never null (null clears a value), so "key is not null" means "has the key";
    // the generated filter types do not know JSON paths, hence the cast
    const profiles = (await crm.listCrmProfiles(
      { $or: keys.map((key) => ({ custom_fields: { [key]: { $ne: null } } })) } as any,
      { select: ["id", "custom_fields"] }
    )) as StoredValues[]
    if (profiles.length) {
      // Medusa's update merges a JSON object into the stored one, so a key can only
      // go by clearing the column and writing back what remains
      await crm.updateCrmProfiles(profiles.map(({ id }) => ({ id, custom_fields: null })))
      const remaining = profiles
        .map(({ id, custom_fields }) => ({
          id,
          custom_fields: Object.fromEntries(Object.entries(custom_fields).filter(([k]) => !keys.includes(k))),
        }))
        .filter(({ custom_fields }) => Object.keys(custom_fields).length)
      if (remaining.length) await crm.updateCrmProfiles(remaining)
    }
    return new StepResponse(undefined, profiles)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    // merging the old values into what remains restores them exactly
    await crm.updateCrmProfiles(previous)
  }
)
