import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { type AppliedTierChange, revertTierAssignments, writeTierAssignments } from "../utils/tier-writes"
import type { TierMove } from "./evaluate-customer-tiers"

export type ApplyTierChangesInput = { moves: TierMove[]; reason: string; now: Date }

type Compensation = (AppliedTierChange & { previous_assigned_at: Date | null })[]

/**
 * Writes the tier moves: opens the accounts still missing, sets each account's
 * tier and records the change with its reason and the spend that decided it.
 */
export const applyTierChangesStep = createStep(
  "loyalty-apply-tier-changes",
  async ({ moves, reason, now }: ApplyTierChangesInput, { container }) => {
    if (!moves.length) return new StepResponse([] as AppliedTierChange[], [] as Compensation)
    const missing = moves.filter((m) => !m.account_id).map((m) => m.customer_id)
    const opened = new Map<string, string>()
    if (missing.length) {
      const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
      for (const account of await loyalty.ensureAccounts(missing)) opened.set(account.customer_id, account.id)
    }
    const applied = await writeTierAssignments(
      container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
      moves.map((m) => ({ ...m, account_id: m.account_id ?? opened.get(m.customer_id)! })),
      reason,
      new Date(now)
    )
    const previous = new Map(moves.map((m) => [m.customer_id, m.previous_assigned_at]))
    return new StepResponse(
      applied,
      applied.map((a) => ({ ...a, previous_assigned_at: previous.get(a.customer_id) ?? null }))
    )
  },
  async (applied, { container }) => {
    if (!applied?.length) return
    await revertTierAssignments(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), applied)
  }
)
