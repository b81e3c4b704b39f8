import type { HttpTypes } from "@medusajs/framework/types"
import { keepPreviousData, useQuery } from "@tanstack/react-query"

import type {
  AdminFeedbackListResponse,
  AdminFollowUp,
  AdminFollowUpListResponse,
  AdminOrderFeedbackResponse,
  FollowUpView,
} from "../../../types/feedback"
import {
  customerCrmQueryKeys,
  feedbackQueryKeys,
  followUpQueryKeys,
  orderFeedbackQueryKeys,
  staffUserQueryKeys,
  touchPointQueryKeys,
} from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

export type FeedbackQuery = {
  rating?: number
  rating_lte?: number
  dimension?: string
  dimension_lte?: number
  staff_id?: string
  customer_id?: string
  from?: string
  to?: string
  limit: number
  offset: number
}

/** A page of feedback with the averages over every row the filters keep. */
export const useFeedbackList = (query: FeedbackQuery) =>
  useQuery({
    queryKey: feedbackQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminFeedbackListResponse>("/admin/feedback", { query }),
    placeholderData: keepPreviousData,
  })

/** A customer's feedback, newest first. */
export const useCustomerFeedback = (customerId: string, limit = 5) =>
  useQuery({
    queryKey: feedbackQueryKeys.list({ customer_id: customerId, limit }),
    queryFn: () => sdk.client.fetch<AdminFeedbackListResponse>(`/admin/customers/${customerId}/feedback`, { query: { limit } }),
  })

/** The order's feedback and the staff who served it. */
export const useOrderFeedback = (orderId: string) =>
  useQuery({
    queryKey: orderFeedbackQueryKeys.detail(orderId),
    queryFn: () => sdk.client.fetch<AdminOrderFeedbackResponse>(`/admin/orders/${orderId}/feedback`),
  })

export const useSetOrderStaff = (orderId: string, options?: CrmMutationOptions<AdminOrderFeedbackResponse, string[]>) =>
  useCrmMutation(
    (user_ids: string[]) =>
      sdk.client.fetch<AdminOrderFeedbackResponse>(`/admin/orders/${orderId}/staff`, { method: "POST", body: { user_ids } }),
    () => [orderFeedbackQueryKeys.detail(orderId)],
    options
  )

export type FollowUpQuery = { status?: FollowUpView; customer_id?: string; limit: number; offset: number }

export const useFollowUps = (query: FollowUpQuery) =>
  useQuery({
    queryKey: followUpQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminFollowUpListResponse>("/admin/follow-ups", { query }),
    placeholderData: keepPreviousData,
  })

export type CloseFollowUpPayload = { id: string; customer_id: string; outcome: string }

export const useCloseFollowUp = (options?: CrmMutationOptions<{ follow_up: AdminFollowUp }, CloseFollowUpPayload>) =>
  useCrmMutation(
    ({ id, outcome }: CloseFollowUpPayload) =>
      sdk.client.fetch<{ follow_up: AdminFollowUp }>(`/admin/follow-ups/${id}/close`, { method: "POST", body: { outcome } }),
    // the lists of every status, and the customer's timeline that gained a touch-point
    ({ customer_id }) => [followUpQueryKeys.lists(), touchPointQueryKeys.list({ customer_id }), customerCrmQueryKeys.all],
    options
  )

/** The spa's staff: Medusa's admin users (the first 200, enough for a spa). */
export const useStaffUsers = () =>
  useQuery({
    queryKey: staffUserQueryKeys.list({ limit: 200 }),
    queryFn: () =>
      sdk.client.fetch<HttpTypes.AdminUserListResponse>("/admin/users", {
        query: { limit: 200, fields: "id,first_name,last_name,email" },
      }),
    staleTime: 60_000,
  })
