import { defineLink } from "@medusajs/framework/utils"
import PromotionModule from "@medusajs/medusa/promotion"
import CustomerSetsModule from "../modules/customer-sets"

// The promotions made for a set ("Create a promotion for this set"): a link
// table, as a set has many and Medusa's promotion knows nothing of sets.
// Exposes `customer_set.promotions` to query.graph.
export default defineLink(CustomerSetsModule.linkable.customerSet, {
  linkable: PromotionModule.linkable.promotion,
  isList: true,
})
