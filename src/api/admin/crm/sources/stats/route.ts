import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCrmSourceStatsParamsType } from "../validators"
import { getSourceStats } from "./source-stats"

/** A6 / P4: how well each marketing channel turns customers into buyers, for a period. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminCrmSourceStatsParamsType>,
  res: MedusaResponse
) => {
  const { from, to } = req.validatedQuery as AdminCrmSourceStatsParamsType
  const sources = await getSourceStats(req.scope, { from, to })
  res.json({ from: from.toISOString(), to: to.toISOString(), sources })
}
