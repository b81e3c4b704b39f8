import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import type { AppliedTierChange } from "../../../modules/loyalty/service"
import type { TierMove } from "./evaluate-customer-tiers"

export type ApplyTierChangesInput = { moves: TierMove[]; reason: string; now: Date }

type Compensation = { opened_account_ids: string[]; applied: (AppliedTierChange & { previous_assigned_at: Date | null })[] }

/**
 * Writes the tier moves: opens the accounts still missing, sets each account's
 * tier and records the change with its reason and the spend that decided it.
 * Undo puts the tiers back, drops the history rows and closes what it opened.
 */
export const applyTierChangesStep = createStep(
  "loyalty-apply-tier-changes",
  async ({ moves, reason, now }: ApplyTierChangesInput, { container }) => {
    if (!moves.length) return new StepResponse([] as AppliedTierChange[], { opened_account_ids: [], applied: [] } as Compensation)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const missing = moves.filter((m) => !m.account_id).map((m) => m.customer_id)
    const { accounts, opened_ids } = missing.length ? await loyalty.openAccounts(missing) : { accounts: [], opened_ids: [] }
    const opened = new Map(accounts.map((a) => [a.customer_id, a.id]))
    const applied = await loyalty.assignTiers(
      moves.flatMap((m) => {
        const account_id = m.account_id ?? opened.get(m.customer_id)
        // a customer whose account is closed (deleted) moves nowhere
        return account_id ? [{ ...m, account_id }] : []
      }),
      reason,
      new Date(now)
    )
    const previous = new Map(moves.map((m) => [m.customer_id, m.previous_assigned_at]))
    return new StepResponse(applied, {
      opened_account_ids: opened_ids,
      applied: applied.map((a) => ({ ...a, previous_assigned_at: previous.get(a.customer_id) ?? null })),
    } as Compensation)
  },
  async (undo, { container }) => {
    if (!undo) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.revertTierAssignments(undo.applied)
    await loyalty.deleteUnusedAccounts(undo.opened_account_ids)
  }
)
