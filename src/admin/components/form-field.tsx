import { Hint, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

import { useCrmTranslation } from "../lib/format"

type FormFieldProps = {
  id: string
  label: string
  required?: boolean
  hint?: string
  error?: string
  children: ReactNode
}

/** Label, control and hint stacked as in the dashboard's forms; required fields say so. */
export const FormField = ({ id, label, required, hint, error, children }: FormFieldProps) => {
  const { t } = useCrmTranslation()

  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center gap-x-1">
        <Label htmlFor={id} size="small" weight="plus">
          {label}
        </Label>
        {required && (
          <Text size="small" leading="compact" className="text-ui-fg-muted">
            ({t("general.required")})
          </Text>
        )}
      </div>
      {children}
      {error ? <Hint variant="error">{error}</Hint> : hint ? <Hint>{hint}</Hint> : null}
    </div>
  )
}
