import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"

import { FEEDBACK_DIMENSIONS } from "../../types/feedback"
import { EmptyState } from "../components/empty-state"
import { RatingValue } from "../components/feedback/rating-value"
import { StaffDrawer } from "../components/feedback/staff-drawer"
import { LoadState } from "../components/load-state"
import { useOrderFeedback } from "../hooks/api/feedback"
import { formatDateTime, personName, useCrmTranslation } from "../lib/format"

/** C1 on the order: her rating (overall and per dimension, comment) and who served the order, assignable. */
const OrderFeedbackWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t, locale } = useCrmTranslation("spa-crm-feedback")
  const { data, isPending, isError, error } = useOrderFeedback(order.id)
  const [assigning, setAssigning] = useState(false)
  const feedback = data?.feedback

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-order-feedback">
      <div className="px-6 py-4">
        <Heading level="h2">{t("order.title")}</Heading>
      </div>
      {isPending || isError || !data ? (
        <LoadState error={isError ? error : null} />
      ) : (
        <>
          {feedback ? (
            <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="spa-crm-order-feedback-rating">
              <div className="flex items-center justify-between">
                <Text size="small" className="text-ui-fg-subtle">
                  {t("rating.overall")}
                </Text>
                <RatingValue value={feedback.overall} />
              </div>
              {FEEDBACK_DIMENSIONS.map((d) => (
                <div key={d} className="flex items-center justify-between">
                  <Text size="small" className="text-ui-fg-subtle">
                    {t(`rating.${d}`)}
                  </Text>
                  <RatingValue value={feedback[d]} size="xsmall" />
                </div>
              ))}
              {feedback.comment && (
                <Text size="small" className="bg-ui-bg-subtle rounded-md px-3 py-2 italic">
                  “{feedback.comment}”
                </Text>
              )}
              <Text size="xsmall" className="text-ui-fg-muted">
                {formatDateTime(feedback.created_at, locale)}
              </Text>
            </div>
          ) : (
            <EmptyState title={t("order.notRated")} message={t("order.notRatedMessage")} data-testid="spa-crm-order-feedback-empty" />
          )}
          <div className="flex items-start justify-between gap-x-2 px-6 py-4">
            <div className="flex flex-col gap-y-0.5">
              <Text size="small" weight="plus">
                {t("order.servedBy")}
              </Text>
              <Text size="small" className="text-ui-fg-subtle" data-testid="spa-crm-order-staff">
                {data.staff.map(personName).join(", ") || t("order.nobody")}
              </Text>
            </div>
            <Button size="small" variant="secondary" onClick={() => setAssigning(true)} data-testid="spa-crm-order-staff-edit">
              {t("order.assign")}
            </Button>
          </div>
          <StaffDrawer orderId={order.id} current={data.staff.map((s) => s.id)} open={assigning} onOpenChange={setAssigning} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
  id: "spa-crm-order-feedback",
})

export default OrderFeedbackWidget
