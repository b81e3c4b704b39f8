import { Link } from "react-router-dom"

import type { AnalyticsCustomer } from "../../../types/analytics"
import { personName } from "../../lib/format"

/** A customer of a report's list, by name (else phone), linking to her page. */
export const CustomerLink = ({ customer, "data-testid": testId }: { customer: AnalyticsCustomer; "data-testid": string }) => (
  <Link to={`/customers/${customer.customer_id}`} className="text-ui-fg-interactive hover:underline" data-testid={testId}>
    {personName(customer) || customer.phone || customer.customer_id}
  </Link>
)
