import { useQuery } from "@tanstack/react-query"

import { behaviourOverviewQueryKeys, customerBehaviourQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type { BehaviourClass, BehaviourGroup, BehaviourRule, CustomerBehaviour } from "../../../types/customer-behaviour"
import { type CrmMutationOptions, useCrmMutation } from "./use-crm-mutation"

export type BehaviourCounts = { by_class: Record<BehaviourClass, number>; by_group: Record<BehaviourGroup, number> }

/** GET /admin/customer-behaviour: the class table, the counts, the last run. */
export type BehaviourOverview = BehaviourCounts & { rules: BehaviourRule[]; last_scored_at: string | null; last_duration_ms: number | null }

export type BehaviourScoring = BehaviourCounts & { scored: number; changed: number; cleared: number; scored_at: string; duration_ms: number }

/** Her scores and class (all null until she has ordered and a run scored her). */
export const useCustomerBehaviour = (customerId: string) => {
  const { data, ...rest } = useQuery({
    queryKey: customerBehaviourQueryKeys.detail(customerId),
    queryFn: () => sdk.client.fetch<{ behaviour: CustomerBehaviour }>(`/admin/customers/${customerId}/behaviour`),
  })
  return { ...data, ...rest }
}

export const useBehaviourOverview = () => {
  const { data, ...rest } = useQuery({
    queryKey: behaviourOverviewQueryKeys.details(),
    queryFn: () => sdk.client.fetch<BehaviourOverview>("/admin/customer-behaviour"),
  })
  return { overview: data, ...rest }
}

// a run changes every customer's class and the counts
const scored = () => [behaviourOverviewQueryKeys.all, customerBehaviourQueryKeys.all]

export const useScoreBehaviour = (options?: CrmMutationOptions<{ scoring: BehaviourScoring }, void>) =>
  useCrmMutation(
    () => sdk.client.fetch<{ scoring: BehaviourScoring }>("/admin/customer-behaviour/score", { method: "POST" }),
    scored,
    options
  )

type SaveRulesResponse = BehaviourOverview & { scoring: BehaviourScoring }

export const useSaveBehaviourRules = (options?: CrmMutationOptions<SaveRulesResponse, BehaviourRule[]>) =>
  useCrmMutation(
    (rules: BehaviourRule[]) =>
      sdk.client.fetch<SaveRulesResponse>("/admin/customer-behaviour/settings", { method: "POST", body: { rules } }),
    scored,
    options
  )
