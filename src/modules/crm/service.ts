import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  CrmProfile,
  CrmSource,
  CrmTag,
  CustomerTag,
  CustomField,
  Lead,
  TouchPoint,
} from "./models"
import { checkCustomFieldValues, CustomFieldDefinition } from "./utils/custom-field-values"

export type TagMatch = "any" | "all"

class CrmModuleService extends MedusaService({
  CrmProfile,
  CrmSource,
  CrmTag,
  CustomerTag,
  CustomField,
  TouchPoint,
  Lead,
}) {
  /**
   * Checks custom-field values against the spa's field definitions and
   * returns them normalised (numbers as numbers, dates as YYYY-MM-DD).
   * `merged` is the whole set after the change, so required fields are
   * checked against what the profile will hold, not only what was sent.
   */
  @InjectManager()
  async validateCustomFieldValues(
    merged: Record<string, unknown>,
    options: { enforceRequired?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, unknown>> {
    const definitions = (await this.listCustomFields({}, {}, sharedContext)) as CustomFieldDefinition[]
    return checkCustomFieldValues(definitions, merged, options)
  }

  /** Ids of the customers carrying any / all of the given tags. */
  @InjectManager()
  async listCustomerIdsByTags(
    tagIds: string[],
    match: TagMatch = "any",
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const ids = [...new Set(tagIds)]
    const rows: { customer_id: string }[] = await knex("crm_customer_tag")
      .select("customer_id")
      .whereIn("tag_id", ids)
      .whereNull("deleted_at")
      .groupBy("customer_id")
      .havingRaw("count(distinct tag_id) >= ?", [match === "all" ? ids.length : 1])
    return rows.map((r) => r.customer_id)
  }

  /** How many customers carry each tag: one grouped query for a whole page of tags. */
  @InjectManager()
  async countCustomersByTag(
    tagIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, number>> {
    return this.countBy_("crm_customer_tag", "tag_id", tagIds, sharedContext)
  }

  /** How many customers each source brought (their first source). */
  @InjectManager()
  async countCustomersBySource(
    sourceIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, number>> {
    return this.countBy_("crm_profile", "source_id", sourceIds, sharedContext)
  }

  // The generated methods cannot group; counting in the database avoids loading every row.
  private async countBy_(table: string, column: string, ids: string[], sharedContext: Context) {
    if (!ids.length) return new Map<string, number>()
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows: { key: string; count: string | number }[] = await knex(table)
      .select(`${column} as key`)
      .count("* as count")
      .whereIn(column, [...new Set(ids)])
      .whereNull("deleted_at")
      .groupBy(column)
    return new Map(rows.map((r) => [r.key, Number(r.count)]))
  }

  /**
   * Puts one tag on many customers and takes it off others, skipping what is
   * already so. Returns what actually changed, for the workflow's compensation.
   */
  @InjectTransactionManager()
  async changeTagCustomers(
    tagId: string,
    change: { add?: string[]; remove?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ added: string[]; removed: string[] }> {
    await this.retrieveCrmTag(tagId, {}, sharedContext)
    const add = [...new Set(change.add ?? [])]
    const remove = [...new Set(change.remove ?? [])]
    const overlap = add.filter((id) => remove.includes(id))
    if (overlap.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `add and remove both name customer ${overlap.join(", ")}`
      )
    }

    const existing = await this.listCustomerTags(
      { tag_id: tagId, customer_id: [...add, ...remove] },
      { select: ["id", "customer_id"] },
      sharedContext
    )
    const has = new Map(existing.map((row) => [row.customer_id, row.id]))
    const added = add.filter((id) => !has.has(id))
    const removed = remove.filter((id) => has.has(id))

    if (added.length) {
      await this.createCustomerTags(
        added.map((customer_id) => ({ customer_id, tag_id: tagId })),
        sharedContext
      )
    }
    if (removed.length) {
      await this.deleteCustomerTags(
        removed.map((id) => has.get(id)!),
        sharedContext
      )
    }
    return { added, removed }
  }
}

export default CrmModuleService
