import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CustomerSetMember, CustomerSetRecord } from "../../../types/customer-sets"
import { customerSetFields } from "./query-config"

/** Reads a set back as the API answers it; 404 if it does not exist. */
export async function refetchCustomerSet(container: MedusaContainer, id: string): Promise<CustomerSetRecord> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer_set", fields: customerSetFields, filters: { id } }, { throwIfKeyNotFound: true })
  return data[0] as unknown as CustomerSetRecord
}

/** Customers' contacts, read through Medusa's customer module (query.graph), in the order of `ids`. */
export async function membersWithContacts(container: MedusaContainer, ids: string[]): Promise<CustomerSetMember[]> {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "phone"],
    filters: { id: ids },
    pagination: { take: ids.length },
  })
  const byId = new Map((data as { id: string; email: string | null; first_name: string | null; last_name: string | null; phone: string | null }[]).map((c) => [c.id, c]))
  return ids.map((id) => {
    const c = byId.get(id)
    return { customer_id: id, email: c?.email ?? null, first_name: c?.first_name ?? null, last_name: c?.last_name ?? null, phone: c?.phone ?? null }
  })
}
