import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import type { CreateLead } from "../../../types/crm"

/** Stores received leads (the unique index on sender and external_id refuses a second one); undo deletes them. */
export const createLeadsStep = createStep(
  "create-leads",
  async (leads: CreateLead[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const created = await crm.createLeads(leads)
    return new StepResponse(created, created.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CrmModuleService>(CRM_MODULE).deleteLeads(ids)
  }
)
