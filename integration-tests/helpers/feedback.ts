import { createCart, payAndComplete, type Shopper, type Storefront } from "./storefront"

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
