import { RATING_KEYS } from "../../../types/analytics"
import { RATING_MAX } from "../../../types/feedback"
import { useAnalyticsReport } from "../../hooks/api/analytics"
import { useReportFormat } from "../../lib/analytics-format"
import { CategoryChart } from "./category-chart"
import { type ChartColor, RATING_TICKS } from "./chart-theme"
import { KpiCard, KpiGrid } from "./kpi-card"
import { ReportPanel, type TabProps } from "./report-panel"
import { ReportSection } from "./report-section"
import { TrendChart } from "./trend-chart"

const DIMENSION_COLORS: Record<(typeof RATING_KEYS)[number], ChartColor> = {
  overall: "blue",
  service_quality: "green",
  staff_attitude: "purple",
  space: "orange",
  price: "grey",
}

/** A4: average ratings overall and per dimension, their trend, and how many first-time customers came back. */
export const SatisfactionTab = ({ query, onPeriod }: TabProps) => {
  const report = useAnalyticsReport("satisfaction", query)
  const data = report.data
  const f = useReportFormat(data?.period.currency)
  const { t } = f
  const noRatings = !!data && !data.kpis.ratings.current
  const rating = (value: number | null) => f.decimal(value)
  const noRatingsEmpty = noRatings && { title: t("satisfaction.emptyTitle"), message: t("satisfaction.empty") }

  return (
    <ReportPanel report="satisfaction" queries={[report]} period={data?.period} onPeriod={onPeriod}>
      <KpiGrid>
        <KpiCard label={t("satisfaction.kpis.ratings")} kpi={data?.kpis.ratings} format={f.count} data-testid="spa-crm-analytics-kpi-ratings" />
        {RATING_KEYS.map((key) => (
          <KpiCard
            key={key}
            label={t(`dimensions.${key}`)}
            kpi={data?.kpis[key]}
            format={(v) => `${rating(v)} / ${RATING_MAX}`}
            data-testid={`spa-crm-analytics-kpi-${key}`}
          />
        ))}
      </KpiGrid>

      <ReportSection
        title={t("satisfaction.trend.title")}
        subtitle={t("satisfaction.trend.subtitle")}
        loading={!data}
        stale={report.isPlaceholderData}
        empty={noRatingsEmpty}
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

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <ReportSection
          title={t("satisfaction.dimensions.title")}
          subtitle={t("satisfaction.dimensions.subtitle")}
          loading={!data}
          stale={report.isPlaceholderData}
          empty={noRatingsEmpty}
          data-testid="spa-crm-analytics-dimensions"
        >
          {data && (
            <CategoryChart
              rows={RATING_KEYS.map((key) => ({
                id: key,
                label: t(`dimensions.${key}`),
                current: data.kpis[key].current,
                previous: data.kpis[key].previous,
              }))}
              series={[
                { key: "current", label: t("series.thisPeriod"), color: "blue", format: rating },
                { key: "previous", label: t("series.previousPeriod"), color: "grey", format: rating },
              ]}
              formatValue={(v) => String(v)}
              valueDomain={[0, RATING_MAX]}
              valueTicks={RATING_TICKS}
              data-testid="spa-crm-analytics-chart-dimensions"
            />
          )}
        </ReportSection>
        <ReportSection
          title={t("satisfaction.distribution.title")}
          subtitle={t("satisfaction.distribution.subtitle")}
          loading={!data}
          stale={report.isPlaceholderData}
          empty={noRatingsEmpty}
          data-testid="spa-crm-analytics-distribution"
        >
          {data && (
            <CategoryChart
              layout="columns"
              rows={data.distribution.map((d) => ({ id: String(d.rating), label: t("satisfaction.stars", { count: d.rating }), count: d.count }))}
              series={[{ key: "count", label: t("series.ratings"), color: "orange", format: f.count }]}
              formatValue={f.countAxis}
              data-testid="spa-crm-analytics-chart-distribution"
            />
          )}
        </ReportSection>
      </div>

      <ReportSection
        title={t("satisfaction.return.title")}
        subtitle={t("satisfaction.return.subtitle")}
        loading={!data}
        flush
        data-testid="spa-crm-analytics-return"
      >
        {data && (
          <div className="grid grid-cols-1 gap-3 p-4 md:grid-cols-3">
            {data.return_after_first_visit.map((w) => (
              <KpiCard
                key={w.window_days}
                label={t("satisfaction.return.window", { days: w.window_days })}
                kpi={w.rate}
                format={f.ratio}
                hint={
                  w.customers
                    ? t("satisfaction.return.count", { returned: f.count(w.returned), count: w.customers, customers: f.count(w.customers) })
                    : t("satisfaction.return.none", { days: w.window_days })
                }
                data-testid={`spa-crm-analytics-return-${w.window_days}`}
              />
            ))}
          </div>
        )}
      </ReportSection>
    </ReportPanel>
  )
}
