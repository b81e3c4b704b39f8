import { DatePicker, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

import { type AnalyticsPeriod, GRANULARITIES, type Granularity } from "../../../types/analytics"
import type { AnalyticsFilters } from "../../hooks/use-analytics-filters"
import { PERIOD_PRESETS, type PeriodPreset } from "../../lib/analytics-period"
import { formatCalendarDate, fromCalendarDate, toCalendarDate, useCrmTranslation } from "../../lib/format"

const AUTO = "auto"

type PeriodControlsProps = {
  filters: AnalyticsFilters
  /** the period as the server answered it (its currency, the currencies with orders, the step, the period before) */
  answered: AnalyticsPeriod | undefined
}

/**
 * The period (presets or two dates), the currency and the series' step, above
 * every tab; under them, what the figures are compared with.
 */
export const PeriodControls = ({ filters, answered }: PeriodControlsProps) => {
  const { t, locale } = useCrmTranslation("spa-crm-analytics")
  const { preset, period } = filters
  const currency = filters.currency ?? answered?.currency
  const currencies = [...new Set([...(answered?.currencies ?? []), ...(currency ? [currency] : [])])]

  const pickFrom = (date: Date | null) => {
    if (!date) return
    const from = toCalendarDate(date)
    filters.setCustomPeriod({ from, to: from > period.to ? from : period.to })
  }
  const pickTo = (date: Date | null) => {
    if (!date) return
    const to = toCalendarDate(date)
    filters.setCustomPeriod({ from: to < period.from ? to : period.from, to })
  }

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="spa-crm-analytics-controls">
      <div className="flex flex-wrap items-end gap-3">
        <Control label={t("controls.period")} className="w-48">
          <Select size="small" value={preset} onValueChange={(value) => filters.setPreset(value as PeriodPreset)}>
            <Select.Trigger data-testid="spa-crm-analytics-preset">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {PERIOD_PRESETS.map((p) => (
                <Select.Item key={p} value={p} data-testid={`spa-crm-analytics-preset-${p}`}>
                  {t(`presets.${p}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Control>
        {preset === "custom" && (
          <>
            <Control label={t("controls.from")} className="w-44" testId="spa-crm-analytics-from">
              <DatePicker
                size="small"
                aria-label={t("controls.from")}
                value={fromCalendarDate(period.from)}
                maxValue={new Date()}
                onChange={pickFrom}
              />
            </Control>
            <Control label={t("controls.to")} className="w-44" testId="spa-crm-analytics-to">
              <DatePicker
                size="small"
                aria-label={t("controls.to")}
                value={fromCalendarDate(period.to)}
                onChange={pickTo}
              />
            </Control>
          </>
        )}
        <Control label={t("controls.currency")} className="w-32">
          <Select size="small" value={currency ?? ""} onValueChange={filters.setCurrency} disabled={!currencies.length}>
            <Select.Trigger data-testid="spa-crm-analytics-currency">
              <Select.Value placeholder={t("controls.noCurrency")} />
            </Select.Trigger>
            <Select.Content>
              {currencies.map((code) => (
                <Select.Item key={code} value={code} data-testid={`spa-crm-analytics-currency-${code}`}>
                  {code.toUpperCase()}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Control>
        <Control label={t("controls.granularity")} className="w-52">
          <Select
            size="small"
            value={filters.granularity ?? AUTO}
            onValueChange={(value) => filters.setGranularity(value === AUTO ? undefined : (value as Granularity))}
          >
            <Select.Trigger data-testid="spa-crm-analytics-granularity">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={AUTO}>
                {answered ? t("granularity.auto", { step: t(`granularity.${answered.granularity}`) }) : t("granularity.autoPlain")}
              </Select.Item>
              {GRANULARITIES.map((g) => (
                <Select.Item key={g} value={g} disabled={g === "day" && !filters.dayStepsAllowed}>
                  {t(`granularity.${g}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Control>
      </div>
      <Text size="xsmall" className="text-ui-fg-muted" data-testid="spa-crm-analytics-period">
        {t("controls.comparing", {
          from: formatCalendarDate(period.from, locale),
          to: formatCalendarDate(period.to, locale),
          previousFrom: answered ? formatCalendarDate(answered.previous.from, locale) : "…",
          previousTo: answered ? formatCalendarDate(answered.previous.to, locale) : "…",
        })}
      </Text>
    </div>
  )
}

const Control = ({
  label,
  className,
  testId,
  children,
}: {
  label: string
  className: string
  testId?: string
  children: ReactNode
}) => (
  <div className={`flex flex-col gap-y-1 ${className}`} data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    {children}
  </div>
)
