import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading } from "@medusajs/ui"
import { Link } from "react-router-dom"

import { EmptyState } from "../components/empty-state"
import { LoadState } from "../components/load-state"
import { useCustomerSetsOfCustomer } from "../hooks/api/customer-sets"
import { useCrmTranslation } from "../lib/format"

/** S1 on the customer: the sets she is in (as last evaluated), each a link to the set. */
const CustomerSetsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const { customer_sets, isPending, error } = useCustomerSetsOfCustomer(customer.id)

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-customer-sets-widget">
      <div className="px-6 py-4">
        <Heading level="h2">{t("widget.title")}</Heading>
      </div>
      {isPending || error ? (
        <LoadState error={error} rows={1} />
      ) : customer_sets.length === 0 ? (
        <EmptyState title={t("widget.emptyTitle")} message={t("widget.emptyMessage")} />
      ) : (
        <div className="flex flex-wrap gap-1 px-6 py-4">
          {customer_sets.map((set) => (
            <Link key={set.id} to={`/customer-sets/${set.id}`} data-testid="spa-crm-customer-set-badge">
              <Badge size="2xsmall" color={set.kind === "dynamic" ? "blue" : "grey"}>
                {set.name}
              </Badge>
            </Link>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
  id: "spa-crm-customer-sets",
})

export default CustomerSetsWidget
