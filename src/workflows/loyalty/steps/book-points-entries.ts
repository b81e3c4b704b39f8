import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import type { BookEntryInput } from "../../../modules/loyalty/service"

/**
 * Books ledger entries through the ledger's own rules (account lock, one entry
 * per reference, no overdraft). Returns every entry of the references given,
 * also those booked before; the compensation deletes only what this run booked.
 */
export const bookPointsEntriesStep = createStep(
  "loyalty-book-points-entries",
  async (entries: BookEntryInput[], { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const booked = await loyalty.bookEntries(entries)
    return new StepResponse(booked, booked.created.map((e) => e.id))
  },
  async (created, { container }) => {
    if (!created?.length) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.deletePointsEntries(created)
  }
)
