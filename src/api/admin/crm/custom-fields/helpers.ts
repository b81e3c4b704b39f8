import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Reads one custom field back; 404 if it does not exist. */
export async function refetchCustomField(container: MedusaContainer, id: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "custom_field", fields, filters: { id } }, { throwIfKeyNotFound: true })
  return data[0]
}
