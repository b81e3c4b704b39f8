import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, type QueryKey, useQuery, type UseQueryOptions } from "@tanstack/react-query"

import { customerCrmQueryKeys, intakeKeyQueryKeys, sourceQueryKeys, sourceStatsQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type { Source, SourcePayload, SourcesResponse, SourceStatsResponse } from "../../lib/types"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

export type SourcesQuery = { q?: string; limit?: number; offset?: number }

export const useSources = (
  query?: SourcesQuery,
  options?: Omit<
    UseQueryOptions<SourcesResponse, FetchError, SourcesResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: sourceQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<SourcesResponse>("/admin/crm/sources", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })
  return { ...data, ...rest }
}

export type SourceStatsQuery = { from?: string; to?: string }

/** Customers, buyers, conversion and revenue per source, for a period. */
export const useSourceStats = (query?: SourceStatsQuery) => {
  const { data, ...rest } = useQuery({
    queryKey: sourceStatsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<SourceStatsResponse>("/admin/crm/sources/stats", { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

type SourceResponse = { source: Source }

// Source names appear on customers' profiles, in the statistics and on the intake keys.
const sourceChanged = () => [
  sourceQueryKeys.all,
  sourceStatsQueryKeys.all,
  customerCrmQueryKeys.all,
  intakeKeyQueryKeys.all,
]

export const useCreateSource = (options?: CrmMutationOptions<SourceResponse, SourcePayload>) =>
  useCrmMutation(
    (body: SourcePayload) =>
      sdk.client.fetch<SourceResponse>("/admin/crm/sources", { method: "POST", body }),
    sourceChanged,
    options
  )

export const useUpdateSource = (
  options?: CrmMutationOptions<SourceResponse, { id: string } & Partial<SourcePayload>>
) =>
  useCrmMutation(
    ({ id, ...body }: { id: string } & Partial<SourcePayload>) =>
      sdk.client.fetch<SourceResponse>(`/admin/crm/sources/${id}`, { method: "POST", body }),
    sourceChanged,
    options
  )

export const useDeleteSource = (options?: CrmMutationOptions<unknown, string>) =>
  useCrmMutation(
    (id: string) => sdk.client.fetch<unknown>(`/admin/crm/sources/${id}`, { method: "DELETE" }),
    sourceChanged,
    options
  )
