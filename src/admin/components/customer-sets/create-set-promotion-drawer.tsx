import { Input, Select, Switch, toast } from "@medusajs/ui"
import { useState } from "react"

import { SET_PROMOTION_TYPES, type SetPromotionType } from "../../../types/customer-sets"
import { useCreateSetPromotion } from "../../hooks/api/customer-sets"
import { useStoreCurrencies } from "../../hooks/api/medusa-core"
import { fieldErrorsFromMessage, toastError } from "../../lib/errors"
import { useCrmTranslation } from "../../lib/format"
import { FormDrawer } from "../form-drawer"
import { FormField } from "../form-field"

type Props = { setId: string; setName: string; open: boolean; onOpenChange: (open: boolean) => void }

// a calendar day in the admin's own time zone: from its first moment, to its last
const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : null)
const dayEnd = (day: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : null)

/** "Create a promotion for this set": a Medusa promotion whose rule is the set's customer group. */
export const CreateSetPromotionDrawer = ({ setId, setName, open, onOpenChange }: Props) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const { currencies, defaultCurrency } = useStoreCurrencies()
  const create = useCreateSetPromotion(setId)
  const [code, setCode] = useState("")
  const [type, setType] = useState<SetPromotionType>("percentage")
  const [value, setValue] = useState("")
  const [currency, setCurrency] = useState<string | undefined>()
  const [automatic, setAutomatic] = useState(false)
  const [startsOn, setStartsOn] = useState("")
  const [endsOn, setEndsOn] = useState("")
  const [limit, setLimit] = useState("1")
  const errors = create.error ? fieldErrorsFromMessage(create.error.message) : {}

  const submit = () =>
    create.mutate(
      {
        code: code.trim(),
        type,
        value: Number(value),
        is_automatic: automatic,
        ...(type === "fixed" ? { currency_code: currency ?? defaultCurrency } : {}),
        starts_at: dayStart(startsOn),
        ends_at: dayEnd(endsOn),
        limit_per_customer: limit ? Number(limit) : null,
      },
      {
        onSuccess: ({ promotion }) => {
          toast.success(t("promotions.created", { code: promotion.code }))
          onOpenChange(false)
        },
        onError: (error) => toastError(error, t("promotions.createError")),
      }
    )

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("promotions.drawerTitle")}
      description={t("promotions.drawerDescription", { name: setName })}
      onSubmit={submit}
      isPending={create.isPending}
      submitLabel={t("promotions.create")}
      submitTestId="spa-crm-set-promotion-submit"
      data-testid="spa-crm-set-promotion-drawer"
    >
      <FormField id="spa-crm-promo-code" label={t("promotions.code")} required hint={t("promotions.codeHint")} error={errors.code}>
        <Input id="spa-crm-promo-code" size="small" value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} data-testid="spa-crm-set-promotion-code" />
      </FormField>
      <div className="grid grid-cols-2 gap-4">
        <FormField id="spa-crm-promo-type" label={t("promotions.type")}>
          <Select size="small" value={type} onValueChange={(v) => setType(v as SetPromotionType)}>
            <Select.Trigger id="spa-crm-promo-type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {SET_PROMOTION_TYPES.map((option) => (
                <Select.Item key={option} value={option}>
                  {t(`promotions.types.${option}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField id="spa-crm-promo-value" label={type === "percentage" ? t("promotions.percent") : t("promotions.amount")} required error={errors.value}>
          <Input id="spa-crm-promo-value" type="number" size="small" min={0} value={value} onChange={(e) => setValue(e.target.value)} data-testid="spa-crm-set-promotion-value" />
        </FormField>
      </div>
      {type === "fixed" && (
        <FormField id="spa-crm-promo-currency" label={t("builder.currency")} error={errors.currency_code}>
          <Select size="small" value={currency ?? defaultCurrency ?? ""} onValueChange={setCurrency}>
            <Select.Trigger id="spa-crm-promo-currency">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {currencies.map((c) => (
                <Select.Item key={c} value={c}>
                  {c.toUpperCase()}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
      )}
      <div className="grid grid-cols-2 gap-4">
        <FormField id="spa-crm-promo-starts" label={t("promotions.startsOn")} error={errors.starts_at}>
          <Input id="spa-crm-promo-starts" type="date" size="small" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </FormField>
        <FormField id="spa-crm-promo-ends" label={t("promotions.endsOn")} error={errors.ends_at}>
          <Input id="spa-crm-promo-ends" type="date" size="small" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        </FormField>
      </div>
      <FormField id="spa-crm-promo-limit" label={t("promotions.limit")} hint={t("promotions.limitHint")} error={errors.limit_per_customer}>
        <Input id="spa-crm-promo-limit" type="number" size="small" min={1} value={limit} onChange={(e) => setLimit(e.target.value)} />
      </FormField>
      <div className="flex items-center gap-x-2">
        <Switch id="spa-crm-promo-automatic" checked={automatic} onCheckedChange={setAutomatic} />
        <label htmlFor="spa-crm-promo-automatic" className="txt-compact-small">
          {t("promotions.automaticHint")}
        </label>
      </div>
    </FormDrawer>
  )
}
