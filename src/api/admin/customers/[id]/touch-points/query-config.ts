export const touchPointFields = [
  "id",
  "customer_id",
  "type",
  "channel",
  "direction",
  "summary",
  "occurred_at",
  "metadata",
  "created_at",
  // the staff member, through the read-only touch_point → user link
  "user.id",
  "user.first_name",
  "user.last_name",
  "user.email",
]

export const listTouchPointsQueryConfig = {
  defaults: touchPointFields,
  isList: true,
  defaultLimit: 20,
}
