import { Module } from "@medusajs/framework/utils"
import AnalyticsModuleService from "./service"

/** Not "analytics": Medusa has a module of that name (events to PostHog and the like). */
export const ANALYTICS_MODULE = "customerAnalytics"

export default Module(ANALYTICS_MODULE, {
  service: AnalyticsModuleService,
})

export { AnalyticsModuleService }
export { AnalyticsQueryError } from "./period"
