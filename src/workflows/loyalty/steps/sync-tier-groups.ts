import type { CustomerGroupDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

/** The Medusa customer group of a tier: "Loyalty · Gold". */
export const tierGroupName = (tierName: string) => `Loyalty · ${tierName}`

type Compensation = {
  created_group_ids: string[]
  renamed: { id: string; name: string }[]
  deleted_group_ids: string[]
  tier_groups: { id: string; customer_group_id: string | null }[]
}

/**
 * Gives every tier its customer group (created, or adopted when a group of
 * that name exists, e.g. after the tier's group link was lost), keeps the
 * group's name in step with the tier's, and removes the groups of deleted
 * tiers. The group ids are stored on the tiers.
 */
export const syncTierGroupsStep = createStep(
  "loyalty-sync-tier-groups",
  async (_: void, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)
    const tiers = await loyalty.listLoyaltyTiers({}, { take: null, withDeleted: true })
    const live = tiers.filter((t) => !t.deleted_at)
    const groups = await customers.listCustomerGroups(
      {
        $or: [
          { id: tiers.map((t) => t.customer_group_id).filter(Boolean) as string[] },
          { name: { $in: live.map((t) => tierGroupName(t.name)) } },
        ],
      },
      { select: ["id", "name"], take: null }
    )
    const byId = new Map(groups.map((g) => [g.id, g]))
    const byName = new Map(groups.map((g) => [g.name, g]))
    const compensation: Compensation = { created_group_ids: [], renamed: [], deleted_group_ids: [], tier_groups: [] }

    const missing = live.filter((t) => !(t.customer_group_id && byId.has(t.customer_group_id)) && !byName.has(tierGroupName(t.name)))
    const created: CustomerGroupDTO[] = missing.length
      ? await customers.createCustomerGroups(missing.map((t) => ({ name: tierGroupName(t.name), metadata: { loyalty_tier_id: t.id } })))
      : []
    compensation.created_group_ids = created.map((g) => g.id)
    for (const g of created) byName.set(g.name, g)

    const tierUpdates: { id: string; customer_group_id: string }[] = []
    for (const tier of live) {
      const name = tierGroupName(tier.name)
      const group = (tier.customer_group_id && byId.get(tier.customer_group_id)) || byName.get(name)!
      if (group.name !== name) {
        await customers.updateCustomerGroups(group.id, { name })
        compensation.renamed.push({ id: group.id, name: group.name })
      }
      if (tier.customer_group_id !== group.id) {
        tierUpdates.push({ id: tier.id, customer_group_id: group.id })
        compensation.tier_groups.push({ id: tier.id, customer_group_id: tier.customer_group_id })
      }
    }
    if (tierUpdates.length) await loyalty.updateLoyaltyTiers(tierUpdates)

    // a deleted tier had no members (the delete is refused otherwise): its group goes too
    const orphaned = tiers
      .filter((t) => t.deleted_at && t.customer_group_id && byId.has(t.customer_group_id))
      .map((t) => t.customer_group_id!)
    if (orphaned.length) {
      await customers.softDeleteCustomerGroups(orphaned)
      compensation.deleted_group_ids = orphaned
    }
    return new StepResponse(undefined, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)
    if (compensation.deleted_group_ids.length) await customers.restoreCustomerGroups(compensation.deleted_group_ids)
    if (compensation.tier_groups.length) await loyalty.updateLoyaltyTiers(compensation.tier_groups)
    for (const { id, name } of compensation.renamed) await customers.updateCustomerGroups(id, { name })
    if (compensation.created_group_ids.length) await customers.deleteCustomerGroups(compensation.created_group_ids)
  }
)
