import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SPA_CRM_EVENTS } from "../../../lib/events"
import crypto from "crypto"
import { applyTierChangesStep } from "../steps/apply-tier-changes"
import { evaluateCustomerTiersStep } from "../steps/evaluate-customer-tiers"
import { moveTierGroupMembersStep } from "../steps/move-tier-group-members"

export type RefreshCustomerTiersInput = {
  customer_ids: string[]
  /** recorded in the tier history: order_placed, order_canceled, order_refunded, nightly, … */
  reason: string
  /**
   * true: members below their tier's threshold move down (the nightly run);
   * false: only upgrades apply. Left out: the settings' policy for order
   * events, i.e. downgrade unless `downgrade_nightly_only`.
   */
  allow_downgrade?: boolean
  /** every customer with an order or an account, instead of `customer_ids` (the nightly run) */
  all?: boolean
  /** the moment to evaluate at (the rolling window ends here); defaults to now */
  now?: Date
}

export type RefreshCustomerTiersOutput = {
  changes: { customer_id: string; from_tier_id: string | null; to_tier_id: string | null }[]
}

/**
 * L6: re-evaluates members' tiers from their spend per currency over the tier
 * window, moves the ones whose tier changes (with history) and their customer
 * group memberships. Upgrades always apply; downgrades only when allowed.
 * The members are locked from evaluation to their group move: a refresh
 * started meanwhile (the order event's and the admin's) waits, then finds
 * tier and groups agreeing.
 */
export const refreshCustomerTiersWorkflow = createWorkflow(
  "loyalty-refresh-customer-tiers",
  (input: RefreshCustomerTiersInput) => {
    const lock = transform({ input }, ({ input }) => ({
      key: input.all ? ["loyalty-tiers:all"] : [...new Set(input.customer_ids ?? [])].sort().map((id) => `loyalty-tier:${id}`),
      // an owner per run: keys already taken stay this run's while it waits for the next
      ownerId: `loyalty-tiers:${crypto.randomUUID()}`,
      timeout: 120,
      retryInterval: 0.05,
      ttl: 300,
      executeOnSubWorkflow: true,
    }))
    acquireLockStep(lock)
    const evaluation = transform({ input }, ({ input }) => ({
      ...(input.all ? { all: true as const } : { customer_ids: input.customer_ids ?? [] }),
      allow_downgrade: input.allow_downgrade,
      now: input.now ?? new Date(),
    }))
    const moves = evaluateCustomerTiersStep(evaluation)
    const applied = applyTierChangesStep({ moves, reason: input.reason, now: evaluation.now })
    moveTierGroupMembersStep(applied)
    releaseLockStep(lock)
    // the members refreshed (their points and spend changed) and those who moved: customer sets re-evaluate them
    emitEventStep({
      eventName: SPA_CRM_EVENTS.LOYALTY_MEMBERS_REFRESHED,
      data: transform({ input, applied }, ({ input, applied }) => ({
        customer_ids: [...new Set([...(input.all ? [] : input.customer_ids ?? []), ...applied.map((a) => a.customer_id)])],
      })),
    })
    const result = transform({ applied }, ({ applied }): RefreshCustomerTiersOutput => ({
      changes: applied.map((a) => ({ customer_id: a.customer_id, from_tier_id: a.from_tier_id, to_tier_id: a.to_tier_id })),
    }))
    return new WorkflowResponse(result)
  }
)
