import { crmRecordSteps } from "./crm-records"

export const TAG_COLORS = ["grey", "red", "orange", "green", "blue", "purple"] as const
export type TagColor = (typeof TAG_COLORS)[number]

export type CrmTagRecord = { id: string; name: string; color: TagColor }
export type CreateCrmTag = { name: string; color?: TagColor }
export type UpdateCrmTag = { id: string; name?: string; color?: TagColor }

/** Writes of tags; deleting one soft-deletes its customer assignments with it (model cascade). */
export const {
  createStep: createCrmTagsStep,
  updateStep: updateCrmTagsStep,
  deleteStep: deleteCrmTagsStep,
} = crmRecordSteps<CrmTagRecord, CreateCrmTag, UpdateCrmTag>("crm-tags", "CrmTags")
