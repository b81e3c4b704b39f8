import { model } from "@medusajs/framework/utils"
import LoyaltyAccount from "./loyalty-account"

import { POINTS_ENTRY_KINDS, type PointsEntryKind } from "../../../types/loyalty"

export const ENTRY_KINDS = POINTS_ENTRY_KINDS
export type EntryKind = PointsEntryKind

/**
 * One line of the points ledger, never changed once booked. Credits are
 * positive, debits negative; points are whole numbers (an integer column sums
 * exactly). `reference` is the business key ("order:order_123:earn"): its
 * unique index books every business event at most once, however often the
 * event is delivered.
 */
const PointsEntry = model
  .define({ name: "PointsEntry", tableName: "loyalty_points_entry" }, {
    id: model.id({ prefix: "lypts" }).primaryKey(),
    account: model.belongsTo(() => LoyaltyAccount, { mappedBy: "entries" }),
    kind: model.enum([...ENTRY_KINDS]),
    points: model.number(),
    reference: model.text(),
    // what the member reads in her history
    reason: model.text(),
    // why, for the staff only (a manual adjustment's note); never shown to the member
    note: model.text().nullable(),
    order_id: model.text().nullable(),
    // earned points are spendable from this moment (the pending period)
    available_at: model.dateTime(),
    // credits only: when what is left of them expires
    expires_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["reference"], unique: true, where: "deleted_at IS NULL" },
    { on: ["account_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL AND order_id IS NOT NULL" },
  ])

export default PointsEntry
