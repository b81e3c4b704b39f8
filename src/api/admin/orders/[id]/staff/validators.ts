import { z } from "@medusajs/framework/zod"
import { id } from "../../../../utils/validators"

/** The order's staff, replaced whole; an empty list clears it. */
export const AdminSetOrderStaff = z.object({ user_ids: z.array(id()).max(20) }).strict()

export type AdminSetOrderStaffType = z.infer<typeof AdminSetOrderStaff>
