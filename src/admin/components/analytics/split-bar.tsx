import { Text } from "@medusajs/ui"

import { CHART_COLORS, type ChartColor, Swatch } from "./chart-theme"

export type SplitPart = { key: string; label: string; value: number; color: ChartColor }

/** A whole split into its parts (new, returning, loyal): one bar of shares, and each part's count and share below. */
export const SplitBar = ({
  parts,
  format,
  formatShare,
  "data-testid": testId,
}: {
  parts: SplitPart[]
  format: (value: number) => string
  formatShare: (ratio: number) => string
  "data-testid"?: string
}) => {
  const total = parts.reduce((sum, part) => sum + part.value, 0)
  return (
    <div className="flex flex-col gap-y-3" data-testid={testId}>
      <div className="bg-ui-bg-component flex h-3 w-full overflow-hidden rounded-full" role="img" aria-label={parts.map((p) => `${p.label} ${format(p.value)}`).join(", ")}>
        {total > 0 &&
          parts.map((part) => (
            <div key={part.key} className="h-full" style={{ width: `${(part.value / total) * 100}%`, backgroundColor: CHART_COLORS[part.color] }} />
          ))}
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {parts.map((part) => (
          <div key={part.key} className="flex flex-col" data-testid={testId ? `${testId}-${part.key}` : undefined} data-value={part.value}>
            <div className="flex items-center gap-x-1.5">
              <Swatch color={part.color} />
              <Text size="xsmall" className="text-ui-fg-subtle">
                {part.label}
              </Text>
            </div>
            <Text size="large" weight="plus" className="tabular-nums">
              {format(part.value)}
              <span className="txt-compact-small text-ui-fg-muted ml-2 font-normal">{total > 0 ? formatShare(part.value / total) : "–"}</span>
            </Text>
          </div>
        ))}
      </div>
    </div>
  )
}
