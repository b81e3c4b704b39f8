import { keepPreviousData, useQuery } from "@tanstack/react-query"

import { intakeKeyQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type {
  CreateIntakeKeyPayload,
  CreateIntakeKeyResponse,
  IntakeKey,
  IntakeKeysQuery,
  IntakeKeysResponse,
} from "../../lib/types"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

/** A page of intake keys, newest first; their tokens are never listed. */
export const useIntakeKeys = (query?: IntakeKeysQuery) => {
  const { data, ...rest } = useQuery({
    queryKey: intakeKeyQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<IntakeKeysResponse>("/admin/crm/intake-keys", { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

const intakeKeyChanged = () => [intakeKeyQueryKeys.all]

/** Creates a key for one source; the answer carries its token, the only time it is shown. */
export const useCreateIntakeKey = (options?: CrmMutationOptions<CreateIntakeKeyResponse, CreateIntakeKeyPayload>) =>
  useCrmMutation(
    (body: CreateIntakeKeyPayload) =>
      sdk.client.fetch<CreateIntakeKeyResponse>("/admin/crm/intake-keys", { method: "POST", body }),
    intakeKeyChanged,
    options
  )

/** Stops a key at once: leads sent with it are refused (401). */
export const useRevokeIntakeKey = (options?: CrmMutationOptions<{ intake_key: IntakeKey }, string>) =>
  useCrmMutation(
    (id: string) =>
      sdk.client.fetch<{ intake_key: IntakeKey }>(`/admin/crm/intake-keys/${id}/revoke`, { method: "POST" }),
    intakeKeyChanged,
    options
  )
