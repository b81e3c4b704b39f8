import { PencilSquare, Plus } from "@medusajs/icons"
import { Button, Container, Input, Switch, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"

import { SectionHeader } from "../../../../components/section-header"
import { EmptyState } from "../../../../components/empty-state"
import { FormDrawer } from "../../../../components/form-drawer"
import { FormField } from "../../../../components/form-field"
import {
  CurrencyAmountsField,
  fromCurrencyDraft,
  toCurrencyDraft,
  type CurrencyAmountsDraft,
} from "../../../../components/loyalty/currency-amounts-input"
import { TierBadge } from "../../../../components/loyalty/loyalty-badges"
import { OptionSelect } from "../../../../components/option-select"
import { RowActions } from "../../../../components/row-actions"
import { SectionRow } from "../../../../components/section-row"
import {
  useCreateLoyaltyTier,
  useDeleteLoyaltyTier,
  useUpdateLoyaltyTier,
} from "../../../../hooks/api/loyalty-settings"
import { useFormErrors } from "../../../../hooks/use-form-errors"
import { formatMoney, formatNumber, formatPercent, useCrmTranslation } from "../../../../lib/format"
import { byCurrencyOrder } from "../../../../lib/loyalty"
import { TIER_WINDOWS, type LoyaltySettings, type LoyaltyTier, type TierWindow } from "../../../../lib/types"
import { NumberSettingField, parseNumbers, useSettingsDraft } from "./settings-form"

type TiersSectionProps = { tiers: LoyaltyTier[]; settings: LoyaltySettings; currencies: string[] }

/** L6: the spend tiers with their thresholds per currency and benefits, and how spend is counted. */
export const TiersSection = ({ tiers, settings, currencies }: TiersSectionProps) => {
  const { t, locale } = useCrmTranslation()
  const [editing, setEditing] = useState<LoyaltyTier | "new" | null>(null)
  const [editingRules, setEditingRules] = useState(false)
  const { mutate: deleteTier } = useDeleteLoyaltyTier()

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-loyalty-tiers">
      <SectionHeader title={t("loyalty.settings.tiers.title")} subtitle={t("loyalty.settings.tiers.subtitle")}>
        <Button size="small" variant="secondary" onClick={() => setEditing("new")} data-testid="spa-crm-loyalty-tier-create">
          <Plus />
          {t("general.create")}
        </Button>
      </SectionHeader>
      {tiers.length === 0 ? (
        <EmptyState title={t("loyalty.settings.tiers.emptyTitle")} message={t("loyalty.settings.tiers.emptyMessage")} />
      ) : (
        <div className="overflow-x-auto">
          <Table data-testid="spa-crm-loyalty-tier-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("loyalty.settings.tiers.name")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("loyalty.settings.tiers.rank")}</Table.HeaderCell>
                <Table.HeaderCell>{t("loyalty.settings.tiers.minSpend")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("loyalty.settings.tiers.discount")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("loyalty.settings.tiers.multiplier")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("loyalty.settings.tiers.birthdayBonus")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("loyalty.settings.tiers.members")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {tiers.map((tier) => (
                <Table.Row key={tier.id} data-testid="spa-crm-loyalty-tier-row">
                  <Table.Cell>
                    <TierBadge tier={tier} />
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{tier.rank}</Table.Cell>
                  <Table.Cell>
                    {Object.values(tier.min_spend ?? {}).some((amount) => Number(amount) > 0) ? (
                      <div className="flex flex-col py-2">
                        {byCurrencyOrder(tier.min_spend, currencies).map(([currency, amount]) => (
                          <span key={currency} className="tabular-nums">
                            {formatMoney(Number(amount), currency, locale)}
                          </span>
                        ))}
                      </div>
                    ) : (
                      <span className="text-ui-fg-muted">{t("loyalty.settings.tiers.noMinimum")}</span>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {tier.discount_percent ? formatPercent(tier.discount_percent, locale) : "-"}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">×{formatNumber(tier.points_multiplier, locale)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {tier.birthday_bonus_points ? formatNumber(tier.birthday_bonus_points, locale) : "-"}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {tier.customer_group_id ? (
                      <Link
                        to={`/customer-groups/${tier.customer_group_id}`}
                        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                        title={t("loyalty.settings.tiers.openGroup")}
                      >
                        {formatNumber(tier.member_count ?? 0, locale)}
                      </Link>
                    ) : (
                      formatNumber(tier.member_count ?? 0, locale)
                    )}
                  </Table.Cell>
                  <Table.Cell className="w-[1%]">
                    <RowActions
                      testId="spa-crm-loyalty-tier-row"
                      onEdit={() => setEditing(tier)}
                      deleteTexts={{
                        title: t("loyalty.settings.tiers.deleteTitle"),
                        description: t("loyalty.settings.tiers.deleteDescription", {
                          name: tier.name,
                          count: tier.member_count ?? 0,
                        }),
                        done: t("loyalty.settings.tiers.deleted", { name: tier.name }),
                      }}
                      onDelete={(callbacks) => deleteTier(tier.id, callbacks)}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <SectionHeader title={t("loyalty.settings.tierRules.title")} subtitle={t("loyalty.settings.tierRules.subtitle")} level="h3">
        <Button
          size="small"
          variant="secondary"
          onClick={() => setEditingRules(true)}
          data-testid="spa-crm-loyalty-tier-rules-edit"
        >
          <PencilSquare />
          {t("general.edit")}
        </Button>
      </SectionHeader>
      <div>
        <SectionRow
          title={t("loyalty.settings.tierWindow")}
          value={
            settings.tier_window === "lifetime"
              ? t("loyalty.settings.window.lifetime")
              : t("loyalty.settings.window.rollingMonths", { count: settings.tier_window_months })
          }
          data-testid="spa-crm-loyalty-tier-window"
        />
        <SectionRow
          title={t("loyalty.settings.downgrades")}
          value={
            settings.downgrade_nightly_only
              ? t("loyalty.settings.downgradeNightly")
              : t("loyalty.settings.downgradeAnytime")
          }
          data-testid="spa-crm-loyalty-downgrade-policy"
        />
      </div>
      <TierDrawer tier={editing} onClose={() => setEditing(null)} currencies={currencies} tiers={tiers} />
      <TierRulesDrawer open={editingRules} onClose={() => setEditingRules(false)} settings={settings} />
    </Container>
  )
}

const TIER_NUMBERS = ["rank", "discount_percent", "points_multiplier", "birthday_bonus_points"] as const
type TierNumber = (typeof TIER_NUMBERS)[number]
type TierDraft = { name: string; handle: string; min_spend: CurrencyAmountsDraft } & Record<TierNumber, string>

type TierDrawerProps = {
  tier: LoyaltyTier | "new" | null
  onClose: () => void
  currencies: string[]
  tiers: LoyaltyTier[]
}

const TierDrawer = ({ tier, onClose, currencies, tiers }: TierDrawerProps) => {
  const { t } = useCrmTranslation()
  const isNew = tier === "new"
  const [draft, setDraft] = useState<TierDraft>(() => emptyTier(tiers))
  const { errors, setErrors, saveCallbacks } = useFormErrors({ idPrefix: "spa-crm-loyalty-tier-", onSaved: onClose })
  const create = useCreateLoyaltyTier()
  const update = useUpdateLoyaltyTier()

  useEffect(() => {
    if (!tier) return
    setDraft(
      tier === "new"
        ? emptyTier(tiers)
        : {
            name: tier.name,
            handle: tier.handle,
            min_spend: toCurrencyDraft(tier.min_spend),
            rank: String(tier.rank),
            discount_percent: String(tier.discount_percent ?? 0),
            points_multiplier: String(tier.points_multiplier ?? 1),
            birthday_bonus_points: String(tier.birthday_bonus_points ?? 0),
          }
    )
    setErrors({})
  }, [tier])

  const set = <K extends keyof TierDraft>(key: K, value: TierDraft[K]) => setDraft((prev) => ({ ...prev, [key]: value }))

  const submit = () => {
    const { numbers, errors: local } = parseNumbers(
      Object.fromEntries(TIER_NUMBERS.map((key) => [key, draft[key]])) as Record<TierNumber, string>,
      t("general.fieldRequired")
    )
    const name = draft.name.trim()
    if (!name) local.name = t("general.fieldRequired")
    if (Object.keys(local).length) return setErrors(local)
    const body = {
      name,
      ...numbers,
      min_spend: fromCurrencyDraft(draft.min_spend),
      ...(isNew && draft.handle.trim() ? { handle: draft.handle.trim() } : {}),
    }
    if (isNew) create.mutate(body, saveCallbacks(t("loyalty.settings.tiers.created", { name })))
    else if (tier) update.mutate({ id: tier.id, ...body }, saveCallbacks(t("loyalty.settings.tiers.updated", { name })))
  }

  const number = (key: TierNumber, unit?: string, extra: { step?: number | "any"; max?: number; min?: number; hint?: string } = {}) => (
    <NumberSettingField
      id={`spa-crm-loyalty-tier-${key}`}
      label={t(`loyalty.settings.tiers.fields.${key}`)}
      value={draft[key]}
      onChange={(value) => set(key, value)}
      unit={unit}
      error={errors[key]}
      {...extra}
    />
  )

  return (
    <FormDrawer
      open={!!tier}
      onOpenChange={(open) => !open && onClose()}
      title={isNew ? t("loyalty.settings.tiers.createTitle") : t("loyalty.settings.tiers.editTitle")}
      description={t("loyalty.settings.tiers.drawerDescription")}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      submitTestId="spa-crm-loyalty-tier-save"
      data-testid="spa-crm-loyalty-tier-drawer"
    >
      <FormField id="spa-crm-loyalty-tier-name" label={t("loyalty.settings.tiers.name")} required error={errors.name}>
        <Input
          id="spa-crm-loyalty-tier-name"
          value={draft.name}
          onChange={(e) => set("name", e.target.value)}
          placeholder={t("loyalty.settings.tiers.namePlaceholder")}
          aria-invalid={!!errors.name}
          data-testid="spa-crm-loyalty-tier-name"
        />
      </FormField>
      {isNew && (
        <FormField
          id="spa-crm-loyalty-tier-handle"
          label={t("loyalty.settings.tiers.fields.handle")}
          hint={t("loyalty.settings.tiers.handleHint")}
          error={errors.handle}
        >
          <Input
            id="spa-crm-loyalty-tier-handle"
            value={draft.handle}
            onChange={(e) => set("handle", e.target.value)}
            placeholder="vip"
            data-testid="spa-crm-loyalty-tier-handle"
          />
        </FormField>
      )}
      {number("rank", undefined, { max: 100, hint: t("loyalty.settings.tiers.rankHint") })}
      <CurrencyAmountsField
        field="min_spend"
        idPrefix="spa-crm-loyalty-tier-"
        label={t("loyalty.settings.tiers.minSpend")}
        hint={t("loyalty.settings.tiers.minSpendHint")}
        amountLabel={t("loyalty.settings.tiers.minSpend")}
        currencies={currencies}
        value={draft.min_spend}
        onChange={(value) => set("min_spend", value)}
        errors={errors}
      />
      {number("discount_percent", "%", { step: "any", max: 100, hint: t("loyalty.settings.tiers.discountHint") })}
      {number("points_multiplier", "×", { step: "any", min: 0.1, max: 10 })}
      {number("birthday_bonus_points", t("loyalty.pointsUnit", { count: 2 }))}
    </FormDrawer>
  )
}

/** A new tier above the highest one, its thresholds to be filled in. */
const emptyTier = (tiers: LoyaltyTier[]): TierDraft => ({
  name: "",
  handle: "",
  min_spend: {},
  rank: String(tiers.length ? Math.max(...tiers.map((tier) => tier.rank)) + 1 : 0),
  discount_percent: "0",
  points_multiplier: "1",
  birthday_bonus_points: "0",
})

type TierRulesDrawerProps = { open: boolean; onClose: () => void; settings: LoyaltySettings }

const TierRulesDrawer = ({ open, onClose, settings }: TierRulesDrawerProps) => {
  const { t } = useCrmTranslation()
  const { draft, set, errors, save, isPending } = useSettingsDraft({
    open,
    settings,
    onClose,
    idPrefix: "spa-crm-loyalty-tier-rules-",
    toDraft: (s) => ({
      tier_window: s.tier_window,
      tier_window_months: String(s.tier_window_months),
      downgrade_nightly_only: s.downgrade_nightly_only,
    }),
  })

  const submit = () => {
    const { numbers, errors: local } = parseNumbers(
      { tier_window_months: draft.tier_window_months },
      t("general.fieldRequired")
    )
    save(
      {
        tier_window: draft.tier_window,
        downgrade_nightly_only: draft.downgrade_nightly_only,
        // the months only count for a rolling window; a lifetime window keeps the stored value
        ...(draft.tier_window === "rolling" ? numbers : {}),
      },
      draft.tier_window === "rolling" ? local : {}
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={t("loyalty.settings.tierRules.editTitle")}
      description={t("loyalty.settings.tierRules.subtitle")}
      onSubmit={submit}
      isPending={isPending}
      submitTestId="spa-crm-loyalty-tier-rules-save"
      data-testid="spa-crm-loyalty-tier-rules-drawer"
    >
      <FormField
        id="spa-crm-loyalty-tier-rules-tier_window"
        label={t("loyalty.settings.tierWindow")}
        error={errors.tier_window}
      >
        <OptionSelect
          id="spa-crm-loyalty-tier-rules-tier_window"
          value={draft.tier_window}
          onChange={(value) => value && set("tier_window", value as TierWindow)}
          options={TIER_WINDOWS}
          label={(value) => t(`loyalty.settings.window.${value}`)}
          placeholder={t("general.choose")}
          data-testid="spa-crm-loyalty-tier-rules-window"
        />
      </FormField>
      {draft.tier_window === "rolling" && (
        <NumberSettingField
          id="spa-crm-loyalty-tier-rules-tier_window_months"
          label={t("loyalty.settings.tierWindowMonths")}
          value={draft.tier_window_months}
          onChange={(value) => set("tier_window_months", value)}
          unit={t("loyalty.settings.monthsUnit")}
          min={1}
          max={120}
          error={errors.tier_window_months}
        />
      )}
      <div className="shadow-elevation-card-rest flex items-start justify-between gap-x-4 rounded-lg px-4 py-3">
        <div>
          <Text size="small" leading="compact" weight="plus">
            {t("loyalty.settings.downgradeSwitch")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("loyalty.settings.downgradeSwitchHint")}
          </Text>
        </div>
        <Switch
          id="spa-crm-loyalty-tier-rules-downgrade_nightly_only"
          checked={draft.downgrade_nightly_only}
          onCheckedChange={(checked) => set("downgrade_nightly_only", checked)}
          aria-label={t("loyalty.settings.downgradeSwitch")}
          data-testid="spa-crm-loyalty-downgrade-switch"
        />
      </div>
    </FormDrawer>
  )
}
