import { CurrencyInput, Text } from "@medusajs/ui"

import { FormField } from "../form-field"

import { useCrmTranslation } from "../../lib/format"
import { currencyFormat } from "../../lib/loyalty"
import type { PerCurrency } from "../../lib/types"

/** The form's text per currency code; an empty text means "not set for this currency". */
export type CurrencyAmountsDraft = Record<string, string>

export const toCurrencyDraft = (amounts: PerCurrency | null | undefined): CurrencyAmountsDraft =>
  Object.fromEntries(Object.entries(amounts ?? {}).map(([currency, amount]) => [currency, String(amount)]))

/** The amounts typed, as the API takes them; currencies left empty are left out. */
export const fromCurrencyDraft = (draft: CurrencyAmountsDraft): PerCurrency =>
  Object.fromEntries(
    Object.entries(draft)
      .filter(([, text]) => text.trim() !== "")
      .map(([currency, text]) => [currency, Number(text)])
  )

type CurrencyAmountsInputProps = {
  /** Prefix of each input's id and test id: `${id}-${currency}`. */
  id: string
  /** The store's currencies; codes already in `value` are shown too. */
  currencies: string[]
  value: CurrencyAmountsDraft
  onChange: (value: CurrencyAmountsDraft) => void
  /** The column heading of the amounts ("Spend for 1 point"). */
  amountLabel: string
  /** Field errors by "field.currency" → shown under that currency's row. */
  errors?: Record<string, string>
  errorPrefix?: string
}

/** One amount per currency, as a small table: currency | amount (with its symbol; VND takes no decimals). */
export const CurrencyAmountsInput = ({
  id,
  currencies,
  value,
  onChange,
  amountLabel,
  errors = {},
  errorPrefix,
}: CurrencyAmountsInputProps) => {
  const { t, locale } = useCrmTranslation()
  const rows = [...new Set([...currencies, ...Object.keys(value)])]

  if (!rows.length) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("loyalty.settings.noCurrencies")}
      </Text>
    )
  }

  return (
    <div className="shadow-elevation-card-rest overflow-hidden rounded-lg" id={id}>
      <div className="bg-ui-bg-subtle text-ui-fg-subtle grid grid-cols-[96px_1fr] gap-x-3 border-b px-3 py-2">
        <Text size="xsmall" weight="plus">
          {t("loyalty.settings.currency")}
        </Text>
        <Text size="xsmall" weight="plus">
          {amountLabel}
        </Text>
      </div>
      {rows.map((currency) => {
        const { symbol, decimals } = currencyFormat(currency, locale)
        const error = errorPrefix ? errors[`${errorPrefix}.${currency}`] : undefined
        return (
          <div key={currency} className="border-b px-3 py-2 last:border-b-0">
            <div className="grid grid-cols-[96px_1fr] items-center gap-x-3">
              <Text size="small" leading="compact" weight="plus" className="uppercase">
                {currency}
              </Text>
              <CurrencyInput
                id={`${id}-${currency}`}
                size="small"
                symbol={symbol}
                code={currency}
                decimalsLimit={decimals}
                allowNegativeValue={false}
                value={value[currency] ?? ""}
                onValueChange={(next) => onChange({ ...value, [currency]: next ?? "" })}
                aria-label={`${amountLabel} (${currency.toUpperCase()})`}
                aria-invalid={!!error}
                data-testid={`${id}-${currency}`}
              />
            </div>
            {error && (
              <Text size="xsmall" className="text-ui-fg-error mt-1 pl-[108px]">
                {error}
              </Text>
            )}
          </div>
        )
      })}
    </div>
  )
}

type CurrencyAmountsFieldProps = {
  /** The API's field ("earn_rates"): the server's errors for it and for "<field>.<currency>" show here. */
  field: string
  idPrefix: string
  label: string
  hint: string
  amountLabel: string
  currencies: string[]
  value: CurrencyAmountsDraft
  onChange: (value: CurrencyAmountsDraft) => void
  errors: Record<string, string>
}

/** A labelled per-currency amount in a drawer form; controls get the ids `${idPrefix}${field}-${currency}`. */
export const CurrencyAmountsField = ({ field, idPrefix, label, hint, errors, ...input }: CurrencyAmountsFieldProps) => (
  <FormField id={`${idPrefix}${field}`} label={label} hint={hint} error={errors[field]}>
    <CurrencyAmountsInput id={`${idPrefix}${field}`} errors={errors} errorPrefix={field} {...input} />
  </FormField>
)
