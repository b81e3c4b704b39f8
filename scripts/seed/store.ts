import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createProductTypesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATALOG, COLLECTIONS, type DemoProduct } from "./demo-data"
import { ensureSpaFulfillment, type SpaFulfillment } from "./fulfillment"

export const STORE_NAME = "Lotus Spa & Salon"
const CHANNEL_NAME = "Lotus Spa online"
const REGIONS = [
  { name: "Vietnam", currency_code: "vnd", countries: ["vn"] },
  { name: "United States", currency_code: "usd", countries: ["us"] },
]

export type DemoStore = {
  salesChannelId: string
  regionByCurrency: Record<string, string>
  variantBySku: Map<string, string>
  publishableKey: string
  fulfillment: SpaFulfillment
}

/** Store, sales channel, regions (VND, USD), tax regions and the storefront key; each only if missing. */
async function ensureStoreSetup(container: MedusaContainer) {
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const apiKeyModule = container.resolve(Modules.API_KEY)

  let [channel] = await salesChannelModule.listSalesChannels({ name: CHANNEL_NAME })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: CHANNEL_NAME, description: "Bookings, vouchers and products" }] },
    })
    channel = result[0]
  }

  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        default_sales_channel_id: channel.id,
        supported_currencies: [
          { currency_code: "vnd", is_default: true },
          { currency_code: "usd" },
        ],
      },
    },
  })

  const regionByCurrency: Record<string, string> = {}
  for (const spec of REGIONS) {
    let [region] = await regionModule.listRegions({ name: spec.name })
    if (!region) {
      const { result } = await createRegionsWorkflow(container).run({
        input: { regions: [{ ...spec, payment_providers: ["pp_system_default"] }] },
      })
      region = result[0]
    }
    regionByCurrency[spec.currency_code] = region.id
  }

  const countries = REGIONS.flatMap((r) => r.countries)
  const existingTax = await taxModule.listTaxRegions({ country_code: countries })
  const missingTax = countries.filter((c) => !existingTax.some((t) => t.country_code === c))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  let [key] = await apiKeyModule.listApiKeys({ title: "Lotus storefront", type: "publishable" })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: "Lotus storefront", type: "publishable", created_by: "" }] },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  }

  return { salesChannelId: channel.id, regionByCurrency, publishableKey: key.token }
}

/**
 * Medusa product types, which the analytics read to tell retail from
 * treatments: "Product" (skincare, what the spa sells over the counter),
 * "Service" (facials, massages, nail care) and "Voucher".
 */
const typeOf = (p: DemoProduct) => (p.collection_handle === "skincare-products" ? "Product" : p.collection_handle === "service-vouchers" ? "Voucher" : "Service")

async function ensureProductTypes(container: MedusaContainer) {
  const productModule = container.resolve(Modules.PRODUCT)
  const names: string[] = [...new Set(CATALOG.map(typeOf))]
  const existing = (await productModule.listProductTypes({}, { select: ["id", "value"], take: null })).filter((t) => names.includes(t.value))
  const missing = names.filter((value) => !existing.some((t) => t.value === value))
  if (missing.length) {
    const { result } = await createProductTypesWorkflow(container).run({ input: { product_types: missing.map((value) => ({ value })) } })
    existing.push(...result)
  }
  return new Map(existing.map((t) => [t.value, t.id]))
}

/** Collections and spa products (services, vouchers, skincare) priced in VND and USD, each with its type. */
async function ensureCatalog(container: MedusaContainer, salesChannelId: string, shippingProfileId: string) {
  const productModule = container.resolve(Modules.PRODUCT)
  const typeId = await ensureProductTypes(container)

  const existingCollections = await productModule.listProductCollections({
    handle: COLLECTIONS.map((c) => c.handle),
  })
  const missingCollections = COLLECTIONS.filter((c) => !existingCollections.some((e) => e.handle === c.handle))
  if (missingCollections.length) {
    await createCollectionsWorkflow(container).run({
      input: { collections: missingCollections.map(({ title, handle }) => ({ title, handle })) },
    })
  }
  const collections = await productModule.listProductCollections({ handle: COLLECTIONS.map((c) => c.handle) })
  const collectionId = new Map(collections.map((c) => [c.handle, c.id]))

  const existing = await productModule.listProducts({ handle: CATALOG.map((p) => p.handle) }, { select: ["id", "handle", "type_id"] })
  const missing = CATALOG.filter((p) => !existing.some((e) => e.handle === p.handle))
  // a demo seeded before the types: its products get theirs
  for (const product of existing.filter((e) => !e.type_id)) {
    await productModule.updateProducts(product.id, { type_id: typeId.get(typeOf(CATALOG.find((p) => p.handle === product.handle)!)) })
  }
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          collection_id: collectionId.get(p.collection_handle),
          type_id: typeId.get(typeOf(p)),
          sales_channels: [{ id: salesChannelId }],
          shipping_profile_id: shippingProfileId,
          options: [{ title: "Option", values: p.variants.map((v) => v.title) }],
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            options: { Option: v.title },
            // services and vouchers are not stocked; the demo keeps products simple too
            manage_inventory: false,
            prices: [
              { currency_code: "vnd", amount: v.prices.vnd },
              { currency_code: "usd", amount: v.prices.usd },
            ],
          })),
        })),
      },
    })
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: CATALOG.flatMap((p) => p.variants.map((v) => v.sku)) },
  })
  return new Map(variants.map((v: any) => [v.sku as string, v.id as string]))
}

export async function ensureDemoStore(container: MedusaContainer): Promise<DemoStore> {
  const setup = await ensureStoreSetup(container)
  const fulfillment = await ensureSpaFulfillment(container, setup.salesChannelId, setup.regionByCurrency)
  const variantBySku = await ensureCatalog(container, setup.salesChannelId, fulfillment.shippingProfileId)
  return { ...setup, variantBySku, fulfillment }
}
