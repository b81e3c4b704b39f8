import { Module } from "@medusajs/framework/utils"
import defaultTiersLoader from "./loaders/default-tiers"
import LoyaltyModuleService from "./service"

export const LOYALTY_MODULE = "loyalty"

export default Module(LOYALTY_MODULE, {
  service: LoyaltyModuleService,
  loaders: [defaultTiersLoader],
})

export { LoyaltyModuleService }
