import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshOrderFactsWorkflow, type RefreshOrderFactsInput } from "../../customer-facts/workflows/refresh-order-facts"
import { awardOrderPointsWorkflow, type AwardOrderPointsInput } from "../workflows/award-order-points"
import { awardSignupBonusWorkflow } from "../workflows/award-signup-bonus"
import { recordLoyaltyFailureWorkflow } from "../workflows/record-loyalty-failure"
import { refreshCustomerTiersWorkflow } from "../workflows/refresh-customer-tiers"
import { resolveLoyaltyFailureWorkflow } from "../workflows/resolve-loyalty-failure"
import { reverseOrderPointsWorkflow, type ReverseOrderPointsInput } from "../workflows/reverse-order-points"

/** a retry gives up after this many failed attempts (the failure stays listed in the admin) */
export const MAX_FAILURE_ATTEMPTS = 10

const TIER_REASONS: Record<ReverseOrderPointsInput["cause"], string> = {
  cancel: "order_canceled",
  refund: "order_refunded",
  return: "return_received",
}

// order events re-evaluate the member's tier after the booking; downgrades
// follow the settings' policy (not when `downgrade_nightly_only`)
const refreshTier = async (container: MedusaContainer, customerIds: (string | null)[], reason: string) => {
  const customer_ids = [...new Set(customerIds.filter((id): id is string => !!id))]
  if (customer_ids.length) await refreshCustomerTiersWorkflow(container).run({ input: { customer_ids, reason } })
}

// the tiers read the customer facts: an order's facts are rewritten first
const refreshFacts = async (container: MedusaContainer, input: RefreshOrderFactsInput) => {
  const { result } = await refreshOrderFactsWorkflow(container).run({ input })
  return result.customer_ids
}

const orderOf = (cause: ReverseOrderPointsInput): RefreshOrderFactsInput =>
  cause.cause === "refund" ? { payment_ids: [cause.payment_id] } : { order_ids: [cause.order_id] }

/**
 * What each order or customer event does, by name: the subscribers run them,
 * and the retry job and the admin run them again from a recorded failure's
 * input. Each is safe to repeat: facts are rewritten from the order's state,
 * every booking is idempotent by its business key.
 */
export const LOYALTY_OPERATIONS = {
  "award-order-points": async (container: MedusaContainer, input: AwardOrderPointsInput) => {
    const [, { result }] = await Promise.all([
      refreshFacts(container, { order_ids: [input.order_id] }),
      awardOrderPointsWorkflow(container).run({ input }),
    ])
    await refreshTier(container, [result.customer_id], "order_placed")
  },
  "reverse-order-points": async (container: MedusaContainer, input: ReverseOrderPointsInput) => {
    const customers = await refreshFacts(container, orderOf(input))
    const { result } = await reverseOrderPointsWorkflow(container).run({ input })
    await refreshTier(container, [result.customer_id, ...customers], TIER_REASONS[input.cause])
  },
  // an order changed without points to book (paid, edited, claimed, exchanged): its facts, then the tier
  "refresh-order-facts": async (container: MedusaContainer, input: RefreshOrderFactsInput) => {
    await refreshTier(container, await refreshFacts(container, input), "order_changed")
  },
  "award-signup-bonus": async (container: MedusaContainer, input: { customer_id: string }) => {
    await awardSignupBonusWorkflow(container).run({ input })
  },
}

export type LoyaltyOperation = keyof typeof LOYALTY_OPERATIONS

type OperationInput<O extends LoyaltyOperation> = Parameters<(typeof LOYALTY_OPERATIONS)[O]>[1]

// a workflow rethrows a step's error as a plain object carrying its message
const message = (error: unknown) =>
  typeof (error as { message?: unknown })?.message === "string" ? (error as { message: string }).message : String(error)

/**
 * Runs a loyalty operation for an event. A failure is never lost: it is
 * recorded as an AwardFailure under `reference` ("<event>:<id>") for the retry
 * job and the admin, and logged; only if even that fails does the error go up
 * to the event bus.
 */
export async function runLoyaltyOperation<O extends LoyaltyOperation>(
  container: MedusaContainer,
  operation: O,
  input: OperationInput<O>,
  reference: string
) {
  try {
    await (LOYALTY_OPERATIONS[operation] as (c: MedusaContainer, i: OperationInput<O>) => Promise<void>)(container, input)
  } catch (error) {
    await recordFailure(container, { operation, reference, input: input as Record<string, unknown>, error })
  }
}

/** Runs a recorded failure's operation again; resolves it on success, counts the attempt on failure. */
export async function retryLoyaltyFailure(
  container: MedusaContainer,
  failure: { id: string; operation: string; reference: string; input: Record<string, unknown> | null }
) {
  const run = LOYALTY_OPERATIONS[failure.operation as LoyaltyOperation] as
    | ((c: MedusaContainer, i: Record<string, unknown>) => Promise<void>)
    | undefined
  try {
    if (!run) throw new Error(`Unknown loyalty operation "${failure.operation}"`)
    await run(container, failure.input ?? {})
  } catch (error) {
    const { result } = await recordFailure(container, { ...failure, input: failure.input ?? {}, error })
    return result
  }
  const { result } = await resolveLoyaltyFailureWorkflow(container).run({ input: { id: failure.id } })
  return result
}

async function recordFailure(
  container: MedusaContainer,
  failure: { operation: string; reference: string; input: Record<string, unknown>; error: unknown }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.error(`Loyalty ${failure.operation} failed for ${failure.reference}: ${message(failure.error)}`)
  try {
    return await recordLoyaltyFailureWorkflow(container).run({
      input: { operation: failure.operation, reference: failure.reference, input: failure.input, error: message(failure.error) },
    })
  } catch (recordError) {
    logger.error(`Loyalty failure for ${failure.reference} could not be recorded: ${message(recordError)}`)
    throw failure.error
  }
}
