import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { textProblem } from "../../lib/text"

/**
 * The plugin's route prefixes. Each gets `storablePath` before its own
 * middlewares, so an `:id` holding NUL ("/tags/%00") is a 400 naming it on
 * every route, present and future, rather than a database error.
 */
export const PLUGIN_ROUTE_PREFIXES = [
  "/admin/crm",
  "/admin/loyalty",
  "/admin/customers/:id/crm",
  "/admin/customers/:id/loyalty",
  "/admin/customers/:id/touch-points",
  "/admin/orders/:id/loyalty",
  "/store/carts/:id/loyalty-points",
  "/store/customers/me/loyalty",
  "/intake",
  "/admin/customer-sets",
  "/admin/customers/:id/customer-sets",
  "/admin/customer-behaviour",
  "/admin/customers/:id/behaviour",
  "/admin/feedback",
  "/admin/follow-ups",
  "/admin/orders/:id/feedback",
  "/admin/orders/:id/staff",
  "/admin/customers/:id/feedback",
  "/store/customers/me/feedback",
]

/**
 * Refuses a path whose parameters or segments can't be stored as text (every
 * id segment of the plugin's routes is called `id`).
 */
export function storablePath(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // the prefix's own parameters come decoded; the rest of the path still encoded
  const values: [string, string][] = Object.entries(req.params ?? {}).map(([key, value]) => [key, String(value)])
  for (const segment of req.path.split("/").filter(Boolean)) {
    try {
      values.push(["id", decodeURIComponent(segment)])
    } catch {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `id: "${segment}" is not a valid URL component`))
    }
  }
  for (const [key, value] of values) {
    const problem = textProblem(value)
    if (problem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${key}: ${problem}`))
  }
  next()
}
