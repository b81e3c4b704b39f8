import { useState } from "react"

import { FormDrawer } from "../../../../components/form-drawer"
import {
  CurrencyAmountsField,
  fromCurrencyDraft,
  toCurrencyDraft,
} from "../../../../components/loyalty/currency-amounts-input"
import { SectionRow } from "../../../../components/section-row"
import { formatMoney, formatNumber, formatPercent, useCrmTranslation } from "../../../../lib/format"
import { byCurrencyOrder } from "../../../../lib/loyalty"
import type { LoyaltySettings } from "../../../../lib/types"
import { CurrencyLines } from "./currency-lines"
import { NumberSettingField, numberTexts, parseNumbers, SettingsSection, useSettingsDraft } from "./settings-form"

const FIELDS = ["min_redeem_points", "max_redeem_percent"] as const

type RedemptionSectionProps = { settings: LoyaltySettings; currencies: string[] }

/** L3: what a point is worth at checkout, the fewest points that can be used, and the largest share of a cart. */
export const RedemptionSection = ({ settings, currencies }: RedemptionSectionProps) => {
  const { t, locale } = useCrmTranslation()
  const [editing, setEditing] = useState(false)

  return (
    <SettingsSection
      title={t("loyalty.settings.redemption.title")}
      subtitle={t("loyalty.settings.redemption.subtitle")}
      onEdit={() => setEditing(true)}
      editTestId="spa-crm-loyalty-redemption-edit"
      data-testid="spa-crm-loyalty-redemption"
    >
      <SectionRow
        title={t("loyalty.settings.pointValues")}
        value={
          <CurrencyLines
            currencies={currencies}
            amounts={settings.point_values}
            format={(amount, currency) =>
              t("loyalty.settings.pointValueValue", {
                amount: new Intl.NumberFormat(locale, {
                  style: "currency",
                  currency: currency.toUpperCase(),
                  maximumFractionDigits: 4,
                }).format(amount),
              })
            }
            testId="spa-crm-loyalty-point-value"
          />
        }
      />
      <SectionRow
        title={t("loyalty.settings.minRedeem")}
        value={t("loyalty.pointsCount", {
          count: settings.min_redeem_points,
          points: formatNumber(settings.min_redeem_points, locale),
        })}
      />
      <SectionRow
        title={t("loyalty.settings.maxRedeem")}
        value={t("loyalty.settings.maxRedeemValue", { percent: formatPercent(settings.max_redeem_percent, locale) })}
      />
      <RedemptionDrawer open={editing} onClose={() => setEditing(false)} settings={settings} currencies={currencies} />
    </SettingsSection>
  )
}

type RedemptionDrawerProps = { open: boolean; onClose: () => void; settings: LoyaltySettings; currencies: string[] }

const RedemptionDrawer = ({ open, onClose, settings, currencies }: RedemptionDrawerProps) => {
  const { t, locale } = useCrmTranslation()
  const { draft, set, errors, save, isPending } = useSettingsDraft({
    open,
    settings,
    onClose,
    idPrefix: "spa-crm-loyalty-redemption-",
    toDraft: (s) => ({ point_values: toCurrencyDraft(s.point_values), ...numberTexts(s, FIELDS) }),
  })

  const submit = () => {
    const { numbers, errors: local } = parseNumbers(
      { min_redeem_points: draft.min_redeem_points, max_redeem_percent: draft.max_redeem_percent },
      t("general.fieldRequired")
    )
    save({ ...numbers, point_values: fromCurrencyDraft(draft.point_values) }, local)
  }

  // an example from the first currency: what 1,000 points take off a cart
  const [exampleCurrency, exampleValue] = byCurrencyOrder(fromCurrencyDraft(draft.point_values), currencies)[0] ?? []

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={t("loyalty.settings.redemption.editTitle")}
      description={t("loyalty.settings.redemption.subtitle")}
      onSubmit={submit}
      isPending={isPending}
      submitTestId="spa-crm-loyalty-redemption-save"
      data-testid="spa-crm-loyalty-redemption-drawer"
    >
      <CurrencyAmountsField
        field="point_values"
        idPrefix="spa-crm-loyalty-redemption-"
        label={t("loyalty.settings.pointValues")}
        hint={
          exampleCurrency && Number.isFinite(exampleValue)
            ? t("loyalty.settings.pointValuesExample", {
                points: formatNumber(1000, locale),
                amount: formatMoney(1000 * exampleValue, exampleCurrency, locale),
              })
            : t("loyalty.settings.pointValuesHint")
        }
        amountLabel={t("loyalty.settings.valuePerPoint")}
        currencies={currencies}
        value={draft.point_values}
        onChange={(value) => set("point_values", value)}
        errors={errors}
      />
      <NumberSettingField
        id="spa-crm-loyalty-redemption-min_redeem_points"
        label={t("loyalty.settings.minRedeem")}
        value={draft.min_redeem_points}
        onChange={(value) => set("min_redeem_points", value)}
        unit={t("loyalty.pointsUnit", { count: 2 })}
        hint={t("loyalty.settings.minRedeemHint")}
        error={errors.min_redeem_points}
      />
      <NumberSettingField
        id="spa-crm-loyalty-redemption-max_redeem_percent"
        label={t("loyalty.settings.maxRedeem")}
        value={draft.max_redeem_percent}
        onChange={(value) => set("max_redeem_percent", value)}
        unit="%"
        min={1}
        max={100}
        step="any"
        hint={t("loyalty.settings.maxRedeemHint")}
        error={errors.max_redeem_percent}
      />
    </FormDrawer>
  )
}
