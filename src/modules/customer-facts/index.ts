import { Module } from "@medusajs/framework/utils"
import CustomerFactsModuleService from "./service"

export const CUSTOMER_FACTS_MODULE = "customerFacts"

export default Module(CUSTOMER_FACTS_MODULE, {
  service: CustomerFactsModuleService,
})

export { CustomerFactsModuleService }
