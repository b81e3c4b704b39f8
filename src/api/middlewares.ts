import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCrmTagMiddlewares } from "./admin/crm/tags/middlewares"
import { adminCustomFieldMiddlewares } from "./admin/crm/custom-fields/middlewares"
import { adminCrmCustomerMiddlewares } from "./admin/crm/customers/middlewares"
import { adminCustomerCrmMiddlewares } from "./admin/customers/[id]/crm/middlewares"
import { adminCrmLeadMiddlewares } from "./admin/crm/leads/middlewares"
import { adminCrmSourceMiddlewares } from "./admin/crm/sources/middlewares"
import { adminCustomerTouchPointMiddlewares } from "./admin/customers/[id]/touch-points/middlewares"
import { adminLoyaltyTierMiddlewares } from "./admin/loyalty/tiers/middlewares"
import { adminLoyaltySettingsMiddlewares } from "./admin/loyalty/settings/middlewares"
import { adminCustomerTierHistoryMiddlewares } from "./admin/customers/[id]/loyalty/tier-history/middlewares"
import { storeCartLoyaltyPointsMiddlewares } from "./store/carts/[id]/loyalty-points/middlewares"
import { storeCustomerLoyaltyMiddlewares } from "./store/customers/me/loyalty/middlewares"
import { adminCustomerLoyaltyMiddlewares } from "./admin/customers/[id]/loyalty/middlewares"
import { adminLoyaltyFailureMiddlewares } from "./admin/loyalty/failures/middlewares"
import { adminIntakeKeyMiddlewares } from "./admin/crm/intake-keys/middlewares"
import { intakeLeadMiddlewares } from "./intake/leads/middlewares"
import { adminFeedbackMiddlewares } from "./admin/feedback/middlewares"
import { adminFollowUpMiddlewares } from "./admin/follow-ups/middlewares"
import { adminOrderStaffMiddlewares } from "./admin/orders/[id]/staff/middlewares"
import { adminCustomerFeedbackMiddlewares } from "./admin/customers/[id]/feedback/middlewares"
import { storeCustomerFeedbackMiddlewares } from "./store/customers/me/feedback/middlewares"
import { adminCustomerBehaviourMiddlewares } from "./admin/customer-behaviour/middlewares"
import { adminCustomerSetMiddlewares } from "./admin/customer-sets/middlewares"
import { adminAnalyticsMiddlewares } from "./admin/crm/analytics/middlewares"
import { PLUGIN_ROUTE_PREFIXES, storablePath } from "./utils/storable-path"

export default defineMiddlewares({
  routes: [
    ...PLUGIN_ROUTE_PREFIXES.map((matcher) => ({ matcher, middlewares: [storablePath] })),
    ...adminCrmTagMiddlewares,
    ...adminCustomFieldMiddlewares,
    ...adminCrmCustomerMiddlewares,
    ...adminCustomerCrmMiddlewares,
    ...adminCrmLeadMiddlewares,
    ...adminCrmSourceMiddlewares,
    ...adminCustomerTouchPointMiddlewares,
    ...adminLoyaltyTierMiddlewares,
    ...adminLoyaltySettingsMiddlewares,
    ...adminCustomerTierHistoryMiddlewares,
    ...storeCartLoyaltyPointsMiddlewares,
    ...storeCustomerLoyaltyMiddlewares,
    ...adminCustomerLoyaltyMiddlewares,
    ...adminLoyaltyFailureMiddlewares,
    ...adminIntakeKeyMiddlewares,
    ...intakeLeadMiddlewares,
    ...adminCustomerSetMiddlewares,
    ...adminFeedbackMiddlewares,
    ...adminFollowUpMiddlewares,
    ...adminOrderStaffMiddlewares,
    ...adminCustomerFeedbackMiddlewares,
    ...storeCustomerFeedbackMiddlewares,
    ...adminCustomerBehaviourMiddlewares,
    ...adminAnalyticsMiddlewares,
  ],
})
