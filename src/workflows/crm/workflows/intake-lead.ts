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
import crypto from "crypto"
import { nameKey } from "../../../lib/text"
import { toE164 } from "../../../modules/crm/phone"
import type { FieldDifference } from "../../../modules/crm/profile-blanks"
import { type CreateTouchPointInput, createTouchPointStep } from "../steps/create-touch-point"
import type { CreateLead } from "../../../types/crm"
import { createLeadsStep } from "../steps/create-leads"
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
  /** the intake key it came with */
  intake_key_id?: string | null
}

/**
 * Leads are unique per sending system, and a system is known by the source it
 * sends from: "Facebook Lead Ads" and "FACEBOOK LEAD ADS" are one sender.
 */
export const leadSender = (source: string) => nameKey(source)

/**
 * The locks an intake holds: the lead itself (a replay waits, then finds it)
 * and the person it is about, by normalised email and phone, so two leads for
 * one person, whatever their senders, never both create her. Sorted, so two
 * intakes never wait for each other's second key.
 */
export const leadLockKeys = (input: Pick<IntakeLeadInput, "source" | "external_id" | "email" | "phone">) =>
  [
    `crm-lead:${leadSender(input.source)}:${input.external_id}`,
    ...(input.email ? [`crm-lead-person:email:${input.email}`] : []),
    ...(input.phone ? [`crm-lead-person:phone:${input.phone}`] : []),
  ].sort()

/**
 * P9: takes in a lead pushed by another system. The customer is matched by
 * email, then by phone, and only her blank fields are filled in, or she is
 * created through Medusa's own workflow; the CRM profile gets the lead's
 * fields where staff left them blank and, if it has none, its first source.
 * What the lead says otherwise than her record is not written: it is kept on
 * the lead and its touch-point as `differences`, for staff to decide.
 *
 * Idempotent on (sender, external_id), one customer per person: the whole
 * intake holds the locks of `leadLockKeys`, and a stored lead makes it a
 * no-op, so a replay or a concurrent duplicate writes nothing and concurrent
 * leads for one person make one customer. The lead's unique index is the
 * last guard should two servers not share a locking provider. Returns the
 * lead's id.
 */
export const intakeLeadWorkflow = createWorkflow("intake-lead", (input: IntakeLeadInput) => {
  const leadKey = transform({ input }, ({ input }) => ({
    sender: leadSender(input.source),
    external_id: input.external_id,
  }))
  // the whole input of a step is one transform: a property of a transform's result passed on its own resolves to nothing
  const lock = transform({ input }, ({ input }) => ({
    key: leadLockKeys(input),
    // an owner per run: a run that got some keys and waits for the next keeps them, and no one else frees them
    ownerId: `intake-lead:${crypto.randomUUID()}`,
    // waits for a concurrent delivery of the same lead, or another lead for the same person, to finish
    timeout: 120,
    retryInterval: 0.05,
    ttl: 120,
    executeOnSubWorkflow: true,
  }))
  acquireLockStep(lock)

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

  const customerFill = transform({ input, isNew, match }, ({ input, isNew, match }) =>
    isNew && match!.customer ? fillIn(match!.customer, input) : { update: null, differences: {} }
  )
  when({ customerFill }, ({ customerFill }) => !!customerFill.update).then(() => {
    updateCustomersWorkflow.runAsStep({ input: customerFill.update as UpdateCustomersWorkflowInput })
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

    const profile = upsertCrmProfileStep(
      transform({ input, outcome, source }, ({ input, outcome, source }) => ({
        ...input.profile,
        customer_id: outcome.customer_id,
        phone_e164: outcome.phone_e164,
        // a web form cannot know the spa's required fields; staff complete them later
        enforce_required_fields: false,
        // what staff wrote stays: the lead fills blanks, and its other words are kept beside
        keep_filled: true,
        // the first source only: where a customer came from does not change
        ...(outcome.has_source ? {} : { source_id: source!.id }),
      }))
    )
    const differences = transform({ customerFill, profile }, ({ customerFill, profile }) => {
      const all: Record<string, FieldDifference> = { ...customerFill.differences }
      for (const [field, difference] of Object.entries(profile.differences)) all[`profile.${field}`] = difference
      return Object.keys(all).length ? all : null
    })

    const touchPoint = createTouchPointStep(
      transform({ input, outcome, source, differences }, ({ input, outcome, source, differences }): CreateTouchPointInput => ({
        customer_id: outcome.customer_id,
        type: input.touch_point?.type ?? "note",
        channel: input.touch_point?.channel ?? null,
        direction: input.touch_point?.direction ?? "inbound",
        summary: input.touch_point?.summary ?? `Lead received from ${source!.name}`,
        occurred_at: input.touch_point?.occurred_at ?? new Date(),
        staff_user_id: null,
        // what the lead said otherwise than the customer's record, shown on the timeline
        metadata: { lead_external_id: input.external_id, source: source!.name, ...(differences ? { differences } : {}) },
      }))
    )

    return createLeadsStep(
      transform({ input, leadKey, outcome, touchPoint, differences }, ({ input, leadKey, outcome, touchPoint, differences }): CreateLead[] => {
        const { created_by, intake_key_id, ...payload } = input
        return [
          {
            ...leadKey,
            customer_id: outcome.customer_id,
            touch_point_id: touchPoint.id,
            customer_created: outcome.customer_created,
            matched_by: outcome.matched_by,
            payload,
            differences,
            intake_key_id: intake_key_id ?? null,
          },
        ]
      })
    )
  })

  releaseLockStep(lock)

  const result = transform({ stored, lead }, ({ stored, lead }) => ({ id: (stored[0] ?? lead![0]).id as string }))
  return new WorkflowResponse(result)
})

/**
 * What the lead can add to a matched customer: only fields still empty, never
 * what staff set; where it says otherwise, the difference, for staff to see.
 */
function fillIn(
  customer: NonNullable<LeadCustomerMatch["customer"]>,
  lead: IntakeLeadInput
): { update: UpdateCustomersWorkflowInput | null; differences: Record<string, FieldDifference> } {
  const update: UpdateCustomersWorkflowInput["update"] = {}
  const differences: Record<string, FieldDifference> = {}
  const fields = [
    ["email", customer.email, lead.email, (v: string) => v.toLowerCase()],
    ["phone", customer.phone, lead.phone, (v: string) => toE164(v) ?? v],
    ["first_name", customer.first_name, lead.first_name, (v: string) => v],
    ["last_name", customer.last_name, lead.last_name, (v: string) => v],
  ] as const
  for (const [field, kept, received, normal] of fields) {
    if (!received) continue
    if (!kept) update[field] = received
    else if (normal(kept) !== normal(received)) differences[field] = { kept, received }
  }
  return { update: Object.keys(update).length ? { selector: { id: customer.id }, update } : null, differences }
}
