import { Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"

import { BarChart } from "../../../../components/bar-chart"
import { LoadState } from "../../../../components/load-state"
import { useSourceStats } from "../../../../hooks/api/sources"
import { formatMoney, formatNumber, formatPercent, toCalendarDate, useCrmTranslation } from "../../../../lib/format"
import type { SourceStat } from "../../../../lib/types"

const PERIODS = ["30", "90", "365", "all"] as const
type Period = (typeof PERIODS)[number]

/** The first day of the period as YYYY-MM-DD; "all" reaches back to when no spa used this. */
const periodStart = (period: Period) => {
  if (period === "all") return "2000-01-01"
  const start = new Date()
  start.setDate(start.getDate() - Number(period))
  return toCalendarDate(start)
}

/** P4 / A6: customers, buyers, conversion and revenue per source, as a table and a bar chart. */
export const SourceStatsSection = () => {
  const { t, locale } = useCrmTranslation()
  const [period, setPeriod] = useState<Period>("365")
  const query = useMemo(() => ({ from: periodStart(period) }), [period])
  const { sources: stats = [], isPending, isError, error } = useSourceStats(query)

  const sourceName = (row: SourceStat) => (row.source_id ? row.name : t("sources.unattributed"))

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-source-stats">
      <div className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
        <div>
          <Heading level="h2">{t("stats.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("stats.subtitle")}
          </Text>
        </div>
        <div className="w-full md:w-[180px]">
          <Select size="small" value={period} onValueChange={(value) => setPeriod(value as Period)}>
            <Select.Trigger data-testid="spa-crm-source-stats-period">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {PERIODS.map((p) => (
                <Select.Item key={p} value={p}>
                  {t(`stats.periods.${p}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>

      {isPending || isError ? (
        <LoadState error={isError ? error : null} />
      ) : (
        <>
          <BarChart
            data-testid="spa-crm-source-stats-chart"
            rows={stats}
            rowKey={(row) => row.source_id ?? "none"}
            rowLabel={sourceName}
            series={[
              {
                label: t("stats.customers"),
                className: "bg-ui-tag-blue-icon",
                value: (row) => row.customers,
                format: (value) => formatNumber(value, locale),
              },
              {
                label: t("stats.buyers"),
                className: "bg-ui-tag-green-icon",
                value: (row) => row.buyers,
                format: (value) => formatNumber(value, locale),
              },
            ]}
          />
          <Table data-testid="spa-crm-source-stats-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("stats.source")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("stats.customers")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("stats.buyers")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("stats.conversion")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("stats.revenue")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {stats.map((row) => (
                <Table.Row key={row.source_id ?? "none"} className="[&_td:last-child]:w-auto">
                  <Table.Cell>{sourceName(row)}</Table.Cell>
                  <Table.Cell className="text-right">{formatNumber(row.customers, locale)}</Table.Cell>
                  <Table.Cell className="text-right">{formatNumber(row.buyers, locale)}</Table.Cell>
                  <Table.Cell className="text-right">{formatPercent(row.conversion_rate, locale)}</Table.Cell>
                  <Table.Cell className="text-right">
                    {row.revenue.length ? (
                      <div className="flex flex-col py-2">
                        {row.revenue.map((r) => (
                          <span key={r.currency_code}>{formatMoney(r.amount, r.currency_code, locale)}</span>
                        ))}
                      </div>
                    ) : (
                      "-"
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </Container>
  )
}
