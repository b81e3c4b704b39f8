import { Container, Text } from "@medusajs/ui"

import { SectionHeader } from "../../../../components/section-header"
import { BarChart } from "../../../../components/bar-chart"
import { TierBadge } from "../../../../components/loyalty/loyalty-badges"
import { formatNumber, useCrmTranslation } from "../../../../lib/format"
import type { LoyaltyTier } from "../../../../lib/types"

/** How many members hold each tier, as bars. */
export const TierMembersChart = ({ tiers }: { tiers: LoyaltyTier[] }) => {
  const { t, locale } = useCrmTranslation()
  const total = tiers.reduce((sum, tier) => sum + (tier.member_count ?? 0), 0)

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-loyalty-tier-chart-section">
      <SectionHeader title={t("loyalty.settings.chart.title")} subtitle={t("loyalty.settings.chart.subtitle")}>
        <Text size="small" className="text-ui-fg-subtle shrink-0" data-testid="spa-crm-loyalty-member-total">
          {t("loyalty.settings.chart.total", { count: total, total: formatNumber(total, locale) })}
        </Text>
      </SectionHeader>
      <BarChart
        data-testid="spa-crm-loyalty-tier-chart"
        rowTestId="spa-crm-loyalty-tier-chart-row"
        rows={tiers}
        rowKey={(tier) => tier.id}
        rowLabel={(tier) => tier.name}
        renderLabel={(tier) => (
          <div className="min-w-0 truncate">
            <TierBadge tier={tier} />
          </div>
        )}
        series={[
          {
            label: t("loyalty.settings.tiers.members"),
            className: "bg-ui-tag-blue-icon",
            value: (tier) => tier.member_count ?? 0,
            format: (value) => formatNumber(value, locale),
          },
        ]}
      />
    </Container>
  )
}
