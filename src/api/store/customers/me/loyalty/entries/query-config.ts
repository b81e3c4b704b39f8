/** What a member sees of each ledger entry. */
export const storeLoyaltyEntryFields = ["id", "kind", "points", "reason", "order_id", "available_at", "expires_at", "created_at"]
