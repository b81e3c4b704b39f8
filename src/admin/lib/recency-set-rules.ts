import { RECENCY_BUCKET_DAYS, type RecencyBucket } from "../../types/analytics"
import type { SetCondition, SetRuleGroup } from "../../types/customer-sets"

/**
 * A recency bucket as a customer set's rules: "days since the last order" in
 * the bucket's days, both ends included as the buckets are ("180+" has no
 * upper end). The set counts her last order in any currency, as of each
 * evaluation, so a dynamic set keeps following the bucket as days pass.
 */
export const recencyBucketRules = (bucket: RecencyBucket): SetRuleGroup => {
  const [min, max] = RECENCY_BUCKET_DAYS[bucket]
  const condition: SetCondition =
    max === null
      ? { field: "days_since_last_order", operator: "gte", value: min }
      : { field: "days_since_last_order", operator: "between", value: [min, max] }
  return { combinator: "and", rules: [condition] }
}
