import { Container, Text } from "@medusajs/ui"

import { SectionHeader } from "../../../../components/section-header"
import { BarChart } from "../../../../components/bar-chart"
import { BehaviourBadge } from "../../../../components/behaviour/behaviour-badge"
import type { BehaviourOverview } from "../../../../hooks/api/customer-behaviour"
import { formatNumber, useCrmTranslation } from "../../../../lib/format"
import { BEHAVIOUR_CLASSES, type BehaviourClass, type BehaviourGroup } from "../../../../../types/customer-behaviour"

/** How many customers each class holds (each with the group the table rolls it up to), as bars. */
export const BehaviourCountsChart = ({ overview }: { overview: BehaviourOverview }) => {
  const { t, locale } = useCrmTranslation("spa-crm-behaviour")
  const groupOf = (cls: BehaviourClass): BehaviourGroup => overview.rules.find((r) => r.class === cls)?.group ?? "lost"
  const total = Object.values(overview.by_class).reduce((sum, n) => sum + n, 0)

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-behaviour-counts">
      <SectionHeader title={t("chart.title")} subtitle={t("chart.subtitle")}>
        <Text size="small" className="text-ui-fg-subtle shrink-0" data-testid="spa-crm-behaviour-total">
          {t("chart.total", { count: total, total: formatNumber(total, locale) })}
        </Text>
      </SectionHeader>
      <BarChart
        data-testid="spa-crm-behaviour-chart"
        rowTestId="spa-crm-behaviour-chart-row"
        rows={[...BEHAVIOUR_CLASSES]}
        rowKey={(cls) => cls}
        rowLabel={(cls) => t(`classes.${cls}`)}
        renderLabel={(cls) => (
          <div className="min-w-0 truncate">
            <BehaviourBadge behaviourClass={cls} group={groupOf(cls)} />
          </div>
        )}
        series={[
          {
            label: t("chart.customers"),
            className: "bg-ui-tag-blue-icon",
            value: (cls) => overview.by_class[cls] ?? 0,
            format: (value) => formatNumber(value, locale),
          },
        ]}
      />
    </Container>
  )
}
