import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import type { TOUCH_POINT_DIRECTIONS, TOUCH_POINT_TYPES } from "../../../modules/crm/models/touch-point"

export type TouchPointType = (typeof TOUCH_POINT_TYPES)[number]
export type TouchPointDirection = (typeof TOUCH_POINT_DIRECTIONS)[number]

export type CreateTouchPointInput = {
  customer_id: string
  type: TouchPointType
  channel?: string | null
  /** default: "internal" for a note (nobody was contacted), else "inbound" */
  direction?: TouchPointDirection | null
  summary: string
  /** default: now */
  occurred_at?: Date | string | null
  /** the admin user who logged it; null for API-key callers, campaigns and lead intake */
  staff_user_id?: string | null
  metadata?: Record<string, unknown> | null
}

// Clocks of the callers (browsers, call-centre systems) drift a little; more than this is a typo.
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000

/**
 * Logs one contact with a customer. Shared by the admin route and the lead
 * intake, so both apply the same defaults and the same limit on future times.
 * The customer's existence is the workflow's to check.
 */
export const createTouchPointStep = createStep(
  "create-touch-point",
  async (input: CreateTouchPointInput, { container }) => {
    const occurredAt = input.occurred_at ? new Date(input.occurred_at) : new Date()
    if (Number.isNaN(occurredAt.getTime())) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "occurred_at: expected an ISO-8601 date-time")
    }
    if (occurredAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "occurred_at: must not be more than 5 minutes in the future"
      )
    }

    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const touchPoint = await crm.createTouchPoints({
      customer_id: input.customer_id,
      type: input.type,
      channel: input.channel ?? null,
      direction: input.direction ?? (input.type === "note" ? "internal" : "inbound"),
      summary: input.summary,
      occurred_at: occurredAt,
      staff_user_id: input.staff_user_id ?? null,
      metadata: input.metadata ?? null,
    })
    return new StepResponse(touchPoint, touchPoint.id)
  },
  async (id, { container }) => {
    if (!id) return
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    await crm.deleteTouchPoints(id)
  }
)
