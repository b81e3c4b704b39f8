import type { MedusaContainer } from "@medusajs/framework/types"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

/**
 * The compensation of a step that opened loyalty accounts on its way
 * (openAccounts answers which): those accounts go again, so an undone
 * workflow leaves no member behind it (unless another workflow has booked
 * on one meanwhile: that one stays).
 */
export async function closeOpenedAccounts(openedIds: string[] | undefined, { container }: { container: MedusaContainer }) {
  if (!openedIds?.length) return
  await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).deleteUnusedAccounts(openedIds)
}
