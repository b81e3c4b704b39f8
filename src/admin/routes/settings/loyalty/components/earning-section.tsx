import { Text } from "@medusajs/ui"
import { useState } from "react"

import { FormDrawer } from "../../../../components/form-drawer"
import { FormField } from "../../../../components/form-field"
import {
  CollectionMultipliersInput,
  type MultiplierDraft,
} from "../../../../components/loyalty/collection-multipliers-input"
import {
  CurrencyAmountsField,
  fromCurrencyDraft,
  toCurrencyDraft,
} from "../../../../components/loyalty/currency-amounts-input"
import { SectionRow } from "../../../../components/section-row"
import { useProductCollections } from "../../../../hooks/api/medusa-core"
import { formatMoney, formatNumber, useCrmTranslation } from "../../../../lib/format"
import type { LoyaltySettings } from "../../../../lib/types"
import { CurrencyLines } from "./currency-lines"
import { NumberSettingField, numberTexts, parseNumbers, SettingsSection, useSettingsDraft } from "./settings-form"

const BONUS_FIELDS = [
  "signup_bonus",
  "birthday_bonus",
  "referral_bonus_referrer",
  "referral_bonus_referee",
  "pending_days",
] as const

type EarningSectionProps = { settings: LoyaltySettings; currencies: string[] }

/** L2: what earns points (spend per currency, collections that earn more, bonuses) and when they become spendable. */
export const EarningSection = ({ settings, currencies }: EarningSectionProps) => {
  const { t, locale } = useCrmTranslation()
  const [editing, setEditing] = useState(false)
  const titles = useCollectionTitles(Object.keys(settings.collection_multipliers ?? {}))
  const points = (count: number) => t("loyalty.pointsCount", { count, points: formatNumber(count, locale) })

  return (
    <SettingsSection
      title={t("loyalty.settings.earning.title")}
      subtitle={t("loyalty.settings.earning.subtitle")}
      onEdit={() => setEditing(true)}
      editTestId="spa-crm-loyalty-earning-edit"
      data-testid="spa-crm-loyalty-earning"
    >
      <SectionRow
        title={t("loyalty.settings.earnRates")}
        value={
          <CurrencyLines
            currencies={currencies}
            amounts={settings.earn_rates}
            format={(amount, currency) =>
              t("loyalty.settings.earnRateValue", { amount: formatMoney(amount, currency, locale) })
            }
            testId="spa-crm-loyalty-earn-rate"
          />
        }
      />
      <SectionRow
        title={t("loyalty.settings.collectionMultipliers")}
        value={
          Object.keys(settings.collection_multipliers ?? {}).length ? (
            <div className="flex flex-col gap-y-1">
              {Object.entries(settings.collection_multipliers).map(([id, multiplier]) => (
                <Text key={id} size="small" leading="compact">
                  {titles.get(id) ?? id} <span className="text-ui-fg-muted">×{formatNumber(multiplier, locale)}</span>
                </Text>
              ))}
            </div>
          ) : (
            t("loyalty.settings.noMultipliers")
          )
        }
      />
      <SectionRow title={t("loyalty.settings.signupBonus")} value={points(settings.signup_bonus)} />
      <SectionRow title={t("loyalty.settings.birthdayBonus")} value={points(settings.birthday_bonus)} />
      <SectionRow
        title={t("loyalty.settings.referralBonus")}
        value={t("loyalty.settings.referralValue", {
          referrer: formatNumber(settings.referral_bonus_referrer, locale),
          referee: formatNumber(settings.referral_bonus_referee, locale),
        })}
      />
      <SectionRow
        title={t("loyalty.settings.pendingDays")}
        value={
          settings.pending_days
            ? t("loyalty.settings.days", { count: settings.pending_days })
            : t("loyalty.settings.noPending")
        }
      />
      <EarningDrawer
        open={editing}
        onClose={() => setEditing(false)}
        settings={settings}
        currencies={currencies}
        titles={titles}
      />
    </SettingsSection>
  )
}

