import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type BarSeries<TRow> = {
  label: string
  /** A whole class name for the bar's fill (Tailwind generates only literal ones), e.g. "bg-ui-tag-blue-icon". */
  className: string
  value: (row: TRow) => number
  /** The number shown beside the bar. */
  format: (value: number) => string
}

type BarChartProps<TRow> = {
  rows: TRow[]
  rowKey: (row: TRow) => string
  rowLabel: (row: TRow) => string
  /** Extra content after the row's label (e.g. a badge); the label alone when absent. */
  renderLabel?: (row: TRow) => ReactNode
  series: BarSeries<TRow>[]
  "data-testid"?: string
  rowTestId?: string
  /** The value of a full bar (e.g. 5 for ratings); the largest value when absent. */
  max?: number
}

/**
 * Horizontal bars drawn with divs, one row per item and one bar per series,
 * all on the scale of the largest value; a legend when there are several series.
 */
export const BarChart = <TRow,>({
  rows,
  rowKey,
  rowLabel,
  renderLabel,
  series,
  "data-testid": testId,
  rowTestId,
  max: fullBar,
}: BarChartProps<TRow>) => {
  const max = fullBar ?? Math.max(1, ...rows.flatMap((row) => series.map((s) => s.value(row))))

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid={testId}>
      {series.length > 1 && (
        <div className="flex items-center gap-x-4">
          {series.map((s) => (
            <Legend key={s.label} className={s.className} label={s.label} />
          ))}
        </div>
      )}
      {rows.map((row) => (
        <div
          key={rowKey(row)}
          className="grid grid-cols-[minmax(0,140px)_1fr] items-center gap-x-4"
          data-testid={rowTestId}
        >
          {renderLabel ? (
            renderLabel(row)
          ) : (
            <Text size="small" leading="compact" className="text-ui-fg-subtle truncate" title={rowLabel(row)}>
              {rowLabel(row)}
            </Text>
          )}
          <div className="flex flex-col gap-y-1">
            {series.map((s) => {
              const value = s.value(row)
              return (
                <Bar
                  key={s.label}
                  className={s.className}
                  width={(value / max) * 100}
                  value={s.format(value)}
                  label={`${rowLabel(row)}: ${s.label} ${value}`}
                />
              )
            })}
          </div>
        </div>
      ))}
    </div>
  )
}

const Legend = ({ className, label }: { className: string; label: string }) => (
  <div className="flex items-center gap-x-1.5">
    <span className={`size-2 rounded-sm ${className}`} />
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
  </div>
)

const Bar = ({ className, width, value, label }: { className: string; width: number; value: string; label: string }) => (
  <div className="flex items-center gap-x-2" role="img" aria-label={label}>
    <div className="bg-ui-bg-component h-2 flex-1 overflow-hidden rounded-full">
      <div className={`h-full rounded-full ${className}`} style={{ width: `${Math.max(width, 0)}%` }} />
    </div>
    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle w-10 text-right tabular-nums">
      {value}
    </Text>
  </div>
)
