import { clx } from "@medusajs/ui"

type ToggleListProps = {
  options: { value: string; label: string }[]
  selected: string[]
  onChange: (selected: string[]) => void
  "data-testid"?: string
}

/** A few choices shown at once (months, skin types, tags): click to pick or unpick. */
export const ToggleList = ({ options, selected, onChange, "data-testid": testId }: ToggleListProps) => (
  <div className="flex flex-wrap gap-1" data-testid={testId}>
    {options.map(({ value, label }) => {
      const on = selected.includes(value)
      return (
        <button
          key={value}
          type="button"
          aria-pressed={on}
          onClick={() => onChange(on ? selected.filter((v) => v !== value) : [...selected, value])}
          data-testid={testId ? `${testId}-${value}` : undefined}
          className={clx(
            "txt-compact-xsmall-plus rounded-md border px-2 py-1 transition-fg",
            on
              ? "bg-ui-tag-blue-bg border-ui-tag-blue-border text-ui-tag-blue-text"
              : "bg-ui-bg-field border-ui-border-base text-ui-fg-subtle hover:bg-ui-bg-field-hover"
          )}
        >
          {label}
        </button>
      )
    })}
  </div>
)
