import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Runs a write and answers a conflict (a key reused for another booking) as
 * 409 with the message naming the field: Medusa's error handler would replace
 * it with a generic "conflicted with another request".
 */
export async function answeringConflicts<T>(res: MedusaResponse, write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write()
  } catch (error) {
    const { type, message } = (error ?? {}) as { type?: string; message?: string }
    if (type !== MedusaError.Types.CONFLICT) throw error
    res.status(409).json({ type: "conflict", code: "invalid_state_error", message })
    return undefined
  }
}
