import { XMarkMini } from "@medusajs/icons"
import { Badge, clx } from "@medusajs/ui"
import { type KeyboardEvent, useRef } from "react"

type ChipInputProps = {
  id?: string
  value: string[]
  onChange: (value: string[]) => void
  placeholder?: string
  removeLabel: string
  "data-testid"?: string
}

/** Free words as chips: Enter or a comma adds one (pasting "a, b" adds both), Backspace removes the last. */
export const ChipInput = ({ id, value, onChange, placeholder, removeLabel, "data-testid": testId }: ChipInputProps) => {
  const inputRef = useRef<HTMLInputElement>(null)

  const add = (raw: string) => {
    const words = raw
      .split(",")
      .map((word) => word.trim())
      .filter((word) => word && !value.includes(word))
    if (words.length) onChange([...value, ...new Set(words)])
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault()
      add(input.value)
      input.value = ""
    } else if (e.key === "Backspace" && input.value === "" && value.length) {
      onChange(value.slice(0, -1))
    }
  }

  return (
    <div
      className={clx(
        "shadow-borders-base bg-ui-bg-field hover:bg-ui-bg-field-hover flex min-h-8 flex-wrap items-center gap-1 rounded-md px-2 py-1.5",
        "transition-fg focus-within:shadow-borders-interactive-with-active"
      )}
      onClick={() => inputRef.current?.focus()}
    >
      {value.map((chip) => (
        <Badge key={chip} size="2xsmall" className="gap-x-0.5 pl-1.5 pr-1">
          <span className="truncate">{chip}</span>
          <button
            type="button"
            tabIndex={-1}
            aria-label={`${removeLabel} ${chip}`}
            onClick={() => onChange(value.filter((v) => v !== chip))}
            className="text-ui-fg-subtle transition-fg outline-none"
          >
            <XMarkMini />
          </button>
        </Badge>
      ))}
      <input
        id={id}
        ref={inputRef}
        data-testid={testId}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          add(e.target.value)
          e.target.value = ""
        }}
        placeholder={value.length ? undefined : placeholder}
        autoComplete="off"
        className="caret-ui-fg-base text-ui-fg-base txt-compact-small placeholder:text-ui-fg-muted flex-1 appearance-none bg-transparent focus:outline-none"
      />
    </div>
  )
}
