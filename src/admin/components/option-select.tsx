import { Select } from "@medusajs/ui"
import type { ReactNode } from "react"

// Radix Select items cannot have an empty value, so "no value" has its own.
const NONE = "__none__"

type OptionSelectProps<T extends string> = {
  id?: string
  value: T | null
  onChange: (value: T | null) => void
  options: readonly T[]
  /** What an option shows (text, or e.g. a colour swatch and its name). */
  label: (option: T) => ReactNode
  placeholder: string
  /** When given, an extra first item that clears the value. */
  noneLabel?: string
  size?: "base" | "small"
  "data-testid"?: string
}

/** A Select over a fixed list of values (gender, skin type, colour, …), optionally clearable. */
export const OptionSelect = <T extends string>({
  id,
  value,
  onChange,
  options,
  label,
  placeholder,
  noneLabel,
  size,
  "data-testid": testId,
}: OptionSelectProps<T>) => (
  <Select
    size={size}
    value={value ?? ""}
    onValueChange={(next) => onChange(next === NONE ? null : (next as T))}
  >
    <Select.Trigger id={id} data-testid={testId}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {noneLabel && <Select.Item value={NONE}>{noneLabel}</Select.Item>}
      {options.map((option) => (
        <Select.Item key={option} value={option} data-testid={testId ? `${testId}-option-${option}` : undefined}>
          {label(option)}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
