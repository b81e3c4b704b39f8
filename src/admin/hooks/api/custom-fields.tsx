import type { FetchError } from "@medusajs/js-sdk"
import { type QueryKey, useQuery, type UseQueryOptions } from "@tanstack/react-query"

import { customerCrmQueryKeys, customFieldQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type {
  CreateCustomFieldPayload,
  CustomField,
  CustomFieldsResponse,
  UpdateCustomFieldPayload,
} from "../../lib/types"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

/** The custom-field definitions, in their rank order (the API sorts them). */
export const useCustomFields = (
  options?: Omit<
    UseQueryOptions<CustomFieldsResponse, FetchError, CustomFieldsResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: customFieldQueryKeys.lists(),
    // every definition at once: a spa defines a handful, the API allows 200 a page
    queryFn: () =>
      sdk.client.fetch<CustomFieldsResponse>("/admin/crm/custom-fields", { query: { limit: 200 } }),
    ...options,
  })
  return { ...data, ...rest }
}

type CustomFieldResponse = { custom_field: CustomField }

// Deleting a field removes its values from the profiles; labels show there too.
const customFieldChanged = () => [customFieldQueryKeys.all, customerCrmQueryKeys.all]

export const useCreateCustomField = (
  options?: CrmMutationOptions<CustomFieldResponse, CreateCustomFieldPayload>
) =>
  useCrmMutation(
    (body: CreateCustomFieldPayload) =>
      sdk.client.fetch<CustomFieldResponse>("/admin/crm/custom-fields", { method: "POST", body }),
    customFieldChanged,
    options
  )

export const useUpdateCustomField = (
  options?: CrmMutationOptions<CustomFieldResponse, { id: string } & UpdateCustomFieldPayload>
) =>
  useCrmMutation(
    ({ id, ...body }: { id: string } & UpdateCustomFieldPayload) =>
      sdk.client.fetch<CustomFieldResponse>(`/admin/crm/custom-fields/${id}`, { method: "POST", body }),
    customFieldChanged,
    options
  )

export const useDeleteCustomField = (options?: CrmMutationOptions<unknown, string>) =>
  useCrmMutation(
    (id: string) => sdk.client.fetch<unknown>(`/admin/crm/custom-fields/${id}`, { method: "DELETE" }),
    customFieldChanged,
    options
  )
