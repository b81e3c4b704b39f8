import type { Knex } from "@medusajs/framework/mikro-orm/postgresql"
import type { Sql } from "./sql"

export type Db = Knex

/** The rows a statement answers. */
export async function rowsOf<T>(db: Db, statement: Sql): Promise<T[]> {
  const { rows } = await db.raw(statement.text, statement.bindings as Knex.RawBinding[])
  return rows as T[]
}

/** Every currency with counted orders, most orders first (from the customers' spend rows: one per customer and currency). */
export async function currenciesOf(db: Db): Promise<string[]> {
  const { rows } = await db.raw(
    `SELECT currency_code FROM facts_customer_spend WHERE deleted_at IS NULL GROUP BY currency_code ORDER BY sum(orders_count) DESC, currency_code`
  )
  return (rows as { currency_code: string }[]).map((r) => r.currency_code)
}
