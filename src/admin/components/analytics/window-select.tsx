import { Select, Text } from "@medusajs/ui"

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
