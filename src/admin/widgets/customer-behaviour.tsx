import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"

import { BehaviourBadge } from "../components/behaviour/behaviour-badge"
import { EmptyState } from "../components/empty-state"
import { LoadState } from "../components/load-state"
import { useCustomerBehaviour } from "../hooks/api/customer-behaviour"
import { formatDateTime, useCrmTranslation } from "../lib/format"

/** S5 on the customer: her behaviour class and group, her three scores, and when they were computed. */
const CustomerBehaviourWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, locale } = useCrmTranslation("spa-crm-behaviour")
  const { behaviour, isPending, error } = useCustomerBehaviour(customer.id)

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-customer-behaviour-widget">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">{t("widget.title")}</Heading>
        {behaviour?.behaviour_class && behaviour.behaviour_group && (
          <BehaviourBadge behaviourClass={behaviour.behaviour_class} group={behaviour.behaviour_group} />
        )}
      </div>
      {isPending || error || !behaviour ? (
        <LoadState error={error} rows={2} />
      ) : !behaviour.behaviour_class ? (
        <EmptyState title={t("widget.emptyTitle")} message={t("widget.emptyMessage")} data-testid="spa-crm-customer-behaviour-empty" />
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="grid grid-cols-3 gap-x-2" data-testid="spa-crm-customer-behaviour-scores">
            {(["recency", "frequency", "monetary"] as const).map((score) => (
              <div key={score} className="flex flex-col">
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t(`scores.${score}`)}
                </Text>
                <Text size="small" weight="plus">
                  {behaviour[`${score}_score`] ?? "–"} / 5
                </Text>
              </div>
            ))}
          </div>
          {behaviour.scored_at && (
            <Text size="xsmall" className="text-ui-fg-subtle" data-testid="spa-crm-customer-behaviour-scored-at">
              {t("widget.scoredOn", { date: formatDateTime(behaviour.scored_at, locale) })}
            </Text>
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
  id: "spa-crm-customer-behaviour",
})

export default CustomerBehaviourWidget
