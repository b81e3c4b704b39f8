import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { findExpiringPointsStep } from "../steps/find-expiring-points"

/**
 * L4, daily: emails members whose points expire within the warning period,
 * through Medusa's Notification module (template "loyalty-points-expiring"),
 * once per expiring batch.
 */
export const warnExpiringPointsWorkflow = createWorkflow("loyalty-warn-expiring-points", (input: { now?: Date }) => {
  const notifications = findExpiringPointsStep(transform({ input }, ({ input }) => ({ now: input.now ?? new Date() })))
  const sent = sendNotificationsStep(notifications)
  return new WorkflowResponse(transform({ sent }, ({ sent }) => ({ warned: sent.length })))
})
