import { analyticsRoute } from "../helpers"

/** GET /admin/crm/analytics/overview (see src/types/analytics.ts for the query and the answer). */
export const GET = analyticsRoute("overview")
