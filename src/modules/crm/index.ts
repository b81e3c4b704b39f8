import { Module } from "@medusajs/framework/utils"
import defaultSourcesLoader from "./loaders/default-sources"
import CrmModuleService from "./service"

export const CRM_MODULE = "crm"

export default Module(CRM_MODULE, {
  service: CrmModuleService,
  loaders: [defaultSourcesLoader],
})

export { CrmModuleService }
