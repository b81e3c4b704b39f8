import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { nameKey } from "../../lib/text"
import type { SetKind, SetRuleGroup } from "../../types/customer-sets"
import { assertValidRules, compileRules } from "./compiler"
import { CustomerSet, CustomerSetMember } from "./models"

export type CreateCustomerSetData = { name: string; description?: string | null; kind: SetKind; rules: SetRuleGroup }
export type UpdateCustomerSetData = Partial<CreateCustomerSetData> & {
  id: string
  customer_group_id?: string | null
}

export type EvaluateOptions = { now: Date; limit?: number; offset?: number; customer_ids?: string[] }

/** What one materialisation changed, and the set's figures before it (for the undo). */
export type MembershipChange = {
  set_id: string
  added: string[]
  removed: string[]
  member_count: number
  evaluation_ms: number
  previous: { member_count: number; evaluated_at: Date | null; evaluation_ms: number | null }
}

const newId = (prefix: string) => `'${prefix}_' || replace(gen_random_uuid()::text, '-', '')`

/**
 * Customer sets: their rules, and their members as materialised rows
 * (`customer_set_member`). Evaluation runs the compiled rule tree as one
 * query in Postgres; materialising diffs it against the rows in the same
 * statement, so only the customers who joined or left are written.
 */
class CustomerSetsModuleService extends MedusaService({ CustomerSet, CustomerSetMember }) {
  protected knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    return (manager.getTransactionContext() ?? manager.getKnex()) as Knex
  }

  /** Creates sets; the rules are checked here too, so a workflow run without a route is refused the same way. */
  @InjectTransactionManager()
  async createSets(data: CreateCustomerSetData[], @MedusaContext() sharedContext: Context = {}) {
    for (const set of data) assertValidRules(set.rules)
    return await this.createCustomerSets(
      data.map((set) => ({ ...set, name_key: nameKey(set.name), rules: set.rules as unknown as Record<string, unknown> })),
      sharedContext
    )
  }

  @InjectTransactionManager()
  async updateSets(data: UpdateCustomerSetData[], @MedusaContext() sharedContext: Context = {}) {
    for (const set of data) if (set.rules !== undefined) assertValidRules(set.rules)
    return await this.updateCustomerSets(
      data.map((set) => ({
        ...set,
        ...(set.name !== undefined ? { name_key: nameKey(set.name) } : {}),
        ...(set.rules !== undefined ? { rules: set.rules as unknown as Record<string, unknown> } : {}),
      })),
      sharedContext
    )
  }

  /** Names (as given) already used by another live set. */
  @InjectManager()
  async findTakenSetNames(names: string[], exceptIds: string[] = [], @MedusaContext() sharedContext: Context = {}) {
    if (!names.length) return []
    const rows = await this.listCustomerSets({ name_key: names.map(nameKey) }, { select: ["id", "name_key"] }, sharedContext)
    const taken = new Set(rows.filter((r) => !exceptIds.includes(r.id)).map((r) => r.name_key))
    return names.filter((n) => taken.has(nameKey(n)))
  }

  /** Who the rules select now: how many, and a page of their ids (ordered by id). Writes nothing. */
  @InjectManager()
  async evaluate(rules: SetRuleGroup, options: EvaluateOptions, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const compiled = compileRules(assertValidRules(rules), options, { limit: options.limit ?? 0, offset: options.offset })
    const [count, rows] = await Promise.all([
      knex.raw(compiled.count.sql, compiled.count.bindings as Knex.RawBinding[]),
      options.limit ? knex.raw(compiled.select.sql, compiled.select.bindings as Knex.RawBinding[]) : { rows: [] },
    ])
    return {
      count: Number(count.rows[0].count),
      customer_ids: (rows.rows as { customer_id: string }[]).map((r) => r.customer_id),
    }
  }

  /**
   * Re-evaluates a set and writes the difference to its member rows in one
   * statement: the customers the rules select and who are not members are
   * added, the members they no longer select removed (among `customer_ids`
   * only, when given). The set's count and evaluation time follow.
   */
  @InjectTransactionManager()
  async materialise(
    setId: string,
    options: { now: Date; customer_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MembershipChange> {
    const knex = this.knex_(sharedContext)
    const set = await this.retrieveCustomerSet(setId, { select: ["id", "rules", "member_count", "evaluated_at", "evaluation_ms"] }, sharedContext)
    const started = performance.now()
    const { select } = compileRules(assertValidRules(set.rules), options)
    const scope = options.customer_ids ? `AND m.customer_id = ANY(?::text[])` : ""
    const { rows } = await knex.raw(
      `WITH matched AS (${select.sql}),
       gone AS (
         DELETE FROM customer_set_member m
         WHERE m.set_id = ? AND m.deleted_at IS NULL ${scope}
           AND NOT EXISTS (SELECT 1 FROM matched WHERE matched.customer_id = m.customer_id)
         RETURNING m.customer_id
       ),
       added AS (
         INSERT INTO customer_set_member (id, set_id, customer_id, created_at, updated_at)
         SELECT ${newId("csetm")}, ?, matched.customer_id, now(), now() FROM matched
         ON CONFLICT (set_id, customer_id) WHERE deleted_at IS NULL DO NOTHING
         RETURNING customer_id
       )
       SELECT 'added' AS change, customer_id FROM added UNION ALL SELECT 'removed', customer_id FROM gone`,
      [...select.bindings, setId, ...(options.customer_ids ? [options.customer_ids] : []), setId] as Knex.RawBinding[]
    )
    const changes = rows as { change: "added" | "removed"; customer_id: string }[]
    const added = changes.filter((c) => c.change === "added").map((c) => c.customer_id)
    const removed = changes.filter((c) => c.change === "removed").map((c) => c.customer_id)
    const member_count = set.member_count + added.length - removed.length
    const evaluation_ms = Math.round(performance.now() - started)
    await this.updateCustomerSets({ id: setId, member_count, evaluated_at: options.now, evaluation_ms }, sharedContext)
    return {
      set_id: setId,
      added,
      removed,
      member_count,
      evaluation_ms,
      previous: { member_count: set.member_count, evaluated_at: set.evaluated_at as Date | null, evaluation_ms: set.evaluation_ms },
    }
  }

  /** Undoes `materialise` (or `removeAllMembers`): the added go, the removed come back, the figures as they were. */
  @InjectTransactionManager()
  async revertMembership(change: MembershipChange, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    if (change.added.length) {
      await knex("customer_set_member").where("set_id", change.set_id).whereIn("customer_id", change.added).whereNull("deleted_at").del()
    }
    if (change.removed.length) {
      await knex.raw(
        `INSERT INTO customer_set_member (id, set_id, customer_id, created_at, updated_at)
         SELECT ${newId("csetm")}, ?, c, now(), now() FROM unnest(?::text[]) c
         ON CONFLICT (set_id, customer_id) WHERE deleted_at IS NULL DO NOTHING`,
        [change.set_id, change.removed]
      )
    }
    await this.updateCustomerSets({ id: change.set_id, ...change.previous }, sharedContext)
  }

  /** Takes every member out of a set (it is being deleted); returns them, for `revertMembership`. */
  @InjectTransactionManager()
  async removeAllMembers(setId: string, @MedusaContext() sharedContext: Context = {}): Promise<MembershipChange> {
    const knex = this.knex_(sharedContext)
    const set = await this.retrieveCustomerSet(setId, { select: ["id", "member_count", "evaluated_at", "evaluation_ms"] }, sharedContext)
    const removed: { customer_id: string }[] = await knex("customer_set_member")
      .where("set_id", setId)
      .whereNull("deleted_at")
      .del()
      .returning("customer_id")
    await this.updateCustomerSets({ id: setId, member_count: 0 }, sharedContext)
    return {
      set_id: setId,
      added: [],
      removed: removed.map((r) => r.customer_id),
      member_count: 0,
      evaluation_ms: 0,
      previous: { member_count: set.member_count, evaluated_at: set.evaluated_at as Date | null, evaluation_ms: set.evaluation_ms },
    }
  }

  /** A page of a set's members' ids, ordered by id, and how many there are. */
  @InjectManager()
  async listMemberIds(setId: string, page: { limit: number; offset: number }, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const base = () => knex("customer_set_member").where("set_id", setId).whereNull("deleted_at")
    const [rows, [{ count }]] = await Promise.all([
      base().select("customer_id").orderBy("customer_id").limit(page.limit).offset(page.offset),
      base().count({ count: "*" }),
    ])
    return { customer_ids: (rows as { customer_id: string }[]).map((r) => r.customer_id), count: Number(count) }
  }

  /** Every member id of a set among `customerIds` (all of them when not given). */
  @InjectManager()
  async memberIdsOf(setId: string, customerIds?: string[], @MedusaContext() sharedContext: Context = {}) {
    const query = this.knex_(sharedContext)("customer_set_member").select("customer_id").where("set_id", setId).whereNull("deleted_at")
    if (customerIds) query.whereIn("customer_id", customerIds)
    return ((await query) as { customer_id: string }[]).map((r) => r.customer_id)
  }

  /** The ids of the sets a customer is in. */
  @InjectManager()
  async setIdsOfCustomer(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const rows = await this.listCustomerSetMembers({ customer_id: customerId }, { select: ["set_id"], take: null }, sharedContext)
    return rows.map((r) => r.set_id)
  }
}

export default CustomerSetsModuleService
