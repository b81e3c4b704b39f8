import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerAddressesWorkflow, updateCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { recordCustomerRegistrationsWorkflow } from "../customer-facts/workflows/record-customer-registrations"

/*
 * The project's only handlers of the customer address workflows' hooks (one
 * handler per hook: a domain takes part by adding its call here). Medusa
 * emits no event when an address is added or edited (in the admin or by the
 * shopper in the store), so the customer facts read her place here; a
 * deleted address (its hook names no customer) is read on the next
 * customer.updated or rebuild.
 */

type Addresses = { customer_id?: string | null }[]

const customersOf = (addresses: Addresses) => [...new Set(addresses.flatMap((a) => (a.customer_id ? [a.customer_id] : [])))]

// reads what Medusa holds now: after the change, and again after it is undone
async function readPlaces(container: MedusaContainer, customerIds: string[]) {
  if (customerIds.length) await recordCustomerRegistrationsWorkflow(container).run({ input: { customer_ids: customerIds } })
}

createCustomerAddressesWorkflow.hooks.addressesCreated(
  async ({ addresses }, { container }) => {
    const customerIds = customersOf(addresses as Addresses)
    await readPlaces(container, customerIds)
    return new StepResponse(undefined, customerIds)
  },
  async (customerIds, { container }) => readPlaces(container, customerIds ?? [])
)

updateCustomerAddressesWorkflow.hooks.addressesUpdated(
  async ({ addresses }, { container }) => {
    const customerIds = customersOf(addresses as Addresses)
    await readPlaces(container, customerIds)
    return new StepResponse(undefined, customerIds)
  },
  async (customerIds, { container }) => readPlaces(container, customerIds ?? [])
)
