export const customFieldFields = ["id", "key", "label", "type", "options", "required", "rank", "created_at", "updated_at"]

export const retrieveCustomFieldQueryConfig = { defaults: customFieldFields, isList: false, entity: "custom_field" }
export const listCustomFieldQueryConfig = { ...retrieveCustomFieldQueryConfig, isList: true }
