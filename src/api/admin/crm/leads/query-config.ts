export const leadFields = [
  "id",
  "sender",
  "external_id",
  "customer_id",
  "customer_created",
  "matched_by",
  "touch_point_id",
  "created_at",
]

export const leadCustomerFields = ["id", "email", "first_name", "last_name", "phone"]
