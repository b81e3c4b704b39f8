import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createOrderFulfillmentWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  receiveItemReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"

/** Where a spa's services are delivered and its products handed over: a stock location and its "at the spa" option. */
export type FrontDesk = { location_id: string; shipping_option_id: string }

type Items = { id: string; quantity: number }[]

/**
 * The spa's front desk set up the way Medusa's admin does it: a stock
 * location served by Medusa's manual fulfillment provider, a pick-up
 * fulfillment set with one service zone, and a free "Delivered at the spa"
 * option in each currency. Medusa fulfils and takes back items only through
 * such an option.
 */
export async function createFrontDesk(container: MedusaContainer, currencies: string[] = ["vnd"]): Promise<FrontDesk> {
  const provider_id = "manual_manual"
  const { result: locations } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Front desk" }] } })
  const location_id = locations[0].id
  await createLinksWorkflow(container).run({
    input: [{ [Modules.STOCK_LOCATION]: { stock_location_id: location_id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: provider_id } }],
  })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id, fulfillment_set_data: { name: "At the spa", type: "pickup" } },
  })
  const { data } = await container
    .resolve("query")
    .graph({ entity: "stock_location", fields: ["fulfillment_sets.id"], filters: { id: location_id } })
  const fulfillment_set_id = (data[0] as { fulfillment_sets: { id: string }[] }).fulfillment_sets[0].id
  const { result: zones } = await createServiceZonesWorkflow(container).run({
    input: { data: [{ fulfillment_set_id, name: "In the spa", geo_zones: [{ type: "country", country_code: "vn" }] }] },
  })
  const { result: profiles } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Treatments", type: "default" }] },
  })
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Delivered at the spa",
        service_zone_id: zones[0].id,
        shipping_profile_id: profiles[0].id,
        provider_id,
        price_type: "flat",
        type: { label: "At the spa", code: "at-the-spa" },
        prices: currencies.map((currency_code) => ({ currency_code, amount: 0 })),
      },
    ],
  })
  return { location_id, shipping_option_id: options[0].id }
}

/** The items delivered (a treatment given, a product handed over) through Medusa's order fulfillment workflow. */
export async function fulfillItems(container: MedusaContainer, desk: FrontDesk, order_id: string, items: Items) {
  await createOrderFulfillmentWorkflow(container).run({
    input: { order_id, items, location_id: desk.location_id, shipping_option_id: desk.shipping_option_id },
  })
}

/**
 * Items brought back, through Medusa's return workflows as the admin's
 * "Request return" and "Receive" do: the return begun, its items requested
 * and the request confirmed, then received and the receipt confirmed, which
 * emits `order.return_received` itself. Returns the return's id.
 */
export async function returnItems(container: MedusaContainer, desk: FrontDesk, order_id: string, items: Items) {
  const { result: change } = await beginReturnOrderWorkflow(container).run({ input: { order_id, location_id: desk.location_id } })
  const return_id = change.return_id!
  await requestItemReturnWorkflow(container).run({ input: { return_id, items } })
  await confirmReturnRequestWorkflow(container).run({ input: { return_id } })
  await beginReceiveReturnWorkflow(container).run({ input: { return_id } })
  await receiveItemReturnRequestWorkflow(container).run({ input: { return_id, items } })
  await confirmReturnReceiveWorkflow(container).run({ input: { return_id } })
  return return_id
}
