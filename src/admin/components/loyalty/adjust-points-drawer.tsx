import type { FetchError } from "@medusajs/js-sdk"
import { Input, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"

import { useAdjustPoints } from "../../hooks/api/customer-loyalty"
import { useFormErrors } from "../../hooks/use-form-errors"
import { useCrmTranslation } from "../../lib/format"
import { formatPoints, formatSignedPoints } from "../../lib/loyalty"
import { FormDrawer } from "../form-drawer"
import { FormField } from "../form-field"

type AdjustPointsDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  customerId: string
  /** The current balance, to preview the one after the adjustment. */
  balance: number
}

const newKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/** The API's bounds (src/api/admin/customers/[id]/loyalty/validators.ts). */
const NOTE_MIN = 3
const NOTE_MAX = 500
const REASON_MIN = 3
const REASON_MAX = 200

/**
 * "Adjust points": a manual credit (e.g. a goodwill gesture) or, with a minus
 * sign, a debit, always with an internal note for the staff and, optionally,
 * the words the member reads in her points history. One idempotency key per
 * opening, so a double click or a retried request books once.
 */
export const AdjustPointsDrawer = ({ open, onOpenChange, customerId, balance }: AdjustPointsDrawerProps) => {
  const { t, locale } = useCrmTranslation()
  const [points, setPoints] = useState("")
  const [note, setNote] = useState("")
  const [reason, setReason] = useState("")
  const [key, setKey] = useState(newKey)
  const { errors, setErrors, saveCallbacks } = useFormErrors({
    idPrefix: "spa-crm-loyalty-adjust-",
    onSaved: () => onOpenChange(false),
  })
  const adjust = useAdjustPoints(customerId)

  useEffect(() => {
    if (open) {
      setPoints("")
      setNote("")
      setReason("")
      setErrors({})
      setKey(newKey())
    }
  }, [open])

  const parsed = Number(points.replace(/[\s,]/g, "").replace(/^[−–]/, "-"))
  const valid = points.trim() !== "" && Number.isInteger(parsed) && parsed !== 0

  const submit = () => {
    const local: Record<string, string> = {}
    if (!valid) local.points = t("loyalty.adjust.pointsInvalid")
    if (note.trim().length < NOTE_MIN) local.note = t("loyalty.adjust.noteRequired", { min: NOTE_MIN })
    if (reason.trim() && reason.trim().length < REASON_MIN) {
      local.reason = t("loyalty.adjust.reasonTooShort", { min: REASON_MIN })
    }
    if (Object.keys(local).length) return setErrors(local)
    const callbacks = saveCallbacks(
      parsed > 0
        ? t("loyalty.adjust.credited", { points: formatPoints(parsed, locale) })
        : t("loyalty.adjust.debited", { points: formatPoints(-parsed, locale) })
    )
    adjust.mutate(
      { points: parsed, note: note.trim(), ...(reason.trim() ? { reason: reason.trim() } : {}), idempotency_key: key },
      {
        ...callbacks,
        // a first try whose answer was lost booked this key with other details: say what to do
        onError: (error) =>
          (error as FetchError).status === 409 ? toast.error(t("loyalty.adjust.alreadyBooked")) : callbacks.onError(error),
      }
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("loyalty.adjust.title")}
      description={t("loyalty.adjust.description")}
      onSubmit={submit}
      isPending={adjust.isPending}
      submitTestId="spa-crm-loyalty-adjust-save"
      data-testid="spa-crm-loyalty-adjust-drawer"
    >
      <FormField
        id="spa-crm-loyalty-adjust-points"
        label={t("loyalty.adjust.points")}
        required
        hint={t("loyalty.adjust.pointsHint")}
        error={errors.points}
      >
        <Input
          id="spa-crm-loyalty-adjust-points"
          inputMode="numeric"
          value={points}
          onChange={(e) => setPoints(e.target.value)}
          placeholder="+100"
          autoComplete="off"
          aria-invalid={!!errors.points}
          data-testid="spa-crm-loyalty-adjust-points"
        />
      </FormField>
      <FormField
        id="spa-crm-loyalty-adjust-note"
        label={t("loyalty.adjust.note")}
        required
        hint={t("loyalty.adjust.noteHint")}
        error={errors.note}
      >
        <Textarea
          id="spa-crm-loyalty-adjust-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t("loyalty.adjust.notePlaceholder")}
          rows={3}
          maxLength={NOTE_MAX}
          aria-invalid={!!errors.note}
          data-testid="spa-crm-loyalty-adjust-note"
        />
      </FormField>
      <FormField
        id="spa-crm-loyalty-adjust-reason"
        label={t("loyalty.adjust.reason")}
        hint={t("loyalty.adjust.reasonHint")}
        error={errors.reason}
      >
        <Input
          id="spa-crm-loyalty-adjust-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("loyalty.adjust.reasonPlaceholder")}
          maxLength={REASON_MAX}
          autoComplete="off"
          aria-invalid={!!errors.reason}
          data-testid="spa-crm-loyalty-adjust-reason"
        />
      </FormField>
      <div className="bg-ui-bg-subtle flex items-center justify-between rounded-lg px-4 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {t("loyalty.adjust.balanceAfter")}
        </Text>
        <Text
          size="small"
          weight="plus"
          className={valid && balance + parsed < 0 ? "text-ui-fg-error tabular-nums" : "tabular-nums"}
          data-testid="spa-crm-loyalty-adjust-preview"
        >
          {valid
            ? `${formatPoints(balance, locale)} ${formatSignedPoints(parsed, locale)} = ${formatSignedPoints(balance + parsed, locale).replace(/^\+/, "")}`
            : formatPoints(balance, locale)}
        </Text>
      </div>
    </FormDrawer>
  )
}
