import { useState } from "react"

import { DEFAULT_LOYAL_ORDERS, DEFAULT_REBOOK_DAYS } from "../../../types/analytics"
import { KpiGrid } from "./kpi-card"
import { ReportPanel, type TabProps } from "./report-panel"
import { ReportSection } from "./report-section"
import { SplitBar } from "./split-bar"
import { TrendChart } from "./trend-chart"
import { RebookSelect, WindowSelect } from "./window-select"
import { useTabReport } from "./use-tab-report"

const LOYAL_ORDER_OPTIONS = [2, 3, 5, 10] as const

/** A2: who transacted, how often, new against returning and loyal, and how many booked again. */
export const CustomersTab = ({ query, onPeriod }: TabProps) => {
  const [rebookDays, setRebookDays] = useState<number>(DEFAULT_REBOOK_DAYS)
  const [loyalOrders, setLoyalOrders] = useState<number>(DEFAULT_LOYAL_ORDERS)
  const { report, data, f, t, section, noOrders } = useTabReport("customers", { ...query, rebook_days: rebookDays, loyal_orders: loyalOrders })
  const kpis = data?.kpis

  return (
    <ReportPanel report="customers" queries={[report]} period={data?.period} onPeriod={onPeriod}>
      <KpiGrid
        items={[
          { id: "customers", label: t("customers.kpis.customers"), kpi: kpis?.customers, format: f.count },
          { id: "new", label: t("customers.kpis.new"), kpi: kpis?.new_customers, format: f.count },
          { id: "returning", label: t("customers.kpis.returning"), kpi: kpis?.returning_customers, format: f.count },
          { id: "loyal", label: t("customers.kpis.loyal", { count: loyalOrders }), kpi: kpis?.loyal_customers, format: f.count },
          { id: "transactions", label: t("customers.kpis.transactions"), kpi: kpis?.transactions, format: f.count },
          { id: "frequency", label: t("customers.kpis.frequency"), kpi: kpis?.purchase_frequency, format: f.decimal, hint: t("customers.kpis.frequencyHint") },
          { id: "atv", label: t("customers.kpis.averageTransaction"), kpi: kpis?.average_transaction_value, format: f.money },
          {
            id: "rebook",
            label: t("customers.kpis.rebook", { days: rebookDays }),
            kpi: kpis?.rebook_rate,
            format: f.ratio,
            hint: t("customers.kpis.rebookHint", { days: rebookDays }),
          },
        ]}
      />

      <ReportSection
        title={t("customers.split.title")}
        subtitle={t("customers.split.subtitle", { count: loyalOrders })}
        {...section}
        empty={noOrders(!!data && !data.kpis.transactions.current)}
        actions={
          <>
            <WindowSelect
              label={t("customers.loyalFrom")}
              value={loyalOrders}
              options={LOYAL_ORDER_OPTIONS}
              format={(n) => t("customers.orders", { count: n })}
              onChange={setLoyalOrders}
              data-testid="spa-crm-analytics-loyal-orders"
            />
            <RebookSelect value={rebookDays} onChange={setRebookDays} testId="spa-crm-analytics-rebook-days" />
          </>
        }
        data-testid="spa-crm-analytics-customer-split"
      >
        {data && (
          <div className="flex flex-col gap-y-6">
            <SplitBar
              parts={[
                { key: "new", label: t("series.new"), value: data.kpis.new_customers.current ?? 0, color: "green" },
                { key: "returning", label: t("series.returning"), value: data.kpis.returning_customers.current ?? 0, color: "blue" },
                { key: "loyal", label: t("series.loyal"), value: data.kpis.loyal_customers.current ?? 0, color: "purple" },
              ]}
              format={f.count}
              formatShare={f.ratio}
              data-testid="spa-crm-analytics-split"
            />
            <TrendChart
              rows={data.series}
              granularity={data.period.granularity}
              formatLeft={f.countAxis}
              formatRight={f.countAxis}
              series={[
                { key: "new_customers", label: t("series.new"), color: "green", kind: "bar", stack: "customers", format: f.count },
                { key: "returning_customers", label: t("series.returning"), color: "blue", kind: "bar", stack: "customers", format: f.count },
                { key: "loyal_customers", label: t("series.loyal"), color: "purple", kind: "bar", stack: "customers", format: f.count },
                { key: "transactions", label: t("series.transactions"), color: "orange", kind: "line", axis: "right", format: f.count },
              ]}
              data-testid="spa-crm-analytics-chart-customers"
            />
          </div>
        )}
      </ReportSection>
    </ReportPanel>
  )
}
