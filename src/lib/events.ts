/**
 * The plugin's own events, emitted by its workflows when something about
 * customers changed that other parts of it derive from (customer sets listen).
 * Each carries `{ customer_ids }` but the scoring run's.
 */
export const SPA_CRM_EVENTS = {
  /** an order's facts were rewritten: her spend, orders, last order, purchases */
  CUSTOMER_FACTS_UPDATED: "customer_facts.updated",
  /** a CRM profile was written, or tags put on or taken off */
  CRM_CUSTOMERS_CHANGED: "crm.customers_changed",
  /** members' tiers were re-evaluated after their points or spend changed (and maybe moved) */
  LOYALTY_MEMBERS_REFRESHED: "loyalty.members_refreshed",
  /** points booked outside an order (a staff adjustment, the sign-up bonus): her balance changed */
  LOYALTY_POINTS_CHANGED: "loyalty.points_changed",
  /** every customer's behaviour class was scored again (carries no ids: it concerns everyone) */
  CUSTOMER_BEHAVIOUR_SCORED: "customer_behaviour.scored",
} as const

export type CustomersChangedEvent = { customer_ids: string[] }
