export const crmSourceFields = ["id", "name", "description", "created_at", "updated_at"]
