import type { HttpTypes } from "@medusajs/framework/types"
import { keepPreviousData, useQuery } from "@tanstack/react-query"

import type {
  CreateSetPromotion,
  CustomerSetMember,
  CustomerSetPreview,
  CustomerSetRecord,
  SetKind,
  SetRuleGroup,
} from "../../../types/customer-sets"
import {
  customerSetMemberQueryKeys,
  customerSetPreviewQueryKeys,
  customerSetPromotionQueryKeys,
  customerSetQueryKeys,
  customerSetsOfCustomerQueryKeys,
  productPickQueryKeys,
} from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

export type CustomerSetsQuery = { q?: string; kind?: SetKind; limit?: number; offset?: number }
type CustomerSetsResponse = { customer_sets: CustomerSetRecord[]; count: number; limit: number; offset: number }
type CustomerSetResponse = { customer_set: CustomerSetRecord }
type MembersResponse = { customers: CustomerSetMember[]; count: number; limit: number; offset: number }
export type SetPromotion = {
  id: string
  code: string
  is_automatic: boolean
  status: string
  application_method?: { type: string; value: number; currency_code: string | null } | null
  campaign?: {
    starts_at: string | null
    ends_at: string | null
    budget?: { type: string; limit: number | null } | null
  } | null
}
export type SetPayload = { name: string; description?: string | null; kind: SetKind; rules: SetRuleGroup }

export const useCustomerSets = (query: CustomerSetsQuery) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSetQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<CustomerSetsResponse>("/admin/customer-sets", { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

export const useCustomerSet = (id: string) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSetQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<CustomerSetResponse>(`/admin/customer-sets/${id}`),
  })
  return { customer_set: data?.customer_set, ...rest }
}

/**
 * How many customers the rules select, and the first of them, while the rules
 * are edited. A POST that writes nothing, so it is cached like a read.
 */
export const useCustomerSetPreview = (rules: SetRuleGroup, enabled: boolean) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSetPreviewQueryKeys.list({ rules }),
    queryFn: () =>
      sdk.client.fetch<CustomerSetPreview>("/admin/customer-sets/preview", { method: "POST", body: { rules } }),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
  })
  return { preview: data, ...rest }
}

export const useCustomerSetMembers = (id: string, query: { limit: number; offset: number }) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSetMemberQueryKeys.list({ id, ...query }),
    queryFn: () => sdk.client.fetch<MembersResponse>(`/admin/customer-sets/${id}/customers`, { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

export const useCustomerSetPromotions = (id: string) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSetPromotionQueryKeys.list({ id }),
    queryFn: () => sdk.client.fetch<{ promotions: SetPromotion[] }>(`/admin/customer-sets/${id}/promotions`),
  })
  return { promotions: data?.promotions ?? [], ...rest }
}

/** The sets a customer is in, for her page. */
export const useCustomerSetsOfCustomer = (customerId: string) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSetsOfCustomerQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<{ customer_sets: CustomerSetRecord[] }>(`/admin/customers/${customerId}/customer-sets`),
  })
  return { customer_sets: data?.customer_sets ?? [], ...rest }
}

/** Products by title (search) or by id (to name the ones a rule already holds). */
export const useProductsToPick = (query: { q?: string; id?: string[] }, enabled = true) => {
  const { data, ...rest } = useQuery({
    queryKey: productPickQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<HttpTypes.AdminProductListResponse>("/admin/products", {
        query: { fields: "id,title", limit: 20, ...query },
      }),
    enabled,
    placeholderData: keepPreviousData,
  })
  return { products: data?.products ?? [], ...rest }
}

// a set's members show on its page, its count in the list and on each member's page
const setChanged = () => [
  customerSetQueryKeys.all,
  customerSetMemberQueryKeys.all,
  customerSetsOfCustomerQueryKeys.all,
]

export const useCreateCustomerSet = (options?: CrmMutationOptions<CustomerSetResponse, SetPayload>) =>
  useCrmMutation(
    (body: SetPayload) => sdk.client.fetch<CustomerSetResponse>("/admin/customer-sets", { method: "POST", body }),
    setChanged,
    options
  )

export const useUpdateCustomerSet = (
  id: string,
  options?: CrmMutationOptions<CustomerSetResponse, Partial<SetPayload>>
) =>
  useCrmMutation(
    (body: Partial<SetPayload>) =>
      sdk.client.fetch<CustomerSetResponse>(`/admin/customer-sets/${id}`, { method: "POST", body }),
    setChanged,
    options
  )

export const useDeleteCustomerSet = (options?: CrmMutationOptions<unknown, string>) =>
  useCrmMutation(
    (id: string) => sdk.client.fetch<unknown>(`/admin/customer-sets/${id}`, { method: "DELETE" }),
    setChanged,
    options
  )

/** Re-evaluates a set now (a static set takes a new snapshot). */
export const useEvaluateCustomerSet = (id: string, options?: CrmMutationOptions<CustomerSetResponse, void>) =>
  useCrmMutation(
    () => sdk.client.fetch<CustomerSetResponse>(`/admin/customer-sets/${id}/evaluate`, { method: "POST" }),
    setChanged,
    options
  )

export const useCreateSetPromotion = (
  id: string,
  options?: CrmMutationOptions<{ promotion: SetPromotion }, CreateSetPromotion>
) =>
  useCrmMutation(
    (body: CreateSetPromotion) =>
      sdk.client.fetch<{ promotion: SetPromotion }>(`/admin/customer-sets/${id}/promotions`, { method: "POST", body }),
    () => [customerSetPromotionQueryKeys.all],
    options
  )
