import { useQuery } from "@tanstack/react-query"

import {
  awardFailureQueryKeys,
  customerLoyaltyQueryKeys,
  loyaltySettingsQueryKeys,
  loyaltyTierQueryKeys,
  orderLoyaltyQueryKeys,
  pointsEntryQueryKeys,
} from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type {
  AwardFailuresResponse,
  LoyaltySettingsResponse,
  LoyaltyTier,
  LoyaltyTierPayload,
  LoyaltyTiersResponse,
  RetryAwardFailureResponse,
  UpdateLoyaltySettingsPayload,
} from "../../lib/types"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

/** The programme's rules (the server creates them with defaults on first read). */
export const useLoyaltySettings = () => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltySettingsQueryKeys.details(),
    queryFn: () => sdk.client.fetch<LoyaltySettingsResponse>("/admin/loyalty/settings"),
  })
  return { ...data, ...rest }
}

export const useUpdateLoyaltySettings = (
  options?: CrmMutationOptions<LoyaltySettingsResponse, UpdateLoyaltySettingsPayload>
) =>
  useCrmMutation(
    (body: UpdateLoyaltySettingsPayload) =>
      sdk.client.fetch<LoyaltySettingsResponse>("/admin/loyalty/settings", { method: "POST", body }),
    // the tier window changes every member's progress
    () => [loyaltySettingsQueryKeys.all, customerLoyaltyQueryKeys.all],
    options
  )

/** The tiers by rank, each with how many members hold it. */
export const useLoyaltyTiers = () => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltyTierQueryKeys.lists(),
    queryFn: () => sdk.client.fetch<LoyaltyTiersResponse>("/admin/loyalty/tiers"),
  })
  return { ...data, ...rest }
}

type TierResponse = { tier: LoyaltyTier }

// tier names and thresholds show on every member's loyalty widget
const tierChanged = () => [loyaltyTierQueryKeys.all, customerLoyaltyQueryKeys.all]

export const useCreateLoyaltyTier = (options?: CrmMutationOptions<TierResponse, LoyaltyTierPayload>) =>
  useCrmMutation(
    (body: LoyaltyTierPayload) =>
      sdk.client.fetch<TierResponse>("/admin/loyalty/tiers", { method: "POST", body }),
    tierChanged,
    options
  )

export const useUpdateLoyaltyTier = (
  options?: CrmMutationOptions<TierResponse, { id: string } & Partial<LoyaltyTierPayload>>
) =>
  useCrmMutation(
    ({ id, ...body }: { id: string } & Partial<LoyaltyTierPayload>) =>
      sdk.client.fetch<TierResponse>(`/admin/loyalty/tiers/${id}`, { method: "POST", body }),
    tierChanged,
    options
  )

export const useDeleteLoyaltyTier = (options?: CrmMutationOptions<unknown, string>) =>
  useCrmMutation(
    (id: string) => sdk.client.fetch<unknown>(`/admin/loyalty/tiers/${id}`, { method: "DELETE" }),
    tierChanged,
    options
  )

/** Awards and reversals that failed and are not resolved yet. */
export const useAwardFailures = () => {
  const query = { resolved: false, limit: 50 }
  const { data, ...rest } = useQuery({
    queryKey: awardFailureQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AwardFailuresResponse>("/admin/loyalty/failures", { query }),
  })
  return { ...data, ...rest }
}

/**
 * Runs a failed award again. The answer is the failure after the attempt:
 * `resolved_at` is set when it booked, else it carries the new error.
 */
export const useRetryAwardFailure = (options?: CrmMutationOptions<RetryAwardFailureResponse, string>) =>
  useCrmMutation(
    (id: string) =>
      sdk.client.fetch<RetryAwardFailureResponse>(`/admin/loyalty/failures/${id}/retry`, { method: "POST" }),
    () => [
      awardFailureQueryKeys.all,
      customerLoyaltyQueryKeys.all,
      pointsEntryQueryKeys.all,
      orderLoyaltyQueryKeys.all,
      loyaltyTierQueryKeys.all,
    ],
    options
  )
