import { z } from "@medusajs/framework/zod"
import { nameKey } from "../../../lib/text"
import { ruleProblem } from "../../../modules/customer-sets/compiler"
import { SET_KINDS, SET_PROMOTION_TYPES, type SetRuleGroup } from "../../../types/customer-sets"
import { decimal, INPUT_KIND, isoDateTime, name, optionalText, page, text } from "../../utils/validators"

/**
 * A rule tree, checked by the compiler's own validation (the module runs the
 * same check), the message naming the place: "rules.rules[1].operator: …".
 */
const setRules = (field = "rules") =>
  z
    .unknown()
    .superRefine((rules, ctx) => {
      const problem = ruleProblem(rules, field)
      if (problem) ctx.addIssue({ code: "custom", message: `${problem.path}: ${problem.problem}` })
    })
    .describe(INPUT_KIND.json) as unknown as z.ZodType<SetRuleGroup>

const setName = name({ max: 100 })

export const AdminGetCustomerSetsParams = z
  .object({
    // matched against the folded names: "VIP" finds "Khách vip"
    q: text({ max: 100 }).transform(nameKey).optional(),
    kind: z.enum(SET_KINDS).optional(),
    ...page({ limit: 50, max: 200 }),
  })
  .strict()

export const AdminCreateCustomerSet = z
  .object({ name: setName, description: optionalText(1_000), kind: z.enum(SET_KINDS), rules: setRules() })
  .strict()

export const AdminUpdateCustomerSet = z
  .object({
    name: setName.optional(),
    description: optionalText(1_000),
    kind: z.enum(SET_KINDS).optional(),
    rules: setRules().optional(),
  })
  .strict()

export const AdminPreviewCustomerSet = z.object({ rules: setRules() }).strict()

export const AdminCustomerSetMembersParams = z
  .object({ ...page({ limit: 50, max: 500 }), format: z.enum(["json", "csv"]).default("json") })
  .strict()

const CODE = /^[A-Za-z0-9_-]{1,60}$/

export const AdminCreateSetPromotion = z
  .object({
    code: text({ max: 60 }).refine((v) => CODE.test(v), { message: "code: expected letters, digits, - and _ (1 to 60), such as BDAYJAN20" }),
    is_automatic: z.boolean().optional(),
    type: z.enum(SET_PROMOTION_TYPES),
    value: decimal({ min: 0, max: 1e12, above: true }),
    currency_code: text({ max: 3 })
      .refine((v) => /^[a-z]{3}$/.test(v), { message: "currency_code: expected a lowercase ISO 4217 code such as vnd" })
      .optional(),
    starts_at: isoDateTime().nullish(),
    ends_at: isoDateTime().nullish(),
    limit_per_customer: z.number().int().min(1).max(1_000_000).nullish(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.type === "percentage" && body.value > 100) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "value: a percentage is at most 100" })
    }
    if (body.type === "fixed" && !body.currency_code) {
      ctx.addIssue({ code: "custom", path: ["currency_code"], message: "currency_code: a fixed amount names its currency" })
    }
    if (body.starts_at && body.ends_at && body.ends_at <= body.starts_at) {
      ctx.addIssue({ code: "custom", path: ["ends_at"], message: "ends_at: expected a moment after starts_at" })
    }
  })

export type AdminGetCustomerSetsParamsType = z.infer<typeof AdminGetCustomerSetsParams>
export type AdminCreateCustomerSetType = z.infer<typeof AdminCreateCustomerSet>
export type AdminUpdateCustomerSetType = z.infer<typeof AdminUpdateCustomerSet>
export type AdminPreviewCustomerSetType = z.infer<typeof AdminPreviewCustomerSet>
export type AdminCustomerSetMembersParamsType = z.infer<typeof AdminCustomerSetMembersParams>
export type AdminCreateSetPromotionType = z.infer<typeof AdminCreateSetPromotion>
