export const customerSetFields = [
  "id",
  "name",
  "description",
  "kind",
  "rules",
  "customer_group_id",
  "member_count",
  "evaluated_at",
  "evaluation_ms",
  "created_at",
  "updated_at",
]

export const listCustomerSetQueryConfig = { defaults: customerSetFields, isList: true, entity: "customer_set" }

/** What the set's promotions list shows of each Medusa promotion. */
export const setPromotionFields = [
  "id",
  "code",
  "is_automatic",
  "status",
  "application_method.type",
  "application_method.value",
  "application_method.currency_code",
  "campaign.starts_at",
  "campaign.ends_at",
  "campaign.budget.type",
  "campaign.budget.limit",
]
