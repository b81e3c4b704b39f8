import { Module } from "@medusajs/framework/utils"
import CustomerSetsModuleService from "./service"

export const CUSTOMER_SETS_MODULE = "customerSets"

export default Module(CUSTOMER_SETS_MODULE, {
  service: CustomerSetsModuleService,
})

export { CustomerSetsModuleService }
