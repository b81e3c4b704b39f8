import type { CUSTOM_FIELD_TYPES } from "../../../modules/crm/models/custom-field"
import { crmRecordSteps } from "./crm-records"

export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number]

export type CustomFieldRecord = {
  id: string
  key: string
  label: string
  type: CustomFieldType
  options: string[] | null
  required: boolean
  rank: number
}
export type CreateCustomField = {
  key: string
  label: string
  type: CustomFieldType
  options?: string[] | null
  required?: boolean
  rank?: number
}
/** key and type are fixed once defined: stored values were validated against them */
export type UpdateCustomField = {
  id: string
  label?: string
  options?: string[] | null
  required?: boolean
  rank?: number
}

export const {
  createStep: createCustomFieldsStep,
  updateStep: updateCustomFieldsStep,
  deleteStep: deleteCustomFieldsStep,
} = crmRecordSteps<CustomFieldRecord, CreateCustomField, UpdateCustomField>("custom-fields", "CustomFields")
