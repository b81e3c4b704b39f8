import { Module } from "@medusajs/framework/utils"
import defaultTiersLoader from "./loaders/default-tiers"
import LoyaltyModuleService from "./service"

// not "loyalty": Medusa's official loyalty plugin (gift cards, store credit) registers its module under that name
export const LOYALTY_MODULE = "spaLoyalty"

export default Module(LOYALTY_MODULE, {
  service: LoyaltyModuleService,
  loaders: [defaultTiersLoader],
})

export { LoyaltyModuleService }
