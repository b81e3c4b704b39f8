import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { StoreApplyLoyaltyPoints } from "./validators"

// the cart comes back the way Medusa's own store cart routes answer it (same fields, same ?fields)
const cartQuery = validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig)
const signedInCustomer = authenticate("customer", ["session", "bearer"])

export const storeCartLoyaltyPointsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts/:id/loyalty-points",
    middlewares: [signedInCustomer, validateAndTransformBody(StoreApplyLoyaltyPoints), cartQuery],
  },
  {
    method: ["DELETE"],
    matcher: "/store/carts/:id/loyalty-points",
    middlewares: [signedInCustomer, cartQuery],
  },
]
