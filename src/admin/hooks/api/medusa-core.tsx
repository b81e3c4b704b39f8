// Lookups in Medusa's own admin API (store currencies, product collections, order numbers) the loyalty screens show.
import type { HttpTypes } from "@medusajs/framework/types"
import { useQuery } from "@tanstack/react-query"

import { collectionQueryKeys, storeCurrencyQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"

/** The store's supported currency codes (lowercase), the default one first. */
export const useStoreCurrencies = () => {
  const { data, ...rest } = useQuery({
    queryKey: storeCurrencyQueryKeys.lists(),
    queryFn: () =>
      sdk.client.fetch<HttpTypes.AdminStoreListResponse>("/admin/stores", {
        query: { fields: "id,supported_currencies.currency_code,supported_currencies.is_default" },
      }),
    staleTime: 5 * 60 * 1000,
  })
  const supported = data?.stores?.[0]?.supported_currencies ?? []
  const currencies = [...supported]
    .sort((a, b) => Number(b.is_default) - Number(a.is_default))
    .map((c) => c.currency_code.toLowerCase())
  return { currencies, defaultCurrency: currencies[0] as string | undefined, ...rest }
}

/** Product collections, for the points multipliers per collection (a spa has a few dozen at most). */
export const useProductCollections = (query: { q?: string; id?: string[]; limit?: number }, enabled = true) => {
  const { data, ...rest } = useQuery({
    queryKey: collectionQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<HttpTypes.AdminCollectionListResponse>("/admin/collections", {
        query: { fields: "id,title,handle", ...query },
      }),
    enabled,
  })
  return { collections: data?.collections ?? [], count: data?.count ?? 0, ...rest }
}

/** Orders' display numbers ("#1042") by id, for links in the points history. */
export const useOrderNumbers = (orderIds: string[]) => {
  const ids = [...new Set(orderIds)].sort()
  const { data } = useQuery({
    queryKey: ["spa-crm-order-number", "list", { ids }],
    queryFn: () =>
      sdk.client.fetch<HttpTypes.AdminOrderListResponse>("/admin/orders", {
        query: { id: ids, fields: "id,display_id", limit: ids.length },
      }),
    enabled: ids.length > 0,
    staleTime: Infinity,
  })
  return new Map((data?.orders ?? []).map((order) => [order.id, order.display_id]))
}
