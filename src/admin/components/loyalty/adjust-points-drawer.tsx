import { Input, Text, Textarea } from "@medusajs/ui"
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

/**
 * "Adjust points": a manual credit (e.g. a goodwill gesture) or, with a minus
 * sign, a debit, always with the reason the ledger keeps. One idempotency key
 * per opening, so a double click or a retried request books once.
 */
export const AdjustPointsDrawer = ({ open, onOpenChange, customerId, balance }: AdjustPointsDrawerProps) => {
  const { t, locale } = useCrmTranslation()
  const [points, setPoints] = useState("")
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
    if (!reason.trim()) local.reason = t("loyalty.adjust.reasonRequired")
    if (Object.keys(local).length) return setErrors(local)
    adjust.mutate(
      { points: parsed, reason: reason.trim(), idempotency_key: key },
      saveCallbacks(
        parsed > 0
          ? t("loyalty.adjust.credited", { points: formatPoints(parsed, locale) })
          : t("loyalty.adjust.debited", { points: formatPoints(-parsed, locale) })
      )
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
      <FormField id="spa-crm-loyalty-adjust-reason" label={t("loyalty.adjust.reason")} required error={errors.reason}>
        <Textarea
          id="spa-crm-loyalty-adjust-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("loyalty.adjust.reasonPlaceholder")}
          rows={3}
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
