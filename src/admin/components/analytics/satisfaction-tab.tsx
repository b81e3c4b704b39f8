import { RATING_KEYS } from "../../../types/analytics"
import { RATING_MAX } from "../../../types/feedback"
import { CategorySections } from "./category-chart"
import { type ChartColor, RATING_TICKS } from "./chart-theme"
import { KpiGrid } from "./kpi-card"
import { ReportPanel, type TabProps } from "./report-panel"
import { ReportSection } from "./report-section"
import { TrendChart } from "./trend-chart"
import { useTabReport } from "./use-tab-report"

const DIMENSION_COLORS: Record<(typeof RATING_KEYS)[number], ChartColor> = {
  overall: "blue",
  service_quality: "green",
  staff_attitude: "purple",
  space: "orange",
  price: "grey",
}

/** A4: average ratings overall and per dimension, their trend, and how many first-time customers came back. */
export const SatisfactionTab = ({ query, onPeriod }: TabProps) => {
  const { report, data, f, t, section } = useTabReport("satisfaction", query)
  const rating = (value: number | null) => f.decimal(value)
  const noRatings = !!data && !data.kpis.ratings.current && { title: t("satisfaction.emptyTitle"), message: t("satisfaction.empty") }

  return (
    <ReportPanel report="satisfaction" queries={[report]} period={data?.period} onPeriod={onPeriod}>
      <KpiGrid
        items={[
          { id: "ratings", label: t("satisfaction.kpis.ratings"), kpi: data?.kpis.ratings, format: f.count },
          ...RATING_KEYS.map((key) => ({
            id: key,
            label: t(`dimensions.${key}`),
            kpi: data?.kpis[key],
            format: (v: number) => `${rating(v)} / ${RATING_MAX}`,
          })),
        ]}
      />

      <ReportSection
        title={t("satisfaction.trend.title")}
        subtitle={t("satisfaction.trend.subtitle")}
        {...section}
        empty={noRatings}
        data-testid="spa-crm-analytics-rating-trend"
      >
        {data && (
          <TrendChart
            rows={data.series}
            granularity={data.period.granularity}
            leftDomain={[0, RATING_MAX]}
            leftTicks={RATING_TICKS}
            rightHeadroom={2.5}
            formatLeft={(v) => String(v)}
            formatRight={f.countAxis}
            series={[
              { key: "ratings", label: t("series.ratings"), color: "grey", kind: "bar", axis: "right", format: f.count },
              ...RATING_KEYS.map((key) => ({
                key,
                label: t(`dimensions.${key}`),
                color: DIMENSION_COLORS[key],
                kind: "line" as const,
                format: rating,
              })),
            ]}
            data-testid="spa-crm-analytics-chart-ratings"
          />
        )}
      </ReportSection>

      <CategorySections
        {...section}
        empty={noRatings}
        panels={[
          {
            id: "dimensions",
            title: t("satisfaction.dimensions.title"),
            subtitle: t("satisfaction.dimensions.subtitle"),
            rows: RATING_KEYS.map((key) => ({
              id: key,
              label: t(`dimensions.${key}`),
              current: data?.kpis[key].current ?? null,
              previous: data?.kpis[key].previous ?? null,
            })),
            series: [
              { key: "current", label: t("series.thisPeriod"), color: "blue", format: rating },
              { key: "previous", label: t("series.previousPeriod"), color: "grey", format: rating },
            ],
            formatValue: (v) => String(v),
            valueDomain: [0, RATING_MAX],
            valueTicks: RATING_TICKS,
          },
          {
            id: "distribution",
            title: t("satisfaction.distribution.title"),
            subtitle: t("satisfaction.distribution.subtitle"),
            layout: "columns",
            rows: (data?.distribution ?? []).map((d) => ({ id: String(d.rating), label: t("satisfaction.stars", { count: d.rating }), count: d.count })),
            series: [{ key: "count", label: t("series.ratings"), color: "orange", format: f.count }],
            formatValue: f.countAxis,
          },
        ]}
      />

      <ReportSection
        title={t("satisfaction.return.title")}
        subtitle={t("satisfaction.return.subtitle")}
        loading={section.loading}
        flush
        data-testid="spa-crm-analytics-return"
      >
        <div className="p-4">
          <KpiGrid
            className="md:grid-cols-3"
            data-testid="spa-crm-analytics-return-windows"
            items={(data?.return_after_first_visit ?? []).map((w) => ({
              id: `return-${w.window_days}`,
              label: t("satisfaction.return.window", { days: w.window_days }),
              kpi: w.rate,
              format: f.ratio,
              hint: w.customers
                ? t("satisfaction.return.count", { returned: f.count(w.returned), count: w.customers, customers: f.count(w.customers) })
                : t("satisfaction.return.none", { days: w.window_days }),
            }))}
          />
        </div>
      </ReportSection>
    </ReportPanel>
  )
}
