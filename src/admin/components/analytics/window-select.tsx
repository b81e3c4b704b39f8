import { Select, Text } from "@medusajs/ui"

import { useCrmTranslation } from "../../lib/format"

type WindowSelectProps = {
  label: string
  value: number
  options: readonly number[]
  /** how an option reads ("60 days", "3 orders") */
  format: (value: number) => string
  onChange: (value: number) => void
  "data-testid"?: string
}

/** A report's parameter picked from a few sensible values: the rebook window, the orders that make a customer loyal. */
export const WindowSelect = ({ label, value, options, format, onChange, "data-testid": testId }: WindowSelectProps) => (
  <div className="flex items-center gap-x-2">
    <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
      {label}
    </Text>
    <Select size="small" value={String(value)} onValueChange={(next) => onChange(Number(next))}>
      <Select.Trigger className="w-28" data-testid={testId}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option} value={String(option)}>
            {format(option)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

/** The windows offered for "booked again within N days". */
export const REBOOK_WINDOWS = [30, 60, 90, 180] as const

/** "Rebooked within [60 days]": the window of the rebook rate (customers, sources, staff). */
export const RebookSelect = ({ value, onChange, testId }: { value: number; onChange: (days: number) => void; testId: string }) => {
  const { t } = useCrmTranslation("spa-crm-analytics")
  return (
    <WindowSelect
      label={t("customers.rebookWithin")}
      value={value}
      options={REBOOK_WINDOWS}
      format={(n) => t("general.days", { count: n })}
      onChange={onChange}
      data-testid={testId}
    />
  )
}
