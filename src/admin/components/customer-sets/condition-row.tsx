import { XMarkMini } from "@medusajs/icons"
import { IconButton, Input, Select } from "@medusajs/ui"

import { SET_FIELD_NAMES, SET_FIELDS, type SetCondition, type SetField, type SetPeriod } from "../../../types/customer-sets"
import { useStoreCurrencies } from "../../hooks/api/medusa-core"
import { newCondition, startingValue } from "../../lib/customer-set-rules"
import { useCrmTranslation } from "../../lib/format"
import { ConditionValue } from "./condition-value"

type ConditionRowProps = {
  condition: SetCondition
  onChange: (condition: SetCondition) => void
  onRemove: () => void
  testId: string
}

/** One condition: field, operator, value, and where the field takes them, a currency and a window. */
export const ConditionRow = ({ condition, onChange, onRemove, testId }: ConditionRowProps) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const { currencies, defaultCurrency } = useStoreCurrencies()
  const definition: { operators: readonly string[]; currency?: boolean; period?: boolean } = SET_FIELDS[condition.field]

  return (
    <div className="bg-ui-bg-component flex flex-wrap items-start gap-2 rounded-lg border border-ui-border-base p-2" data-testid={testId}>
      <Select size="small" value={condition.field} onValueChange={(field) => onChange(newCondition(field as SetField, defaultCurrency))}>
        <Select.Trigger className="w-52" data-testid={`${testId}-field`}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {SET_FIELD_NAMES.map((field) => (
            <Select.Item key={field} value={field} data-testid={`${testId}-field-option-${field}`}>
              {t(`fields.${field}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Select
        size="small"
        value={condition.operator}
        onValueChange={(operator) =>
          onChange({
            ...condition,
            operator: operator as SetCondition["operator"],
            value: startingValue(operator as SetCondition["operator"]),
          })
        }
      >
        <Select.Trigger className="w-36" data-testid={`${testId}-operator`}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {definition.operators.map((operator) => (
            <Select.Item key={operator} value={operator} data-testid={`${testId}-operator-option-${operator}`}>
              {t(`operators.${operator}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <div className="flex min-h-8 flex-1 items-center">
        <ConditionValue condition={condition} onChange={(value) => onChange({ ...condition, value })} testId={`${testId}-value`} />
      </div>
      {definition.currency && (
        <Select size="small" value={condition.currency_code ?? ""} onValueChange={(currency_code) => onChange({ ...condition, currency_code })}>
          <Select.Trigger className="w-24" data-testid={`${testId}-currency`}>
            <Select.Value placeholder={t("builder.currency")} />
          </Select.Trigger>
          <Select.Content>
            {currencies.map((code) => (
              <Select.Item key={code} value={code}>
                {code.toUpperCase()}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      )}
      {definition.period && (
        <PeriodInput period={condition.period} onChange={(period) => onChange({ ...condition, period })} testId={`${testId}-period`} />
      )}
      <IconButton size="small" variant="transparent" type="button" onClick={onRemove} aria-label={t("builder.removeCondition")} data-testid={`${testId}-remove`}>
        <XMarkMini />
      </IconButton>
    </div>
  )
}

type PeriodMode = "ever" | "last_days" | "dates"

/** "ever", "in the last N days" or "between two dates". */
const PeriodInput = ({ period, onChange, testId }: { period?: SetPeriod; onChange: (p?: SetPeriod) => void; testId: string }) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const mode: PeriodMode = !period ? "ever" : "last_days" in period ? "last_days" : "dates"
  const today = new Date().toISOString().slice(0, 10)
  const setMode = (next: PeriodMode) =>
    onChange(next === "ever" ? undefined : next === "last_days" ? { last_days: 90 } : { from: today, to: today })

  return (
    <div className="flex items-center gap-x-2" data-testid={testId}>
      <Select size="small" value={mode} onValueChange={(next) => setMode(next as PeriodMode)}>
        <Select.Trigger className="w-40" data-testid={`${testId}-mode`}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {(["ever", "last_days", "dates"] as const).map((m) => (
            <Select.Item key={m} value={m}>
              {t(`period.${m}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {period && "last_days" in period && (
        <Input
          type="number"
          size="small"
          className="w-20"
          min={1}
          value={period.last_days}
          onChange={(e) => onChange({ last_days: Number(e.target.value) })}
          aria-label={t("period.days")}
          data-testid={`${testId}-days`}
        />
      )}
      {period && "from" in period && (
        <>
          <Input type="date" size="small" value={period.from} onChange={(e) => onChange({ ...period, from: e.target.value })} aria-label={t("period.from")} />
          <Input type="date" size="small" value={period.to} onChange={(e) => onChange({ ...period, to: e.target.value })} aria-label={t("period.to")} />
        </>
      )}
    </div>
  )
}
