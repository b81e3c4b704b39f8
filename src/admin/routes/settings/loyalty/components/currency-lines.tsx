import { Text } from "@medusajs/ui"

import { useCrmTranslation } from "../../../../lib/format"
import { byCurrencyOrder } from "../../../../lib/loyalty"
import type { PerCurrency } from "../../../../lib/types"

type CurrencyLinesProps = {
  amounts: PerCurrency | null | undefined
  /** The store's currencies, to list those first (the default one on top). */
  currencies: string[]
  format: (amount: number, currency: string) => string
  testId?: string
}

/** One line per currency of a per-currency setting; "Not set" when there is none. */
export const CurrencyLines = ({ amounts, currencies, format, testId }: CurrencyLinesProps) => {
  const { t } = useCrmTranslation()
  const entries = byCurrencyOrder(amounts, currencies)
  if (!entries.length) return <Text size="small" leading="compact">{t("general.notSet")}</Text>
  return (
    <div className="flex flex-col gap-y-1">
      {entries.map(([currency, amount]) => (
        <Text key={currency} size="small" leading="compact" className="tabular-nums" data-testid={testId}>
          {format(Number(amount), currency)}
        </Text>
      ))}
    </div>
  )
}
