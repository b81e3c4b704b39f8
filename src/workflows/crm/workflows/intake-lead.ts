import type { CreateCustomerDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCustomersWorkflow,
  type CreateCustomersWorkflowInput,
  releaseLockStep,
  updateCustomersWorkflow,
  type UpdateCustomersWorkflowInput,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { toE164 } from "../../../modules/crm/utils/phone"
import { type CreateTouchPointInput, createTouchPointStep } from "../steps/create-touch-point"
import { createLeadsStep, type CreateLead } from "../steps/leads"
import { type LeadCustomerMatch, matchLeadCustomerStep } from "../steps/match-lead-customer"
import { resolveLeadSourceStep } from "../steps/resolve-lead-source"
import { type CrmProfileInput, upsertCrmProfileStep } from "../steps/upsert-crm-profile"

export type IntakeLeadInput = {
  /** the sender's own id of the lead */
  external_id: string
  /** name of a CRM source, any case */
  source: string
  /** lower case */
  email?: string | null
  /** E.164 */
  phone?: string | null
  first_name?: string | null
  last_name?: string | null
  profile?: Omit<CrmProfileInput, "customer_id" | "source_id" | "phone_e164" | "acquired_at">
  touch_point?: Pick<CreateTouchPointInput, "type" | "channel" | "direction" | "summary" | "occurred_at">
  /** who pushed the lead (API key or admin user), recorded as the creator of a new customer */
  created_by?: string
}

/**
 * Leads are unique per sending system, and a system is known by the source it
 * sends from: "Facebook Lead Ads" and "facebook lead ads" are one sender.
 */
export const leadSender = (source: string) => source.trim().toLowerCase()

/**
 * P9: takes in a lead pushed by another system. The customer is matched by
 * email, then by phone, and filled in (never overwritten), or created through
 * Medusa's own workflow; the CRM profile gets the lead's fields and, if it has
 * none, its first source; a touch-point records the lead.
 *
 * Idempotent on (sender, external_id): the whole intake holds a lock on that
 * key and a stored lead makes it a no-op, so a replay or a concurrent
 * duplicate writes nothing. The lead's unique index is the last guard should
 * two servers not share a locking provider. Returns the lead's id.
 */
export const intakeLeadWorkflow = createWorkflow("intake-lead", (input: IntakeLeadInput) => {
  const leadKey = transform({ input }, ({ input }) => ({
    sender: leadSender(input.source),
    external_id: input.external_id,
  }))
  const lockKey = transform({ leadKey }, ({ leadKey }) => `crm-lead:${leadKey.sender}:${leadKey.external_id}`)
  // waits for a concurrent delivery of the same lead to finish, then sees its stored lead
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60, executeOnSubWorkflow: true })

  const { data: stored } = useQueryGraphStep({
    entity: "lead",
    fields: ["id"],
    filters: leadKey,
  }).config({ name: "find-stored-lead" })
  const isNew = transform({ stored }, ({ stored }) => !stored.length)

  const source = when({ isNew }, ({ isNew }) => isNew).then(() => resolveLeadSourceStep(input.source))
  const match = when({ isNew }, ({ isNew }) => isNew).then(() =>
    matchLeadCustomerStep({ email: input.email, phone: input.phone })
  )

  const customerCreation = transform({ input, isNew, match }, ({ input, isNew, match }) =>
    isNew && !match!.customer
      ? {
          customersData: [
            {
              email: input.email ?? null,
              phone: input.phone ?? null,
              first_name: input.first_name ?? null,
              last_name: input.last_name ?? null,
              created_by: input.created_by ?? null,
            } as CreateCustomerDTO,
          ],
        }
      : null
  )
  const created = when({ customerCreation }, ({ customerCreation }) => !!customerCreation).then(() =>
    createCustomersWorkflow.runAsStep({ input: customerCreation as CreateCustomersWorkflowInput })
  )

  const customerFillIn = transform({ input, isNew, match }, ({ input, isNew, match }) =>
    isNew && match!.customer ? fillIn(match!.customer, input) : null
  )
  when({ customerFillIn }, ({ customerFillIn }) => !!customerFillIn).then(() => {
    updateCustomersWorkflow.runAsStep({ input: customerFillIn as UpdateCustomersWorkflowInput })
  })

  // the steps below run for a new lead only, so the source and the match are known
  const lead = when({ isNew }, ({ isNew }) => isNew).then(() => {
    const outcome = transform({ input, match, created }, ({ input, match, created }) => {
      const customer = match!.customer
      // the phone the customer has now: a staff-entered one wins over the lead's
      const phone = customer?.phone || input.phone
      return {
        customer_id: customer?.id ?? created![0].id,
        customer_created: !customer,
        matched_by: match!.matched_by,
        phone_e164: phone ? toE164(phone) ?? undefined : undefined,
        has_source: !!customer?.crm_profile?.source_id,
      }
    })

    upsertCrmProfileStep(
      transform({ input, outcome, source }, ({ input, outcome, source }) => ({
        ...input.profile,
        customer_id: outcome.customer_id,
        phone_e164: outcome.phone_e164,
        // a web form cannot know the spa's required fields; staff complete them later
        enforce_required_fields: false,
        // the first source only: where a customer came from does not change
        ...(outcome.has_source ? {} : { source_id: source!.id }),
      }))
    )

    const touchPoint = createTouchPointStep(
      transform({ input, outcome, source }, ({ input, outcome, source }): CreateTouchPointInput => ({
        customer_id: outcome.customer_id,
        type: input.touch_point?.type ?? "note",
        channel: input.touch_point?.channel ?? null,
        direction: input.touch_point?.direction ?? "inbound",
        summary: input.touch_point?.summary ?? `Lead received from ${source!.name}`,
        occurred_at: input.touch_point?.occurred_at ?? new Date(),
        staff_user_id: null,
        metadata: { lead_external_id: input.external_id, source: source!.name },
      }))
    )

    return createLeadsStep(
      transform({ input, leadKey, outcome, touchPoint }, ({ input, leadKey, outcome, touchPoint }): CreateLead[] => {
        const { created_by, ...payload } = input
        return [
          {
            ...leadKey,
            customer_id: outcome.customer_id,
            touch_point_id: touchPoint.id,
            customer_created: outcome.customer_created,
            matched_by: outcome.matched_by,
            payload,
          },
        ]
      })
    )
  })

  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })

  const result = transform({ stored, lead }, ({ stored, lead }) => ({ id: (stored[0] ?? lead![0]).id as string }))
  return new WorkflowResponse(result)
})

/** What the lead can add to a matched customer: only fields still empty, never what staff set. */
function fillIn(
  customer: NonNullable<LeadCustomerMatch["customer"]>,
  lead: IntakeLeadInput
): UpdateCustomersWorkflowInput | null {
  const update: UpdateCustomersWorkflowInput["update"] = {}
  if (!customer.email && lead.email) update.email = lead.email
  if (!customer.phone && lead.phone) update.phone = lead.phone
  if (!customer.first_name && lead.first_name) update.first_name = lead.first_name
  if (!customer.last_name && lead.last_name) update.last_name = lead.last_name
  return Object.keys(update).length ? { selector: { id: customer.id }, update } : null
}
