export const leadFields = [
  "id",
  "sender",
  "external_id",
  "customer_id",
  "customer_created",
  "matched_by",
  "touch_point_id",
  // what the lead said otherwise than the customer's record, not written there
  "differences",
  "intake_key_id",
  "created_at",
]

export const leadCustomerFields = ["id", "email", "first_name", "last_name", "phone"]
