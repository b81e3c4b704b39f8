import type { CreatePromotionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCampaignsWorkflow,
  createPromotionsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CUSTOMER_SETS_MODULE } from "../../../modules/customer-sets"
import type { CreateSetPromotion } from "../../../types/customer-sets"
import { CUSTOMER_GROUP_RULE } from "../../loyalty/steps/sync-tier-promotions"
import { ensurePromotionCodeFreeStep } from "../steps/ensure-promotion-code-free"

export type CreateSetPromotionInput = CreateSetPromotion & { set_id: string }

/**
 * S2: "Create a promotion for this set". A Medusa campaign carries the window
 * (starts_at / ends_at) and the per-customer limit (a `use_by_attribute`
 * budget on `customer_id`, counted when a cart completes); an active Medusa
 * promotion in it takes a percentage or a fixed amount off the order for
 * customers of the set's group, by code or automatically. Both through
 * Medusa's workflows; the set is linked to the promotion.
 */
export const createSetPromotionWorkflow = createWorkflow("create-customer-set-promotion", (input: CreateSetPromotionInput) => {
  const { data: sets } = useQueryGraphStep({
    entity: "customer_set",
    fields: ["id", "name", "customer_group_id"],
    filters: { id: input.set_id },
    options: { throwIfKeyNotFound: true },
  })
  ensurePromotionCodeFreeStep(input.code)
  const campaigns = createCampaignsWorkflow.runAsStep({
    input: transform({ input, sets }, ({ input, sets }) => ({
      campaignsData: [
        {
          name: `${sets[0].name} · ${input.code}`,
          campaign_identifier: input.code,
          starts_at: input.starts_at ? new Date(input.starts_at) : null,
          ends_at: input.ends_at ? new Date(input.ends_at) : null,
          budget: input.limit_per_customer
            ? { type: "use_by_attribute" as const, attribute: "customer_id", limit: input.limit_per_customer }
            : null,
        },
      ],
    })),
  })
  const promotions = createPromotionsWorkflow.runAsStep({
    input: transform({ input, sets, campaigns }, ({ input, sets, campaigns }) => ({
      promotionsData: [
        {
          code: input.code,
          type: "standard",
          status: "active",
          is_automatic: input.is_automatic ?? false,
          campaign_id: campaigns[0].id,
          application_method: {
            type: input.type,
            target_type: "order",
            allocation: "across",
            value: input.value,
            ...(input.type === "fixed" ? { currency_code: input.currency_code } : {}),
          },
          rules: [
            { attribute: CUSTOMER_GROUP_RULE, operator: "in", values: [sets[0].customer_group_id as string], description: `Customers of the set ${sets[0].name}` },
          ],
        } satisfies CreatePromotionDTO,
      ],
    })),
  })
  createRemoteLinkStep(
    transform({ input, promotions }, ({ input, promotions }) => [
      { [CUSTOMER_SETS_MODULE]: { customer_set_id: input.set_id }, [Modules.PROMOTION]: { promotion_id: promotions[0].id } },
    ])
  )
  return new WorkflowResponse(transform(promotions, (promotions) => ({ id: promotions[0].id })))
})
