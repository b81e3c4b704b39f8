import type { FetchError } from "@medusajs/js-sdk"
import {
  type QueryKey,
  useMutation,
  type UseMutationOptions,
  useQueryClient,
} from "@tanstack/react-query"

export type CrmMutationOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, FetchError, TVariables>,
  "mutationFn"
>

/**
 * A mutation that, once it succeeds, invalidates the queries whose data it
 * changed (lists, details, counts shown elsewhere), then runs the caller's onSuccess.
 */
export function useCrmMutation<TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  invalidates: (variables: TVariables) => QueryKey[],
  options?: CrmMutationOptions<TData, TVariables>
) {
  const queryClient = useQueryClient()

  return useMutation<TData, FetchError, TVariables>({
    ...options,
    mutationFn,
    onSuccess: async (data, variables, context) => {
      await Promise.all(
        invalidates(variables).map((queryKey) => queryClient.invalidateQueries({ queryKey }))
      )
      return options?.onSuccess?.(data, variables, context)
    },
  })
}
