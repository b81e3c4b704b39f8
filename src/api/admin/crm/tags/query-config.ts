export const crmTagFields = ["id", "name", "color", "created_at", "updated_at"]

export const retrieveCrmTagQueryConfig = { defaults: crmTagFields, isList: false, entity: "crm_tag" }
export const listCrmTagQueryConfig = { ...retrieveCrmTagQueryConfig, isList: true }
