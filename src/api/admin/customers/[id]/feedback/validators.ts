import { z } from "@medusajs/framework/zod"
import { page } from "../../../../utils/validators"

export const AdminCustomerFeedbackParams = z.object(page({ limit: 10, max: 100 })).strict()

export type AdminCustomerFeedbackParamsType = z.infer<typeof AdminCustomerFeedbackParams>
