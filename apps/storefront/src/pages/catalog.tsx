import type { HttpTypes } from "@medusajs/types"
import { formatMoney } from "medusa-plugin-spa-crm/storefront"
import { useState } from "react"
import { Status } from "../components/status"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"

// products in this collection are taken home; every other collection is a treatment or a voucher for one
const PRODUCTS_COLLECTION = "skincare-products"

export function CatalogPage() {
  const { sdk, region, text } = useShop()
  const products = useLoad(
    async () =>
      (
        await sdk.store.product.list({
          region_id: region.id,
          limit: 100,
          fields: "id,title,handle,description,collection.title,collection.handle,*variants,*variants.calculated_price",
        })
      ).products,
    [sdk, region.id]
  )
  const list = products.value ?? []
  const services = list.filter((p) => p.collection?.handle !== PRODUCTS_COLLECTION)
  const goods = list.filter((p) => p.collection?.handle === PRODUCTS_COLLECTION)
  return (
    <>
      <section className="shop-hero">
        <h1>{text("hero.title")}</h1>
        <p>{text("hero.subtitle")}</p>
      </section>
      <Status loading={products.loading} error={products.error} />
      {services.length > 0 && <ProductGrid title={text("catalog.services")} products={services} />}
      {goods.length > 0 && <ProductGrid title={text("catalog.products")} products={goods} />}
    </>
  )
}

function ProductGrid({ title, products }: { title: string; products: HttpTypes.StoreProduct[] }) {
  return (
    <section className="shop-section">
      <h2>{title}</h2>
      <div className="shop-grid">
        {products.map((p) => (
          <ProductCard key={p.id} product={p} />
        ))}
      </div>
    </section>
  )
}

function ProductCard({ product }: { product: HttpTypes.StoreProduct }) {
  const { addToCart, locale, region, text } = useShop()
  const variants = product.variants ?? []
  const [variantId, setVariantId] = useState(variants[0]?.id)
  const [state, setState] = useState<"idle" | "adding" | "added" | Error>("idle")
  const variant = variants.find((v) => v.id === variantId)
  const price = variant?.calculated_price?.calculated_amount
  return (
    <article className="shop-card shop-product" data-product={product.handle}>
      <div className={`shop-product__art shop-product__art--${product.collection?.handle ?? "other"}`} aria-hidden>
        {product.title.slice(0, 1)}
      </div>
      <h3>{product.title}</h3>
      {product.collection && <p className="shop-muted">{product.collection.title}</p>}
      {product.description && <p className="shop-product__description">{product.description}</p>}
      {variants.length > 1 && (
        <label className="shop-field">
          <span>{text("catalog.option")}</span>
          <select value={variantId} onChange={(e) => setVariantId(e.target.value)}>
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="shop-product__buy">
        <strong className="shop-price">{price != null ? formatMoney(price, region.currency_code, locale) : "—"}</strong>
        <button
          type="button"
          className="shop-button"
          disabled={!variant || state === "adding"}
          onClick={async () => {
            setState("adding")
            try {
              await addToCart(variant!.id)
              setState("added")
            } catch (e) {
              setState(e as Error)
            }
          }}
        >
          {text("catalog.add")}
        </button>
      </div>
      {state === "added" && <p className="shop-notice" role="status">{text("catalog.added")}</p>}
      {state instanceof Error && <p className="shop-error" role="alert">{state.message}</p>}
    </article>
  )
}
