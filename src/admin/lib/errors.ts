import { toast } from "@medusajs/ui"

/**
 * The API names the field in its 400 messages ("custom_fields.card_no: expected
 * a number; birthday: expected a real date", or zod's "… for field 'color' …"):
 * split them out so a form can show each one under its field.
 */
export const fieldErrorsFromMessage = (message: string): Record<string, string> => {
  const errors: Record<string, string> = {}
  for (const raw of message.replace(/^Invalid request:\s*/i, "").split(/;\s*/)) {
    const part = raw.trim()
    const named = /^([a-z_]\w*(?:\.[\w-]+)?):\s*(.+)$/.exec(part)
    const zodField = /\bfield '([a-z_]\w*(?:\.[\w-]+)?)'/.exec(part)
    if (named) errors[named[1]] = named[2]
    else if (zodField) errors[zodField[1]] = part
  }
  return errors
}

/** The server's message in a toast (the form stays open for a fix). */
export const toastError = (error: { message?: string } | null | undefined, fallback: string) => {
  toast.error(error?.message || fallback)
}

/** Brings the first field with an error into view; form controls have the id `${prefix}${field}`. */
export const revealFirstError = (errors: Record<string, string>, prefix: string) => {
  const first = Object.keys(errors)[0]
  if (!first) return
  const element = document.getElementById(`${prefix}${first.replace(/^custom_fields\./, "custom-")}`)
  element?.scrollIntoView({ block: "center", behavior: "smooth" })
}
