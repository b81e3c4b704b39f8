import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import crypto from "crypto"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { closeOpenedAccounts } from "./close-opened-accounts"
import type { BookEntryInput } from "../../../modules/loyalty/service"
import { addMonths } from "../../../modules/loyalty/rules/dates"
import { POINTS_REASONS } from "../../../types/loyalty"

/** What the member reads for an adjustment the staff gave no words for. */
export const DEFAULT_ADJUSTMENT_REASON = POINTS_REASONS.adjustment

export type AdjustPointsInput = {
  customer_id: string
  /** non-zero whole points: a credit when positive, a debit (within the spendable balance) when negative */
  points: number
  /** why, for the staff; never shown to the member */
  note: string
  /** what the member reads in her history (default: POINTS_REASONS.adjustment) */
  reason?: string
  /** the client's key: the same key books once; without one every request books */
  idempotency_key?: string
  /** the admin user who adjusted */
  created_by?: string | null
}

/**
 * U1: an admin's manual correction as an `adjust` entry, `adjust:<key>`. A
 * credit expires like earned points. The ledger checks the key under its own
 * lock: a key already used for another customer, amount, reason or note is a
 * 409, never silently answered with the old entry.
 */
export const preparePointsAdjustmentStep = createStep(
  "loyalty-prepare-points-adjustment",
  async (input: AdjustPointsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: input.customer_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)

    const reference = `adjust:${input.idempotency_key ?? crypto.randomUUID()}`
    const [{ accounts: [account], opened_ids }, settings] = await Promise.all([loyalty.openAccounts([input.customer_id]), loyalty.retrieveSettings()])
    if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} has no loyalty account`)
    const entry: BookEntryInput = {
      account_id: account.id,
      kind: "adjust",
      points: input.points,
      reference,
      reason: input.reason ?? DEFAULT_ADJUSTMENT_REASON,
      note: input.note,
      ...(input.idempotency_key ? { key_field: "idempotency_key" } : {}),
      expires_at: input.points > 0 && settings.expiry_months ? addMonths(new Date(), settings.expiry_months) : null,
      metadata: input.created_by ? { created_by: input.created_by } : null,
    }
    return new StepResponse({ account_id: account.id, entry }, opened_ids)
  },
  closeOpenedAccounts
)
