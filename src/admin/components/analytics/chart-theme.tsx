import { Text } from "@medusajs/ui"

import { RATING_MAX } from "../../../types/feedback"

/**
 * Chart colours are @medusajs/ui's own tokens (CSS variables the dashboard
 * defines for light and dark mode), in the order the tags use them, so a chart
 * looks like the badges and bars around it instead of a library's rainbow.
 */
export const CHART_COLORS = {
  blue: "var(--tag-blue-icon)",
  green: "var(--tag-green-icon)",
  orange: "var(--tag-orange-icon)",
  purple: "var(--tag-purple-icon)",
  red: "var(--tag-red-icon)",
  grey: "var(--tag-neutral-icon)",
} as const
export type ChartColor = keyof typeof CHART_COLORS

/** One series of a chart: the row's field it draws, its name and how its values read. */
export type ChartSeries = {
  key: string
  label: string
  color: ChartColor
  format: (value: number) => string
}

/** How every chart draws, in the dashboard's tokens. */
export const CHART_STYLE = {
  /** axes in the muted text (12 px, the body font), no tick marks, a hairline base */
  axis: {
    tick: { fill: "var(--fg-muted)", fontSize: 12 },
    tickLine: false,
    axisLine: { stroke: "var(--border-base)" },
    tickMargin: 8,
  },
  /** horizontal guide lines only, in the border colour */
  grid: { stroke: "var(--border-base)", strokeDasharray: "3 3", vertical: false },
  /** the hover band behind the bars or the line under the pointer */
  cursor: { fill: "var(--bg-base-hover)", stroke: "var(--border-strong)" },
  /** short enough to follow a filter change, not long enough to wait for */
  animationMs: 400,
} as const

/**
 * An axis wide enough for its longest label (a compact amount like "12,5 Tr ₫"
 * is wider than a count), at the 12 px axis font: about 7 px a character.
 */
export const axisWidth = (values: unknown[], format: (value: number) => string) => {
  const max = Math.max(0, ...values.filter((v): v is number => typeof v === "number"))
  // the axis' top tick is a little above the largest value: its label is as long as the largest's, or one character longer
  return Math.min(120, Math.max(32, (format(max).length + 1) * 7 + 12))
}

/** A rating axis: every whole star from 0 to 5. */
export const RATING_TICKS = Array.from({ length: RATING_MAX + 1 }, (_, i) => i)

/** A series' colour as a legend or tooltip swatch. */
export const Swatch = ({ color, shape = "square" }: { color: ChartColor; shape?: "square" | "line" }) => (
  <span
    className={shape === "line" ? "h-0.5 w-3 shrink-0 rounded-full" : "size-2 shrink-0 rounded-sm"}
    style={{ backgroundColor: CHART_COLORS[color] }}
  />
)

/** The series' names above a chart, as the dashboard's small legends read. */
export const ChartLegend = ({ series }: { series: (ChartSeries & { kind?: "bar" | "line" })[] }) =>
  series.length < 2 ? null : (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
      {series.map((s) => (
        <div key={s.key} className="flex items-center gap-x-1.5">
          <Swatch color={s.color} shape={s.kind === "line" ? "line" : "square"} />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {s.label}
          </Text>
        </div>
      ))}
    </div>
  )

type TooltipEntry = { dataKey?: unknown; value?: unknown }

/**
 * The pointer's row as @medusajs/ui's Tooltip looks: the bucket or category,
 * then each series with its swatch and its value in full (₫12,345,679, not ₫12.3M).
 */
export const ChartTooltipContent = ({
  active,
  payload,
  title,
  series,
}: {
  active?: boolean
  payload?: readonly TooltipEntry[]
  title: string
  series: ChartSeries[]
}) => {
  if (!active || !payload?.length) return null
  const shown = series.filter((s) => payload.some((p) => p.dataKey === s.key))
  return (
    <div className="bg-ui-bg-base shadow-elevation-tooltip txt-compact-xsmall flex min-w-[160px] flex-col gap-y-1 rounded-lg px-2.5 py-2">
      <span className="text-ui-fg-base font-medium">{title}</span>
      {shown.map((s) => {
        const value = payload.find((p) => p.dataKey === s.key)?.value
        return (
          <div key={s.key} className="flex items-center justify-between gap-x-4">
            <span className="text-ui-fg-subtle flex items-center gap-x-1.5">
              <Swatch color={s.color} />
              {s.label}
            </span>
            <span className="text-ui-fg-base tabular-nums">{typeof value === "number" ? s.format(value) : "–"}</span>
          </div>
        )
      })}
    </div>
  )
}
