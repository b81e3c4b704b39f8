import type { FetchError } from "@medusajs/js-sdk"
import { type QueryKey, useQuery, type UseQueryOptions } from "@tanstack/react-query"

import { customerCrmQueryKeys, sourceQueryKeys, sourceStatsQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type { CustomerCrmResponse, UpdateCustomerCrmPayload } from "../../lib/types"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

/** The customer's CRM profile (null until first saved) and tags. */
export const useCustomerCrm = (
  customerId: string,
  options?: Omit<
    UseQueryOptions<CustomerCrmResponse, FetchError, CustomerCrmResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerCrmQueryKeys.detail(customerId),
    queryFn: () => sdk.client.fetch<CustomerCrmResponse>(`/admin/customers/${customerId}/crm`),
    ...options,
  })
  return { ...data, ...rest }
}

/** Saves any subset of the profile; custom_fields is a patch (null clears a key). */
export const useUpdateCustomerCrm = (
  customerId: string,
  options?: CrmMutationOptions<CustomerCrmResponse, UpdateCustomerCrmPayload>
) =>
  useCrmMutation(
    (body: UpdateCustomerCrmPayload) =>
      sdk.client.fetch<CustomerCrmResponse>(`/admin/customers/${customerId}/crm`, {
        method: "POST",
        body,
      }),
    (body) => [
      customerCrmQueryKeys.detail(customerId),
      // a new source changes the per-source counts and statistics
      ...("source_id" in body ? [sourceQueryKeys.all, sourceStatsQueryKeys.all] : []),
    ],
    options
  )
