import { useInfiniteQuery } from "@tanstack/react-query"

import { touchPointQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type { CreateTouchPointPayload, TouchPoint, TouchPointsResponse } from "../../lib/types"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

/** A customer's touch-points, newest first, a page at a time ("Load more"). */
export const useTouchPoints = (customerId: string, pageSize = 10) => {
  const query = useInfiniteQuery({
    queryKey: touchPointQueryKeys.list({ customer_id: customerId, limit: pageSize }),
    queryFn: ({ pageParam }) =>
      sdk.client.fetch<TouchPointsResponse>(`/admin/customers/${customerId}/touch-points`, {
        query: { limit: pageSize, offset: pageParam },
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const next = last.offset + last.touch_points.length
      return last.touch_points.length && next < last.count ? next : undefined
    },
  })

  const pages = query.data?.pages ?? []
  return {
    ...query,
    touch_points: pages.flatMap((page) => page.touch_points),
    count: pages[0]?.count ?? 0,
  }
}

export const useCreateTouchPoint = (
  customerId: string,
  options?: CrmMutationOptions<{ touch_point: TouchPoint }, CreateTouchPointPayload>
) =>
  useCrmMutation(
    (body: CreateTouchPointPayload) =>
      sdk.client.fetch<{ touch_point: TouchPoint }>(`/admin/customers/${customerId}/touch-points`, {
        method: "POST",
        body,
      }),
    // partial key match: every page size of this customer's timeline
    () => [touchPointQueryKeys.list({ customer_id: customerId })],
    options
  )
