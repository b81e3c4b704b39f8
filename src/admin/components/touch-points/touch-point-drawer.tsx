import { DatePicker, Input, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"

import { useCreateTouchPoint } from "../../hooks/api/touch-points"
import { useFormErrors } from "../../hooks/use-form-errors"
import { useCrmTranslation } from "../../lib/format"
import {
  TOUCH_POINT_DIRECTIONS,
  TOUCH_POINT_TYPES,
  type TouchPointDirection,
  type TouchPointType,
} from "../../lib/types"
import { FormDrawer } from "../form-drawer"
import { FormField } from "../form-field"
import { OptionSelect } from "../option-select"

type TouchPointForm = {
  type: TouchPointType
  channel: string
  direction: TouchPointDirection
  summary: string
  occurred_at: Date
}

const emptyForm = (): TouchPointForm => ({
  type: "call",
  channel: "",
  direction: "inbound",
  summary: "",
  occurred_at: new Date(),
})

type TouchPointDrawerProps = { open: boolean; onOpenChange: (open: boolean) => void; customerId: string }

/** Logs a call, message, visit, complaint or note on the customer, by the signed-in staff member. */
export const TouchPointDrawer = ({ open, onOpenChange, customerId }: TouchPointDrawerProps) => {
  const { t } = useCrmTranslation()
  const [form, setForm] = useState<TouchPointForm>(emptyForm)
  const { errors, setErrors, saveCallbacks } = useFormErrors({
    idPrefix: "spa-crm-touch-point-",
    onSaved: () => onOpenChange(false),
  })
  const { mutate, isPending } = useCreateTouchPoint(customerId)

  useEffect(() => {
    if (open) {
      setForm(emptyForm())
      setErrors({})
    }
  }, [open])

  const set = <K extends keyof TouchPointForm>(key: K, value: TouchPointForm[K]) =>
    setForm((prev) => ({ ...prev, [key]: value }))

  const submit = () => {
    if (!form.summary.trim()) {
      setErrors({ summary: t("touchPoints.summaryRequired") })
      return
    }
    mutate(
      {
        type: form.type,
        channel: form.channel.trim() || null,
        direction: form.direction,
        summary: form.summary.trim(),
        occurred_at: form.occurred_at.toISOString(),
      },
      saveCallbacks(t("touchPoints.logged"))
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("touchPoints.logTitle")}
      description={t("touchPoints.logDescription")}
      onSubmit={submit}
      isPending={isPending}
      submitTestId="spa-crm-touch-point-save"
      data-testid="spa-crm-touch-point-drawer"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField id="spa-crm-touch-point-type" label={t("touchPoints.fields.type")} required error={errors.type}>
          <OptionSelect
            id="spa-crm-touch-point-type"
            value={form.type}
            onChange={(value) => {
              if (!value) return
              set("type", value)
              // a note is written for colleagues, not exchanged with the customer
              if (value === "note") set("direction", "internal")
            }}
            options={TOUCH_POINT_TYPES}
            label={(value) => t(`touchPointType.${value}`)}
            placeholder={t("general.choose")}
            data-testid="spa-crm-touch-point-type"
          />
        </FormField>
        <FormField id="spa-crm-touch-point-direction" label={t("touchPoints.fields.direction")} error={errors.direction}>
          <OptionSelect
            id="spa-crm-touch-point-direction"
            value={form.direction}
            onChange={(value) => value && set("direction", value)}
            options={TOUCH_POINT_DIRECTIONS}
            label={(value) => t(`direction.${value}`)}
            placeholder={t("general.choose")}
            data-testid="spa-crm-touch-point-direction"
          />
        </FormField>
      </div>
      <FormField
        id="spa-crm-touch-point-channel"
        label={t("touchPoints.fields.channel")}
        hint={t("touchPoints.channelHint")}
        error={errors.channel}
      >
        <Input
          id="spa-crm-touch-point-channel"
          value={form.channel}
          onChange={(e) => set("channel", e.target.value)}
          placeholder={t("touchPoints.channelPlaceholder")}
          data-testid="spa-crm-touch-point-channel"
        />
      </FormField>
      <FormField id="spa-crm-touch-point-summary" label={t("touchPoints.fields.summary")} required error={errors.summary}>
        <Textarea
          id="spa-crm-touch-point-summary"
          value={form.summary}
          onChange={(e) => set("summary", e.target.value)}
          rows={4}
          placeholder={t("touchPoints.summaryPlaceholder")}
          data-testid="spa-crm-touch-point-summary"
        />
      </FormField>
      <FormField id="spa-crm-touch-point-occurred_at" label={t("touchPoints.fields.occurredAt")} error={errors.occurred_at}>
        <div data-testid="spa-crm-touch-point-occurred-at">
          <DatePicker
            id="spa-crm-touch-point-occurred_at"
            aria-label={t("touchPoints.fields.occurredAt")}
            granularity="minute"
            value={form.occurred_at}
            onChange={(date) => set("occurred_at", date ?? new Date())}
          />
        </div>
      </FormField>
    </FormDrawer>
  )
}
