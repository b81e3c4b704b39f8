import { useShop } from "../lib/shop"

/** What a page shows while it reads, or when reading failed. */
export function Status({ loading, error }: { loading: boolean; error?: Error }) {
  const { text } = useShop()
  if (error) return <p className="shop-error" role="alert">{text("common.error", { message: error.message })}</p>
  if (loading) return <p className="shop-muted">{text("common.loading")}</p>
  return null
}