/** Titles of the collections that have a multiplier. */
const useCollectionTitles = (ids: string[]) => {
  const { collections } = useProductCollections({ id: ids, limit: Math.max(ids.length, 1) }, ids.length > 0)
  return new Map(collections.map((collection) => [collection.id, collection.title]))
}

type EarningDrawerProps = {
  open: boolean
  onClose: () => void
  settings: LoyaltySettings
  currencies: string[]
  titles: Map<string, string>
}

const EarningDrawer = ({ open, onClose, settings, currencies, titles }: EarningDrawerProps) => {
  const { t } = useCrmTranslation()
  const { draft, set, errors, save, isPending } = useSettingsDraft({
    open,
    settings,
    onClose,
    idPrefix: "spa-crm-loyalty-earning-",
    toDraft: (s) => ({
      earn_rates: toCurrencyDraft(s.earn_rates),
      multipliers: Object.entries(s.collection_multipliers ?? {}).map(
        ([collection_id, value]): MultiplierDraft => ({ collection_id, value: String(value) })
      ),
      ...numberTexts(s, BONUS_FIELDS),
    }),
  })

  const submit = () => {
    const { numbers, errors: local } = parseNumbers(
      Object.fromEntries(BONUS_FIELDS.map((key) => [key, draft[key]])) as Record<(typeof BONUS_FIELDS)[number], string>,
      t("general.fieldRequired")
    )
    for (const row of draft.multipliers) {
      if (row.value.trim() === "") local[`collection_multipliers.${row.collection_id}`] = t("general.fieldRequired")
    }
    save(
      {
        ...numbers,
        earn_rates: fromCurrencyDraft(draft.earn_rates),
        collection_multipliers: Object.fromEntries(
          draft.multipliers.map((row) => [row.collection_id, Number(row.value)])
        ),
      },
      local
    )
  }

  const field = (key: (typeof BONUS_FIELDS)[number], unit: string, hint?: string) => (
    <NumberSettingField
      id={`spa-crm-loyalty-earning-${key}`}
      label={t(`loyalty.settings.fields.${key}`)}
      value={draft[key]}
      onChange={(value) => set(key, value)}
      unit={unit}
      hint={hint}
      error={errors[key]}
    />
  )

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={t("loyalty.settings.earning.editTitle")}
      description={t("loyalty.settings.earning.subtitle")}
      onSubmit={submit}
      isPending={isPending}
      submitTestId="spa-crm-loyalty-earning-save"
      data-testid="spa-crm-loyalty-earning-drawer"
    >
      <CurrencyAmountsField
        field="earn_rates"
        idPrefix="spa-crm-loyalty-earning-"
        label={t("loyalty.settings.earnRates")}
        hint={t("loyalty.settings.earnRatesHint")}
        amountLabel={t("loyalty.settings.spendPerPoint")}
        currencies={currencies}
        value={draft.earn_rates}
        onChange={(value) => set("earn_rates", value)}
        errors={errors}
      />
      <FormField
        id="spa-crm-loyalty-earning-collection_multipliers"
        label={t("loyalty.settings.collectionMultipliers")}
        hint={t("loyalty.settings.collectionMultipliersHint")}
        error={errors.collection_multipliers}
      >
        <CollectionMultipliersInput
          id="spa-crm-loyalty-earning-collection_multipliers"
          value={draft.multipliers}
          onChange={(value) => set("multipliers", value)}
          titles={titles}
          errors={errors}
        />
      </FormField>
      {field("signup_bonus", t("loyalty.pointsUnit", { count: 2 }))}
      {field("birthday_bonus", t("loyalty.pointsUnit", { count: 2 }), t("loyalty.settings.birthdayBonusHint"))}
      <div className="grid grid-cols-2 gap-x-4">
        {field("referral_bonus_referrer", t("loyalty.pointsUnit", { count: 2 }))}
        {field("referral_bonus_referee", t("loyalty.pointsUnit", { count: 2 }))}
      </div>
      {field("pending_days", t("loyalty.settings.daysUnit"), t("loyalty.settings.pendingDaysHint"))}
    </FormDrawer>
  )
}
