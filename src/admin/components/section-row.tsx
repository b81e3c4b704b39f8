import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionRowProps = {
  title: string
  /** Plain text is shown as is ("-" when empty); other content is rendered in the value column. */
  value?: ReactNode
  "data-testid"?: string
}

/** A label / value row of a detail section, as the dashboard's customer "General" section lays them out. */
export const SectionRow = ({ title, value, "data-testid": testId }: SectionRowProps) => {
  const isText = value === null || value === undefined || typeof value === "string" || typeof value === "number"

  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4" data-testid={testId}>
      <Text size="small" leading="compact" weight="plus">
        {title}
      </Text>
      {isText ? (
        <Text size="small" leading="compact" className="whitespace-pre-line break-words">
          {value === null || value === undefined || value === "" ? "-" : value}
        </Text>
      ) : (
        <div className="min-w-0">{value}</div>
      )}
    </div>
  )
}
