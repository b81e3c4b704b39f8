// The shapes the admin reads are declared once, beside the server's, in src/types.
export * from "../../types/crm"
export * from "../../types/loyalty"
