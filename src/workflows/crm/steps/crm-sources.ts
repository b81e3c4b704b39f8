import { crmRecordSteps } from "./crm-records"

export type CrmSourceRecord = { id: string; name: string; description: string | null }
export type CreateCrmSource = { name: string; description?: string | null }
export type UpdateCrmSource = { id: string; name?: string; description?: string | null }

/**
 * Writes of sources. Deleting one soft-deletes it only: profiles keep their
 * source_id (read back as no source) and get it back if the delete is undone.
 */
export const {
  createStep: createCrmSourcesStep,
  updateStep: updateCrmSourcesStep,
  deleteStep: deleteCrmSourcesStep,
} = crmRecordSteps<CrmSourceRecord, CreateCrmSource, UpdateCrmSource>("crm-sources", "CrmSources")
