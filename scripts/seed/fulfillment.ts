import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

const LOCATION_NAME = "Lotus Spa, District 1"
const FULFILLMENT_SET_NAME = "Lotus Spa treatments"
const MANUAL_PROVIDER = "manual_manual"
const IN_STORE_OPTION = "At the spa"

export type SpaFulfillment = {
  locationId: string
  shippingProfileId: string
  /** "At the spa": a treatment is delivered, a product picked up, at the counter */
  inStoreOptionId: string
}

/**
 * Where the spa "fulfils" what it sells: its salon as a stock location, served
 * by Medusa's manual provider, with an in-store option (no delivery charge) in
 * both regions. Medusa's fulfillment and return workflows need these; each is
 * created only if missing.
 */
export async function ensureSpaFulfillment(
  container: MedusaContainer,
  salesChannelId: string,
  regionByCurrency: Record<string, string>
): Promise<SpaFulfillment> {
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  let [location] = await stockLocationModule.listStockLocations({ name: LOCATION_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: LOCATION_NAME,
            address: { address_1: "12 Lê Thánh Tôn", city: "Hồ Chí Minh", country_code: "vn" },
          },
        ],
      },
    })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_PROVIDER },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  }

  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default", type: "default" }] },
    })
    profile = result[0]
  }

  let [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "pickup",
      service_zones: [
        {
          name: "Vietnam and United States",
          geo_zones: [
            { country_code: "vn", type: "country" },
            { country_code: "us", type: "country" },
          ],
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const serviceZoneId = fulfillmentSet.service_zones[0].id

  const options = await fulfillmentModule.listShippingOptions({ service_zone: { id: serviceZoneId } } as any)
  let inStore = options.find((o) => o.name === IN_STORE_OPTION)
  if (!inStore) {
    const { result } = await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: IN_STORE_OPTION,
          price_type: "flat",
          provider_id: MANUAL_PROVIDER,
          service_zone_id: serviceZoneId,
          shipping_profile_id: profile.id,
          type: { label: IN_STORE_OPTION, description: "Treatments given and products handed over at the spa", code: "at-the-spa" },
          prices: Object.values(regionByCurrency).map((region_id) => ({ region_id, amount: 0 })),
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
    inStore = result[0]
  }

  return { locationId: location.id, shippingProfileId: profile.id, inStoreOptionId: inStore!.id }
}
