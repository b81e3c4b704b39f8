import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { changeGroupMembers, revertGroupMembers } from "../utils/customer-groups"

// members of a tier missing from its group (e.g. the group was just created)
const MISSING = `select a.customer_id, t.customer_group_id
  from loyalty_account a
  join loyalty_tier t on t.id = a.tier_id and t.deleted_at is null
  where a.deleted_at is null and t.customer_group_id is not null
    and not exists (
      select 1 from customer_group_customer g
      where g.customer_id = a.customer_id and g.customer_group_id = t.customer_group_id and g.deleted_at is null
    )`

// customers in a tier's group without being in the tier (added by hand, or left behind)
const EXTRA = `select distinct g.customer_id, g.customer_group_id
  from customer_group_customer g
  join loyalty_tier t on t.customer_group_id = g.customer_group_id and t.deleted_at is null
  left join loyalty_account a on a.customer_id = g.customer_id and a.deleted_at is null
  where g.deleted_at is null and a.tier_id is distinct from t.id`

/**
 * Makes each tier's customer group hold exactly the tier's members. The tier
 * groups belong to the programme: membership follows the tier, so merchants
 * target a tier by building promotions on its group, not by editing it.
 */
export const reconcileTierGroupMembersStep = createStep(
  "loyalty-reconcile-tier-group-members",
  async (_: void, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const [missing, extra] = await Promise.all([knex.raw(MISSING), knex.raw(EXTRA)])
    const changes = await changeGroupMembers(knex, extra.rows, missing.rows)
    return new StepResponse({ added: changes.added.length, removed: changes.removed.length }, changes)
  },
  async (changes, { container }) => {
    if (changes) await revertGroupMembers(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), changes)
  }
)
