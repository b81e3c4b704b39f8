/** TanStack Query keys in Medusa's shape: [resource, "list", {query}] and [resource, "detail", id]. */
export const queryKeysFactory = <TKey extends string>(resource: TKey) => {
  const keys = {
    all: [resource] as const,
    lists: () => [...keys.all, "list"] as const,
    list: (query?: object) =>
      query === undefined ? keys.lists() : ([...keys.lists(), { query }] as const),
    details: () => [...keys.all, "detail"] as const,
    detail: (id: string) => [...keys.details(), id] as const,
  }
  return keys
}

// Prefixed so they never collide with the dashboard's own keys (e.g. "customers").
export const customerCrmQueryKeys = queryKeysFactory("spa-crm-customer-crm")
export const tagQueryKeys = queryKeysFactory("spa-crm-tag")
export const sourceQueryKeys = queryKeysFactory("spa-crm-source")
export const sourceStatsQueryKeys = queryKeysFactory("spa-crm-source-stats")
export const intakeKeyQueryKeys = queryKeysFactory("spa-crm-intake-key")
export const customFieldQueryKeys = queryKeysFactory("spa-crm-custom-field")
export const touchPointQueryKeys = queryKeysFactory("spa-crm-touch-point")
export const customerLoyaltyQueryKeys = queryKeysFactory("spa-crm-customer-loyalty")
export const pointsEntryQueryKeys = queryKeysFactory("spa-crm-points-entry")
export const tierHistoryQueryKeys = queryKeysFactory("spa-crm-tier-history")
export const orderLoyaltyQueryKeys = queryKeysFactory("spa-crm-order-loyalty")
export const loyaltySettingsQueryKeys = queryKeysFactory("spa-crm-loyalty-settings")
export const loyaltyTierQueryKeys = queryKeysFactory("spa-crm-loyalty-tier")
export const awardFailureQueryKeys = queryKeysFactory("spa-crm-award-failure")
export const storeCurrencyQueryKeys = queryKeysFactory("spa-crm-store-currency")
export const collectionQueryKeys = queryKeysFactory("spa-crm-collection")
export const customerSetQueryKeys = queryKeysFactory("spa-crm-customer-set")
export const customerSetMemberQueryKeys = queryKeysFactory("spa-crm-customer-set-member")
export const customerSetPreviewQueryKeys = queryKeysFactory("spa-crm-customer-set-preview")
export const customerSetPromotionQueryKeys = queryKeysFactory("spa-crm-customer-set-promotion")
export const customerSetsOfCustomerQueryKeys = queryKeysFactory("spa-crm-customer-sets-of-customer")
export const productPickQueryKeys = queryKeysFactory("spa-crm-product-pick")
export const feedbackQueryKeys = queryKeysFactory("spa-crm-feedback")
export const orderFeedbackQueryKeys = queryKeysFactory("spa-crm-order-feedback")
export const followUpQueryKeys = queryKeysFactory("spa-crm-follow-up")
export const staffUserQueryKeys = queryKeysFactory("spa-crm-staff-user")
export const customerBehaviourQueryKeys = queryKeysFactory("spa-crm-customer-behaviour")
export const behaviourOverviewQueryKeys = queryKeysFactory("spa-crm-behaviour-overview")
export const analyticsQueryKeys = queryKeysFactory("spa-crm-analytics")
