import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, type QueryKey, useQuery, type UseQueryOptions } from "@tanstack/react-query"

import { customerCrmQueryKeys, tagQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type { ChangeTagCustomersPayload, Tag, TagPayload, TagsResponse } from "../../lib/types"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

export type TagsQuery = { q?: string; limit?: number; offset?: number }

export const useTags = (
  query?: TagsQuery,
  options?: Omit<UseQueryOptions<TagsResponse, FetchError, TagsResponse, QueryKey>, "queryKey" | "queryFn">
) => {
  const { data, ...rest } = useQuery({
    queryKey: tagQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<TagsResponse>("/admin/crm/tags", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })
  return { ...data, ...rest }
}

type TagResponse = { tag: Tag }

// Tag names and colours are shown on every customer's profile, so changing a
// tag invalidates the customers' CRM data as well as the tag lists.
const tagChanged = () => [tagQueryKeys.all, customerCrmQueryKeys.all]

export const useCreateTag = (options?: CrmMutationOptions<TagResponse, TagPayload>) =>
  useCrmMutation(
    (body: TagPayload) => sdk.client.fetch<TagResponse>("/admin/crm/tags", { method: "POST", body }),
    tagChanged,
    options
  )

export const useUpdateTag = (
  options?: CrmMutationOptions<TagResponse, { id: string } & Partial<TagPayload>>
) =>
  useCrmMutation(
    ({ id, ...body }: { id: string } & Partial<TagPayload>) =>
      sdk.client.fetch<TagResponse>(`/admin/crm/tags/${id}`, { method: "POST", body }),
    tagChanged,
    options
  )

export const useDeleteTag = (options?: CrmMutationOptions<unknown, string>) =>
  useCrmMutation(
    (id: string) => sdk.client.fetch<unknown>(`/admin/crm/tags/${id}`, { method: "DELETE" }),
    tagChanged,
    options
  )

type ChangeTagCustomersVariables = { tagId: string } & ChangeTagCustomersPayload

/** Puts a tag on customers and takes it off others. */
export const useChangeTagCustomers = (
  options?: CrmMutationOptions<unknown, ChangeTagCustomersVariables>
) =>
  useCrmMutation(
    ({ tagId, ...body }: ChangeTagCustomersVariables) =>
      sdk.client.fetch<unknown>(`/admin/crm/tags/${tagId}/customers`, { method: "POST", body }),
    ({ add = [], remove = [] }) => [
      tagQueryKeys.all,
      ...[...add, ...remove].map((customerId) => customerCrmQueryKeys.detail(customerId)),
    ],
    options
  )
