/**
 * `medusa-plugin-spa-crm/storefront`: typed calls to the plugin's store
 * routes over the shop's js-sdk, and React components (no styling framework:
 * `spa-crm-` classes, `--spa-crm-*` variables, `SPA_CRM_STYLES` as a default).
 */
export * from "./client"
export * from "./format"
export * from "./i18n"
export * from "./member-card"
export * from "./points-history"
export * from "./rate-visit"
export * from "./styles"
export * from "./use-points"
export type { FeedbackRating, StoreFeedback } from "../types/feedback"
export { FEEDBACK_RATINGS } from "../types/feedback"
export { LOYALTY_CREDIT_REFERENCE } from "../types/loyalty"
export { POINTS_REFUSALS, type PointsRefusal, readPointsRefusal } from "../types/points-refusals"
export type { CustomerLoyalty, PointsEntriesResponse, PointsEntry, StoreMemberStanding, StoreMemberStandingResponse } from "../types/loyalty"
