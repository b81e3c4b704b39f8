import { PencilSquare } from "@medusajs/icons"
import { Button, Container, Input, Text } from "@medusajs/ui"
import { type ReactNode, useEffect, useState } from "react"

import { SectionHeader } from "../../../../components/section-header"
import { FormField } from "../../../../components/form-field"
import { useUpdateLoyaltySettings } from "../../../../hooks/api/loyalty-settings"
import { useFormErrors } from "../../../../hooks/use-form-errors"
import { useCrmTranslation } from "../../../../lib/format"
import type { LoyaltySettings, UpdateLoyaltySettingsPayload } from "../../../../lib/types"

type SettingsSectionProps = {
  title: string
  subtitle: string
  onEdit?: () => void
  editTestId?: string
  actions?: ReactNode
  "data-testid"?: string
  children: ReactNode
}

/** A settings section as the dashboard's detail sections: heading, Edit, then label / value rows. */
export const SettingsSection = ({
  title,
  subtitle,
  onEdit,
  editTestId,
  actions,
  "data-testid": testId,
  children,
}: SettingsSectionProps) => {
  const { t } = useCrmTranslation()
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <SectionHeader title={title} subtitle={subtitle}>
        <div className="flex shrink-0 items-center gap-x-2">
          {actions}
          {onEdit && (
            <Button size="small" variant="secondary" onClick={onEdit} data-testid={editTestId}>
              <PencilSquare />
              {t("general.edit")}
            </Button>
          )}
        </div>
      </SectionHeader>
      {children}
    </Container>
  )
}

/**
 * The state of one settings drawer: a draft made from the saved settings each
 * time it opens, and a save that sends only this drawer's fields (the API
 * leaves the others as they are); a rejected save keeps the drawer open with
 * the server's message under the field it names.
 */
export const useSettingsDraft = <TDraft,>({
  open,
  settings,
  toDraft,
  idPrefix,
  onClose,
}: {
  open: boolean
  settings: LoyaltySettings
  toDraft: (settings: LoyaltySettings) => TDraft
  idPrefix: string
  onClose: () => void
}) => {
  const { t } = useCrmTranslation()
  const [draft, setDraft] = useState<TDraft>(() => toDraft(settings))
  const { errors, setErrors, saveCallbacks } = useFormErrors({ idPrefix, onSaved: onClose })
  const update = useUpdateLoyaltySettings()

  useEffect(() => {
    if (open) {
      setDraft(toDraft(settings))
      setErrors({})
    }
  }, [open])

  const set = <K extends keyof TDraft>(key: K, value: TDraft[K]) => setDraft((prev) => ({ ...prev, [key]: value }))

  const save = (body: UpdateLoyaltySettingsPayload, localErrors: Record<string, string> = {}) => {
    if (Object.keys(localErrors).length) return setErrors(localErrors)
    update.mutate(body, saveCallbacks(t("loyalty.settings.saved")))
  }

  return { draft, set, errors, save, isPending: update.isPending }
}

/**
 * Typed numbers to the API's shape. An empty required field is an error here;
 * anything else that isn't a number goes as typed, and the API's 400 names it.
 */
export const parseNumbers = <K extends string>(
  values: Record<K, string>,
  requiredMessage: string
): { numbers: Record<K, number>; errors: Record<string, string> } => {
  const numbers = {} as Record<K, number>
  const errors: Record<string, string> = {}
  for (const key of Object.keys(values) as K[]) {
    const text = values[key].trim()
    if (text === "") errors[key] = requiredMessage
    else numbers[key] = Number.isFinite(Number(text)) ? Number(text) : (text as unknown as number)
  }
  return { numbers, errors }
}

type NumberSettingFieldProps = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  error?: string
  /** The unit after the input ("points", "days", "%"). */
  unit?: string
  min?: number
  max?: number
  step?: number | "any"
}

/** A labelled number input with its unit, in the drawer forms. */
export const NumberSettingField = ({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  unit,
  min = 0,
  max,
  step = 1,
}: NumberSettingFieldProps) => (
  <FormField id={id} label={label} hint={hint} error={error}>
    <div className="flex items-center gap-x-2">
      <div className="w-full max-w-[200px]">
        <Input
          id={id}
          type="number"
          min={min}
          max={max}
          step={step}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={!!error}
          data-testid={id}
        />
      </div>
      {unit && (
        <Text size="small" className="text-ui-fg-subtle min-w-[56px] shrink-0">
          {unit}
        </Text>
      )}
    </div>
  </FormField>
)

/** The settings' numbers as the texts of a draft. */
export const numberTexts = <K extends keyof LoyaltySettings>(settings: LoyaltySettings, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, String(settings[key] ?? "")])) as Record<K, string>
