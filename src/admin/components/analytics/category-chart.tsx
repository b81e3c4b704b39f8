import { Bar, BarChart, type BarShapeProps, CartesianGrid, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

import { axisWidth, CHART_COLORS, CHART_STYLE, ChartLegend, type ChartSeries, ChartTooltipContent } from "./chart-theme"
import { ReportSection } from "./report-section"

export type CategoryRow = { id: string; label: string } & Record<string, number | string | null>

type CategoryChartProps = {
  rows: CategoryRow[]
  series: ChartSeries[]
  /** the value axis' ticks */
  formatValue: (value: number) => string
  /** a fixed scale and its ticks (ratings 0–5) instead of ones fitted to the data */
  valueDomain?: [number, number]
  valueTicks?: number[]
  /** "columns": categories along the bottom (a few, short labels); "rows": one bar a line (names) */
  layout?: "columns" | "rows"
  height?: number
  /** the row picked (drawn in full, the others faded), and what a click on a bar picks */
  selectedId?: string | null
  onSelect?: (row: CategoryRow) => void
  "data-testid"?: string
}

const ROW_HEIGHT = 36

/** Bars per category: services, sources, staff (as rows), or the recency buckets (as columns). */
export const CategoryChart = ({
  rows,
  series,
  formatValue,
  layout = "rows",
  valueDomain,
  valueTicks,
  height,
  selectedId,
  onSelect,
  "data-testid": testId,
}: CategoryChartProps) => {
  const asRows = layout === "rows"
  const chartHeight = height ?? (asRows ? Math.max(120, rows.length * ROW_HEIGHT * Math.max(1, series.length * 0.75) + 32) : 240)
  const categoryAxis = {
    dataKey: "label",
    type: "category" as const,
    ...CHART_STYLE.axis,
    interval: 0 as const,
  }
  const valueAxis = {
    type: "number" as const,
    ...CHART_STYLE.axis,
    axisLine: false,
    tickFormatter: (v: number) => formatValue(v),
    allowDecimals: false,
    domain: valueDomain ?? [0, "auto"],
    ticks: valueTicks,
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid={testId} data-points={rows.length}>
      <ChartLegend series={series} />
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart
          data={rows}
          layout={asRows ? "vertical" : "horizontal"}
          margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
          barCategoryGap={asRows ? 6 : "20%"}
        >
          <CartesianGrid {...CHART_STYLE.grid} vertical={asRows} horizontal={!asRows} />
          {asRows ? (
            <>
              <XAxis {...valueAxis} />
              <YAxis {...categoryAxis} width={140} tickFormatter={(v: string) => (v.length > 20 ? `${v.slice(0, 19)}…` : v)} />
            </>
          ) : (
            <>
              <XAxis {...categoryAxis} />
              <YAxis {...valueAxis} width={axisWidth(rows.flatMap((row) => series.map((s) => row[s.key])), formatValue)} />
            </>
          )}
          <Tooltip
            cursor={CHART_STYLE.cursor}
            content={({ active, payload, label }) => (
              <ChartTooltipContent active={active} payload={payload} series={series} title={String(label ?? "")} />
            )}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={CHART_COLORS[s.color]}
              radius={asRows ? [0, 3, 3, 0] : [3, 3, 0, 0]}
              maxBarSize={asRows ? 18 : 56}
              animationDuration={CHART_STYLE.animationMs}
              cursor={onSelect ? "pointer" : undefined}
              onClick={onSelect ? (_: unknown, index: number) => onSelect(rows[index]) : undefined}
              shape={(bar: BarShapeProps) => (
                <Rectangle {...bar} fillOpacity={selectedId && selectedId !== (bar.payload as CategoryRow).id ? 0.35 : 1} />
              )}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/** A category chart with the section around it; `id` names both for tests. */
export type CategoryPanel = Omit<CategoryChartProps, "data-testid"> & { id: string; title: string; subtitle: string }

/** Category charts side by side (two a row on wide screens), each in its section, sharing the report's loading and empty state. */
export const CategorySections = ({
  panels,
  loading,
  stale,
  empty,
}: {
  panels: CategoryPanel[]
  loading: boolean
  stale: boolean
  empty: { title: string; message: string } | false
}) => (
  <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
    {panels.map(({ id, title, subtitle, ...chart }) => (
      <ReportSection key={id} title={title} subtitle={subtitle} loading={loading} stale={stale} empty={empty} data-testid={`spa-crm-analytics-${id}`}>
        <CategoryChart {...chart} data-testid={`spa-crm-analytics-chart-${id}`} />
      </ReportSection>
    ))}
  </div>
)
