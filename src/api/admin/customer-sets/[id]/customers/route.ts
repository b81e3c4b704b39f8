import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../../../modules/customer-sets"
import type { CustomerSetMember } from "../../../../../types/customer-sets"
import { membersWithContacts, refetchCustomerSet } from "../../helpers"
import type { AdminCustomerSetMembersParamsType } from "../../validators"
import { csvCell } from "../../../../../lib/csv"

const CSV_PAGE = 1_000
const CSV_COLUMNS: (keyof CustomerSetMember)[] = ["customer_id", "email", "first_name", "last_name", "phone"]

/** A page of the set's members with their contacts, or all of them as CSV, written a page at a time. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminCustomerSetMembersParamsType>, res: MedusaResponse) => {
  const { limit, offset, format } = req.validatedQuery as AdminCustomerSetMembersParamsType
  const set = await refetchCustomerSet(req.scope, req.params.id)
  const sets: CustomerSetsModuleService = req.scope.resolve(CUSTOMER_SETS_MODULE)
  if (format !== "csv") {
    const { customer_ids, count } = await sets.listMemberIds(set.id, { limit, offset })
    res.json({ customers: await membersWithContacts(req.scope, customer_ids), count, limit, offset })
    return
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="customer-set-${set.id}.csv"`)
  res.write(`${CSV_COLUMNS.join(",")}\r\n`)
  for (let from = 0; ; from += CSV_PAGE) {
    const { customer_ids } = await sets.listMemberIds(set.id, { limit: CSV_PAGE, offset: from })
    const members = await membersWithContacts(req.scope, customer_ids)
    if (members.length) res.write(members.map((m) => CSV_COLUMNS.map((c) => csvCell(m[c])).join(",")).join("\r\n") + "\r\n")
    if (customer_ids.length < CSV_PAGE) break
  }
  res.end()
}
