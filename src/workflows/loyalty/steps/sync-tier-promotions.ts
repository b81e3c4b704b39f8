import type { CreatePromotionDTO, PromotionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

/** the promotion rule attribute Medusa matches a cart's customer groups against */
export const CUSTOMER_GROUP_RULE = "customer.groups.id"

export const tierPromotionCode = (handle: string) => `LOYALTY-${handle.toUpperCase()}`

type PromotionState = { id: string; status: PromotionDTO["status"]; value: number; code: string; rule?: { id: string; values: string[] } }

type Compensation = {
  created_ids: string[]
  /** how updated promotions were before */
  previous: PromotionState[]
  /** rules added to an existing promotion */
  added_rules: { promotion_id: string; rule_id: string }[]
  deleted_ids: string[]
  tier_promotions: { id: string; promotion_id: string | null }[]
}

const newPromotion = (tier: { handle: string; name: string; discount_percent: number; id: string }, groupId: string): CreatePromotionDTO => ({
  code: tierPromotionCode(tier.handle),
  type: "standard",
  status: "active",
  is_automatic: true,
  application_method: { type: "percentage", target_type: "order", allocation: "across", value: tier.discount_percent },
  rules: [{ attribute: CUSTOMER_GROUP_RULE, operator: "in", values: [groupId], description: `Members of the ${tier.name} tier` }],
  metadata: { loyalty_tier_id: tier.id },
})

/**
 * Gives each tier with a discount an automatic promotion: that percentage off
 * the order for the tier's customer group. A discount changed to 0 deactivates
 * the promotion (kept, so its usage history stays); a deleted tier's goes.
 * Runs after the groups step, so every live tier has its group.
 */
export const syncTierPromotionsStep = createStep(
  "loyalty-sync-tier-promotions",
  async (_: void, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const promotions = container.resolve(Modules.PROMOTION)
    const tiers = await loyalty.listLoyaltyTiers({}, { take: null, withDeleted: true })
    const ids = tiers.map((t) => t.promotion_id).filter(Boolean) as string[]
    const existing = ids.length
      ? await promotions.listPromotions({ id: ids }, { relations: ["application_method", "rules", "rules.values"], take: null })
      : []
    const byId = new Map(existing.map((p) => [p.id, p]))
    const compensation: Compensation = { created_ids: [], previous: [], added_rules: [], deleted_ids: [], tier_promotions: [] }

    try {
      for (const tier of tiers) {
        const promotion = tier.promotion_id ? byId.get(tier.promotion_id) : undefined
        if (tier.deleted_at) {
          if (promotion) {
            await promotions.softDeletePromotions([promotion.id])
            compensation.deleted_ids.push(promotion.id)
          }
          continue
        }
        const groupId = tier.customer_group_id!
        if (!promotion) {
          if (tier.discount_percent <= 0) continue
          const created = await promotions.createPromotions(newPromotion(tier, groupId))
          compensation.created_ids.push(created.id)
          compensation.tier_promotions.push({ id: tier.id, promotion_id: tier.promotion_id })
          await loyalty.updateLoyaltyTiers({ id: tier.id, promotion_id: created.id })
          continue
        }

        const rule = promotion.rules?.find((r) => r.attribute === CUSTOMER_GROUP_RULE)
        const ruleValues = rule?.values.map((v) => v.value!) ?? []
        const state: PromotionState = {
          id: promotion.id,
          status: promotion.status,
          value: Number(promotion.application_method?.value ?? 0),
          code: promotion.code!,
          rule: rule ? { id: rule.id, values: ruleValues } : undefined,
        }
        const status = tier.discount_percent > 0 ? "active" : "inactive"
        const value = tier.discount_percent > 0 ? tier.discount_percent : state.value
        const code = tierPromotionCode(tier.handle)
        const ruleOk = ruleValues.length === 1 && ruleValues[0] === groupId
        if (state.status === status && state.value === value && state.code === code && ruleOk) continue

        compensation.previous.push(state)
        await promotions.updatePromotions([{ id: promotion.id, status, code, application_method: { value } }])
        if (!ruleOk && rule) {
          await promotions.updatePromotionRules([{ id: rule.id, values: [groupId] }])
        } else if (!rule) {
          const [added] = await promotions.addPromotionRules(promotion.id, [
            { attribute: CUSTOMER_GROUP_RULE, operator: "in", values: [groupId] },
          ])
          compensation.added_rules.push({ promotion_id: promotion.id, rule_id: added.id })
        }
      }
    } catch (error) {
      // what this step did before failing is undone like on a later step's failure
      await undo(container, compensation)
      throw error
    }
    return new StepResponse(undefined, compensation)
  },
  async (compensation, { container }) => {
    if (compensation) await undo(container, compensation)
  }
)

async function undo(container: { resolve: (key: string) => any }, compensation: Compensation) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const promotions = container.resolve(Modules.PROMOTION)
  if (compensation.deleted_ids.length) await promotions.restorePromotions(compensation.deleted_ids)
  if (compensation.tier_promotions.length) await loyalty.updateLoyaltyTiers(compensation.tier_promotions)
  if (compensation.created_ids.length) await promotions.deletePromotions(compensation.created_ids)
  for (const { promotion_id, rule_id } of compensation.added_rules) await promotions.removePromotionRules(promotion_id, [rule_id])
  for (const state of compensation.previous) {
    await promotions.updatePromotions([{ id: state.id, status: state.status, code: state.code, application_method: { value: state.value } }])
    if (state.rule) await promotions.updatePromotionRules([{ id: state.rule.id, values: state.rule.values }])
  }
}
