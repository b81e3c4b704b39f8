import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

import { EmptyState } from "../components/empty-state"
import { RatingsLine } from "../components/feedback/ratings-line"
import { LoadState } from "../components/load-state"
import { useCustomerFeedback, useFollowUps } from "../hooks/api/feedback"
import { formatDateTime, useCrmTranslation } from "../lib/format"

/** U1 on the customer: her feedback, newest first, and her open follow-ups (overdue in red). */
const CustomerFeedbackWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, locale } = useCrmTranslation("spa-crm-feedback")
  const feedback = useCustomerFeedback(customer.id)
  const followUps = useFollowUps({ status: "open", customer_id: customer.id, limit: 5, offset: 0 })
  const averages = feedback.data?.averages
  const open = followUps.data?.follow_ups ?? []

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-customer-feedback">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("customer.title")}</Heading>
          {averages && averages.count > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("customer.average", { value: averages.overall?.toFixed(2), count: averages.count })}
            </Text>
          )}
        </div>
        <Link to="/feedback" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
          {t("customer.viewAll")}
        </Link>
      </div>
      {open.length > 0 && (
        <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="spa-crm-customer-follow-ups">
          <Text size="small" weight="plus">
            {t("customer.openFollowUps")}
          </Text>
          {open.map((f) => (
            <div key={f.id} className="flex items-center justify-between">
              <Text size="small" className={f.overdue ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
                {t("followUps.due")}: {formatDateTime(f.due_at, locale)}
              </Text>
              {f.overdue && (
                <Badge size="2xsmall" color="red">
                  {t("followUps.overdue")}
                </Badge>
              )}
            </div>
          ))}
          <Link to="/follow-ups?status=open" className="text-ui-fg-interactive txt-compact-small">
            {t("followUps.title")}
          </Link>
        </div>
      )}
      {feedback.isPending || feedback.isError ? (
        <LoadState error={feedback.isError ? feedback.error : null} />
      ) : !feedback.data?.feedback.length ? (
        <EmptyState title={t("customer.none")} message={t("customer.noneMessage")} data-testid="spa-crm-customer-feedback-empty" />
      ) : (
        feedback.data.feedback.map((f) => (
          <div key={f.id} className="flex items-start justify-between gap-x-4 px-6 py-3" data-testid="spa-crm-customer-feedback-row">
            <div className="flex flex-col gap-y-1">
              <RatingsLine ratings={f} />
              {f.comment && (
                <Text size="small" className="italic">
                  “{f.comment}”
                </Text>
              )}
            </div>
            <div className="flex flex-col items-end gap-y-0.5">
              <Link to={`/orders/${f.order_id}`} className="text-ui-fg-interactive txt-compact-small">
                {t("feedback.order")}
              </Link>
              <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
                {formatDateTime(f.created_at, locale)}
              </Text>
            </div>
          </div>
        ))
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "spa-crm-customer-feedback",
})

export default CustomerFeedbackWidget
