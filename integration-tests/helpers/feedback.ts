import type { MedusaContainer } from "@medusajs/framework/types"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../src/modules/feedback"
import { createAdminUser } from "./auth"
import { createCart, createStorefront, payAndComplete, registerShopper, type Shopper, type Storefront } from "./storefront"

type Api = { post: (url: string, body?: object, config?: object) => Promise<any> }

/** An order she places through the store API (cart, payment, completion); returns its id. */
export async function placeOrder(api: Api, store: Storefront, shopper: Shopper) {
  const cartId = await createCart(api, store, shopper)
  const done = await payAndComplete(api, shopper, cartId)
  return done.data.order.id as string
}

/** A valid rating body, every value `rating` unless `changes` say otherwise. */
export const ratings = (orderId: string, rating = 5, changes: Record<string, unknown> = {}) => ({
  order_id: orderId,
  overall: rating,
  service_quality: rating,
  staff_attitude: rating,
  space: rating,
  price: rating,
  ...changes,
})

/**
 * What the feedback specs start from: the feedback module, an admin (who is
 * also the staff member orders are attributed to), a storefront, and one
 * signed-in shopper per email.
 */
export async function feedbackScene(api: Parameters<typeof registerShopper>[0], container: MedusaContainer, emails: string[]) {
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
  const { user: staff, headers: admin } = await createAdminUser(container)
  const store = await createStorefront(container)
  const shoppers: Shopper[] = []
  for (const email of emails) shoppers.push(await registerShopper(api, store, email))
  return { feedback, staff, admin, store, shoppers }
}
