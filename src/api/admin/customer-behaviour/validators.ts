import { z } from "@medusajs/framework/zod"
import { behaviourRulesProblem } from "../../../modules/customer-facts/behaviour-rules"
import { BEHAVIOUR_CLASSES, BEHAVIOUR_GROUPS, type BehaviourRule } from "../../../types/customer-behaviour"

const score = z.number().int().min(1).max(5)
const range = z.tuple([score, score])

const rule = z
  .object({ class: z.enum(BEHAVIOUR_CLASSES), group: z.enum(BEHAVIOUR_GROUPS), recency: range, frequency_monetary: range })
  .strict()

/** A whole class table: see behaviourRulesProblem (min ≤ max, every one of the 25 cells covered). */
export const AdminUpdateBehaviourSettings = z
  .object({
    rules: z
      .array(rule)
      .min(1)
      .max(20)
      .superRefine((rules, ctx) => {
        // the message names the rule or the uncovered cell itself ("rules.2.recency: …")
        const problem = behaviourRulesProblem(rules)
        if (problem) ctx.addIssue({ code: "custom", message: problem })
      }),
  })
  .strict()

export type AdminUpdateBehaviourSettingsType = { rules: BehaviourRule[] }
