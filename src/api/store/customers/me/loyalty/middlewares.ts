import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { storeLoyaltyEntryFields } from "./entries/query-config"
import { StoreLoyaltyEntriesParams } from "./entries/validators"

// /store/customers/me* is authenticated by Medusa core (customer session or bearer)
export const storeCustomerLoyaltyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/loyalty/entries",
    middlewares: [validateAndTransformQuery(StoreLoyaltyEntriesParams, { defaults: storeLoyaltyEntryFields, isList: true })],
  },
]
