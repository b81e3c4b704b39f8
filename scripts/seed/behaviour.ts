import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"
import { scoreCustomerBehaviourWorkflow } from "../../src/workflows/customer-facts/workflows/score-customer-behaviour"

// where the demo spa's customers live: mostly in the city of the spa, some from elsewhere
const CITIES = ["Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Nha Trang", "Hải Phòng", "Huế"]

/**
 * A home address for every demo customer who has none, through Medusa's own
 * address workflow (whose hook records her city and country in her facts),
 * so city filters have something to find. A rerun adds nothing.
 */
export async function seedCustomerCities(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "addresses.id"] })
  const homeless = (data as { id: string; first_name: string | null; last_name: string | null; addresses?: unknown[] }[])
    .filter((c) => !c.addresses?.length)
    .sort((a, b) => a.id.localeCompare(b.id))
  for (let i = 0; i < homeless.length; i += 100) {
    await createCustomerAddressesWorkflow(container).run({
      input: {
        addresses: homeless.slice(i, i + 100).map((c, k) => ({
          customer_id: c.id,
          first_name: c.first_name,
          last_name: c.last_name,
          city: CITIES[(i + k) % CITIES.length],
          country_code: "vn",
          is_default_billing: true,
          is_default_shipping: true,
        })),
      },
    })
  }
  console.log(`  customer cities: ${homeless.length} home addresses added`)
}

/**
 * The demo customers' behaviour classes (S5), scored once through the same
 * workflow the nightly job runs. Call it after the customer facts hold the
 * seeded orders (after `settleDemoLoyalty`); a rerun scores again, writing
 * the same classes.
 */
export async function seedBehaviour(container: MedusaContainer) {
  const { result } = await scoreCustomerBehaviourWorkflow(container).run({ input: {} })
  const classes = Object.entries(result.by_class)
    .filter(([, n]) => n > 0)
    .map(([cls, n]) => `${cls} ${n}`)
    .join(", ")
  console.log(`  behaviour classes: ${result.scored} customers scored in ${result.duration_ms} ms (${classes})`)
}
