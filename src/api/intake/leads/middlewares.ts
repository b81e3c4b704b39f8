import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import { IntakeLead } from "./validators"

export type IntakeKeyContext = { id: string; name: string; source: { id: string; name: string } }
export type IntakeRequest<Body = unknown> = MedusaRequest<Body> & { intake_key: IntakeKeyContext }

/**
 * Lead forms and booking widgets post from the spa's web pages, on any
 * domain: the intake key, not a cookie, is the credential, so any origin may
 * call (without credentials) and the browser's preflight is answered here.
 */
function intakeCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.setHeader("Access-Control-Allow-Origin", "*")
  res.setHeader("Access-Control-Allow-Headers", "authorization, content-type")
  res.setHeader("Access-Control-Allow-Methods", "POST, OPTIONS")
  res.setHeader("Access-Control-Max-Age", "86400")
  if (req.method === "OPTIONS") return void res.status(204).end()
  next()
}

/** `Authorization: Bearer lik_…`: a live intake key, else 401 (the same answer for unknown and revoked keys). */
async function authenticateIntakeKey(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [scheme, token] = (req.headers.authorization ?? "").split(" ")
  const crm: CrmModuleService = req.scope.resolve(CRM_MODULE)
  const key = scheme?.toLowerCase() === "bearer" && token?.startsWith("lik_") ? await crm.authenticateIntakeKey(token) : null
  if (!key) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized: send a live intake key as Authorization: Bearer lik_…"))
  ;(req as IntakeRequest).intake_key = key
  next()
}

export const intakeLeadMiddlewares: MiddlewareRoute[] = [
  { matcher: "/intake", middlewares: [intakeCors] },
  {
    method: ["POST"],
    matcher: "/intake/leads",
    middlewares: [authenticateIntakeKey, validateAndTransformBody(IntakeLead)],
  },
]
