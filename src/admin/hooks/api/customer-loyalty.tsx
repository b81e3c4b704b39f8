import { keepPreviousData, useQuery } from "@tanstack/react-query"

import {
  customerLoyaltyQueryKeys,
  loyaltyTierQueryKeys,
  orderLoyaltyQueryKeys,
  pointsEntryQueryKeys,
  tierHistoryQueryKeys,
} from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type {
  AdjustPointsPayload,
  CustomerLoyaltyResponse,
  OrderLoyaltyResponse,
  PointsEntriesQuery,
  PointsEntriesResponse,
  PointsEntry,
  TierHistoryResponse,
} from "../../lib/types"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

/** The customer's points, tier, next tier with her spend, and referral code. */
export const useCustomerLoyalty = (customerId: string) => {
  const { data, ...rest } = useQuery({
    queryKey: customerLoyaltyQueryKeys.detail(customerId),
    queryFn: () => sdk.client.fetch<CustomerLoyaltyResponse>(`/admin/customers/${customerId}/loyalty`),
  })
  return { ...data, ...rest }
}

/** One page of the customer's points ledger, newest first. */
export const usePointsEntries = (customerId: string, query: PointsEntriesQuery) => {
  const { data, ...rest } = useQuery({
    queryKey: pointsEntryQueryKeys.list({ customer_id: customerId, ...query }),
    queryFn: () =>
      sdk.client.fetch<PointsEntriesResponse>(`/admin/customers/${customerId}/loyalty/entries`, { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

/** One page of the customer's tier changes, newest first. */
export const useTierHistory = (customerId: string, query: { limit: number; offset: number }) => {
  const { data, ...rest } = useQuery({
    queryKey: tierHistoryQueryKeys.list({ customer_id: customerId, ...query }),
    queryFn: () =>
      sdk.client.fetch<TierHistoryResponse>(`/admin/customers/${customerId}/loyalty/tier-history`, { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

/** Books a manual credit (positive) or debit (negative) with the staff's note and, optionally, the words the member reads. */
export const useAdjustPoints = (
  customerId: string,
  options?: CrmMutationOptions<{ entry?: PointsEntry }, AdjustPointsPayload>
) =>
  useCrmMutation(
    (body: AdjustPointsPayload) =>
      sdk.client.fetch<{ entry?: PointsEntry }>(`/admin/customers/${customerId}/loyalty/adjustments`, {
        method: "POST",
        body,
      }),
    () => [
      customerLoyaltyQueryKeys.detail(customerId),
      pointsEntryQueryKeys.list({ customer_id: customerId }),
      // a debit can't change the tier, but member counts are read from the same accounts
      loyaltyTierQueryKeys.all,
    ],
    options
  )

/** The points an order earned, redeemed and had reversed, with its ledger entries. */
export const useOrderLoyalty = (orderId: string) => {
  const { data, ...rest } = useQuery({
    queryKey: orderLoyaltyQueryKeys.detail(orderId),
    queryFn: () => sdk.client.fetch<OrderLoyaltyResponse>(`/admin/orders/${orderId}/loyalty`),
  })
  return { loyalty: data, ...rest }
}
