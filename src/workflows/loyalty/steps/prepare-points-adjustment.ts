import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import crypto from "crypto"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import type { BookEntryInput } from "../../../modules/loyalty/service"
import { addMonths } from "../utils/dates"

export type AdjustPointsInput = {
  customer_id: string
  /** non-zero whole points: a credit when positive, a debit (within the spendable balance) when negative */
  points: number
  reason: string
  /** the client's key: the same key books once; without one every request books */
  idempotency_key?: string
  /** the admin user who adjusted */
  created_by?: string | null
}

/**
 * U1: an admin's manual correction as an `adjust` entry, `adjust:<key>`. A
 * credit expires like earned points. A key already used for another customer
 * or another amount is refused rather than silently answered with the old entry.
 */
export const preparePointsAdjustmentStep = createStep(
  "loyalty-prepare-points-adjustment",
  async (input: AdjustPointsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: input.customer_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)

    const reference = `adjust:${input.idempotency_key ?? crypto.randomUUID()}`
    const [[account], settings, [existing]] = await Promise.all([
      loyalty.ensureAccounts([input.customer_id]),
      loyalty.retrieveSettings(),
      input.idempotency_key ? loyalty.listPointsEntries({ reference }, { take: 1 }) : Promise.resolve([]),
    ])
    if (existing && (existing.account_id !== account.id || existing.points !== input.points)) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "idempotency_key: already used for another adjustment")
    }
    const entry: BookEntryInput = {
      account_id: account.id,
      kind: "adjust",
      points: input.points,
      reference,
      reason: input.reason,
      expires_at: input.points > 0 && settings.expiry_months ? addMonths(new Date(), settings.expiry_months) : null,
      metadata: input.created_by ? { created_by: input.created_by } : null,
    }
    return new StepResponse({ account_id: account.id, entry })
  }
)
