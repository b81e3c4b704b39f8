import { model } from "@medusajs/framework/utils"

/**
 * A loyalty booking that failed (an award on order.placed, a reversal on a
 * refund…). Kept until a retry succeeds, so no award is silently lost: the
 * retry job runs them again and the admin lists what is still failing.
 */
const AwardFailure = model
  .define({ name: "AwardFailure", tableName: "loyalty_award_failure" }, {
    id: model.id({ prefix: "lyfail" }).primaryKey(),
    // what to run again: "award-order-points", "reverse-order-points", …
    operation: model.text(),
    // the business key of the attempt, e.g. "order.placed:order_123"
    reference: model.text(),
    input: model.json(),
    error: model.text(),
    attempts: model.number().default(1),
    last_attempt_at: model.dateTime(),
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["reference"], unique: true, where: "deleted_at IS NULL" }])

export default AwardFailure
