import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

import type { Granularity } from "../../../types/analytics"
import { formatBucket, formatBucketLong } from "../../lib/analytics-format"
import { useCrmTranslation } from "../../lib/format"
import { axisWidth, CHART_COLORS, CHART_STYLE, ChartLegend, type ChartSeries, ChartTooltipContent } from "./chart-theme"

export type TrendSeries = ChartSeries & {
  kind: "bar" | "line"
  /** the right axis holds a second unit (transactions beside revenue) */
  axis?: "left" | "right"
  /** bars of one stack sit on each other (new + returning + loyal) */
  stack?: string
}

export type TrendRow = { bucket: string } & Record<string, number | string | null>

type TrendChartProps = {
  rows: TrendRow[]
  granularity: Granularity
  series: TrendSeries[]
  /** the left axis' ticks (money compact, counts); the right one's when a series uses it */
  formatLeft: (value: number) => string
  formatRight?: (value: number) => string
  height?: number
  /** a fixed scale and its ticks (ratings 0–5) instead of ones fitted to the data */
  leftDomain?: [number, number]
  leftTicks?: number[]
  /** how much higher than its largest value the right axis reaches (2.5: its bars keep to the lower part, under the lines) */
  rightHeadroom?: number
  "data-testid"?: string
}

/**
 * A series over time (days, weeks or months): bars and lines on one or two
 * axes, dates in the admin's locale, values in full in the tooltip.
 */
export const TrendChart = ({
  rows,
  granularity,
  series,
  formatLeft,
  formatRight,
  height = 260,
  leftDomain,
  leftTicks,
  rightHeadroom = 1,
  "data-testid": testId,
}: TrendChartProps) => {
  const { t, locale } = useCrmTranslation("spa-crm-analytics")
  const hasRight = series.some((s) => s.axis === "right")
  const tickFormat = (value: unknown) => formatBucket(String(value), granularity, locale)
  const widthFor = (axis: "left" | "right", format: (value: number) => string) =>
    axisWidth(rows.flatMap((row) => series.filter((s) => (s.axis ?? "left") === axis).map((s) => row[s.key])), format)

  return (
    <div className="flex flex-col gap-y-3" data-testid={testId} data-points={rows.length}>
      <ChartLegend series={series} />
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={rows} margin={{ top: 4, right: hasRight ? 0 : 8, bottom: 0, left: 0 }}>
          <CartesianGrid {...CHART_STYLE.grid} />
          <XAxis dataKey="bucket" {...CHART_STYLE.axis} tickFormatter={tickFormat} minTickGap={16} />
          <YAxis
            yAxisId="left"
            {...CHART_STYLE.axis}
            axisLine={false}
            width={widthFor("left", formatLeft)}
            tickFormatter={(v: number) => formatLeft(v)}
            domain={leftDomain ?? [0, "auto"]}
            ticks={leftTicks}
            allowDecimals={!!leftDomain}
          />
          {hasRight && (
            <YAxis
              yAxisId="right"
              orientation="right"
              {...CHART_STYLE.axis}
              axisLine={false}
              width={widthFor("right", formatRight ?? formatLeft)}
              tickFormatter={(v: number) => (formatRight ?? formatLeft)(v)}
              domain={[0, (dataMax: number) => Math.max(1, dataMax * rightHeadroom)]}
              allowDecimals={false}
            />
          )}
          <Tooltip
            cursor={CHART_STYLE.cursor}
            content={({ active, payload, label }) => (
              <ChartTooltipContent
                active={active}
                payload={payload}
                series={series}
                title={formatBucketLong(String(label), granularity, locale, (day) => t("chart.weekOf", { day }))}
              />
            )}
          />
          {series.map((s) =>
            s.kind === "bar" ? (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                yAxisId={s.axis ?? "left"}
                stackId={s.stack}
                fill={CHART_COLORS[s.color]}
                radius={s.stack ? 0 : [3, 3, 0, 0]}
                maxBarSize={32}
                animationDuration={CHART_STYLE.animationMs}
              />
            ) : (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                yAxisId={s.axis ?? "left"}
                type="monotone"
                stroke={CHART_COLORS[s.color]}
                strokeWidth={2}
                dot={rows.length <= 16 ? { r: 2.5, fill: CHART_COLORS[s.color], strokeWidth: 0 } : false}
                activeDot={{ r: 4, strokeWidth: 0 }}
                connectNulls
                animationDuration={CHART_STYLE.animationMs}
              />
            )
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
