import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import type { RemovedCustomerRecords } from "../../../modules/crm/service"

/**
 * Takes deleted customers' CRM records out of every list and count (profile,
 * touch-points, tag links; the leads' copies of what was sent). Undo puts them back.
 */
export const removeCustomerRecordsStep = createStep(
  "remove-customer-records",
  async (customerIds: string[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const removed = await crm.removeCustomerRecords(customerIds)
    return new StepResponse(removed, removed)
  },
  async (removed: RemovedCustomerRecords | undefined, { container }) => {
    if (!removed) return
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    await crm.restoreCustomerRecords(removed)
  }
)
