/** An intake key as the admin sees it: never its token, which only its creation answers. */
export const intakeKeyFields = ["id", "name", "redacted", "source.id", "source.name", "created_by", "revoked_at", "revoked_by", "created_at"]
