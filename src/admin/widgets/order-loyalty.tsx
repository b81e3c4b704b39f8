import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

import { EmptyState } from "../components/empty-state"
import { LoadState } from "../components/load-state"
import { EntryKindBadge, SignedPoints } from "../components/loyalty/loyalty-badges"
import { StaffNote } from "../components/loyalty/staff-note"
import { useOrderLoyalty } from "../hooks/api/customer-loyalty"
import { formatDateTime, useCrmTranslation } from "../lib/format"
import { formatPoints } from "../lib/loyalty"

/** L2/L3/L5 on the order: the points it earned, the points spent on it, and what refunds or cancelling took back. */
const OrderLoyaltyWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t, locale } = useCrmTranslation()
  const { loyalty, isPending, isError, error } = useOrderLoyalty(order.id)
  const entries = loyalty?.entries ?? []

  const totals = loyalty
    ? ([
        ["earned", loyalty.earned, "text-ui-tag-green-text"],
        ["redeemed", loyalty.redeemed, "text-ui-tag-blue-text"],
        ["reversed", loyalty.reversed, "text-ui-tag-red-text"],
      ] as const)
    : []

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-order-loyalty">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("loyalty.order.title")}</Heading>
        {order.customer_id && (
          <Link
            to={`/customers/${order.customer_id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
          >
            {t("loyalty.order.viewMember")}
          </Link>
        )}
      </div>
      {isPending || isError || !loyalty ? (
        <LoadState error={isError ? error : null} />
      ) : entries.length === 0 ? (
        <EmptyState
          title={t("loyalty.order.emptyTitle")}
          message={t("loyalty.order.emptyMessage")}
          data-testid="spa-crm-order-loyalty-empty"
        />
      ) : (
        <>
          <div className="grid grid-cols-3 divide-x">
            {totals.map(([key, points, color]) => (
              <div key={key} className="flex flex-col gap-y-0.5 px-6 py-3" data-testid={`spa-crm-order-loyalty-${key}`}>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t(`loyalty.order.${key}`)}
                </Text>
                <Text
                  size="large"
                  weight="plus"
                  className={points ? `${color} tabular-nums` : "text-ui-fg-muted tabular-nums"}
                  data-value={points}
                >
                  {formatPoints(Math.abs(points), locale)}
                </Text>
              </div>
            ))}
          </div>
          {(loyalty.given_back || loyalty.unrecovered) ? (
            <div className="flex flex-col gap-y-1 px-6 py-3">
              {!!loyalty.given_back && (
                <Text size="small" className="text-ui-fg-subtle" data-testid="spa-crm-order-loyalty-given-back">
                  {t("loyalty.order.givenBack", { points: formatPoints(loyalty.given_back, locale) })}
                </Text>
              )}
              {!!loyalty.unrecovered && (
                <Text size="small" className="text-ui-tag-orange-text" data-testid="spa-crm-order-loyalty-unrecovered">
                  {t("loyalty.order.unrecovered", { points: formatPoints(loyalty.unrecovered, locale) })}
                </Text>
              )}
            </div>
          ) : null}
          <ul className="divide-y">
            {entries.map((entry) => (
              <li key={entry.id} className="flex items-start justify-between gap-x-3 px-6 py-3" data-testid="spa-crm-order-loyalty-entry">
                <div className="flex min-w-0 flex-col gap-y-1">
                  <div>
                    <EntryKindBadge kind={entry.kind} />
                  </div>
                  <Text size="small" className="text-ui-fg-base break-words">
                    {entry.reason || "-"}
                  </Text>
                  <StaffNote note={entry.note} className="break-words" />
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {formatDateTime(entry.created_at, locale)}
                  </Text>
                </div>
                <SignedPoints points={entry.points} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
  id: "spa-crm-order-loyalty",
})

export default OrderLoyaltyWidget
