import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Plus } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"

import { EmptyState } from "../components/empty-state"
import { LoadState } from "../components/load-state"
import { LeadDifferences } from "../components/touch-points/lead-differences"
import { TouchPointDrawer } from "../components/touch-points/touch-point-drawer"
import { TouchPointIcon } from "../components/touch-points/touch-point-icon"
import { useTouchPoints } from "../hooks/api/touch-points"
import { formatDateTime, formatRelativeTime, personName, useCrmTranslation } from "../lib/format"
import type { TouchPointDirection } from "../lib/types"

const DIRECTION_COLORS: Record<TouchPointDirection, "blue" | "green" | "grey"> = {
  inbound: "blue",
  outbound: "green",
  internal: "grey",
}

/** P6: calls, messages, visits and complaints with the customer, newest first. */
const CustomerTouchPointsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, locale } = useCrmTranslation()
  const [logging, setLogging] = useState(false)
  const { touch_points, count, isPending, isError, error, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useTouchPoints(customer.id)

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-touch-points">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("touchPoints.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("touchPoints.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setLogging(true)} data-testid="spa-crm-touch-point-log">
          <Plus />
          {t("touchPoints.log")}
        </Button>
      </div>

      {isPending || isError ? (
        <LoadState error={isError ? error : null} />
      ) : touch_points.length === 0 ? (
        <EmptyState
          title={t("touchPoints.emptyTitle")}
          message={t("touchPoints.emptyMessage")}
          data-testid="spa-crm-touch-points-empty"
        />
      ) : (
        <ol className="px-6 py-4">
          {touch_points.map((touchPoint, index) => (
            <li key={touchPoint.id} className="flex gap-x-3" data-testid="spa-crm-touch-point-item">
              <div className="flex flex-col items-center">
                <TouchPointIcon type={touchPoint.type} />
                {index < touch_points.length - 1 && <div className="bg-ui-border-base my-1 w-px flex-1" />}
              </div>
              <div className="min-w-0 flex-1 pb-5">
                <div className="flex items-start justify-between gap-x-2">
                  <div className="flex flex-wrap items-center gap-1.5">
                    <Text size="small" leading="compact" weight="plus">
                      {t(`touchPointType.${touchPoint.type}`)}
                    </Text>
                    {touchPoint.channel && (
                      <Badge size="2xsmall" color="grey">
                        {touchPoint.channel}
                      </Badge>
                    )}
                    <Badge size="2xsmall" color={DIRECTION_COLORS[touchPoint.direction] ?? "grey"}>
                      {t(`direction.${touchPoint.direction}`)}
                    </Badge>
                  </div>
                  <Tooltip content={formatDateTime(touchPoint.occurred_at, locale)}>
                    <Text size="small" leading="compact" className="text-ui-fg-subtle shrink-0 whitespace-nowrap">
                      <time dateTime={touchPoint.occurred_at}>
                        {formatRelativeTime(touchPoint.occurred_at, locale, t("general.justNow"))}
                      </time>
                    </Text>
                  </Tooltip>
                </div>
                <Text size="small" className="text-ui-fg-base mt-1 whitespace-pre-line break-words">
                  {touchPoint.summary}
                </Text>
                {touchPoint.metadata?.differences && <LeadDifferences differences={touchPoint.metadata.differences} />}
                <Text size="xsmall" className="text-ui-fg-muted mt-1">
                  {touchPoint.staff
                    ? t("touchPoints.byStaff", { name: personName(touchPoint.staff) })
                    : t("touchPoints.bySystem")}
                </Text>
              </div>
            </li>
          ))}
        </ol>
      )}

      {touch_points.length > 0 && (
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {t("touchPoints.showing", { shown: touch_points.length, count })}
          </Text>
          {hasNextPage && (
            <Button
              size="small"
              variant="transparent"
              onClick={() => fetchNextPage()}
              isLoading={isFetchingNextPage}
              data-testid="spa-crm-touch-point-load-more"
            >
              {t("general.loadMore")}
            </Button>
          )}
        </div>
      )}

      <TouchPointDrawer open={logging} onOpenChange={setLogging} customerId={customer.id} />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "spa-crm-touch-points",
})

export default CustomerTouchPointsWidget
