import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import crypto from "crypto"
import { cleanName, nameKey } from "../../lib/text"
import {
  CrmProfile,
  CrmSource,
  CrmTag,
  CustomerTag,
  CustomField,
  IntakeKey,
  Lead,
  TouchPoint,
} from "./models"
import type {
  CreateCrmSource,
  CreateCrmTag,
  CreateCustomField,
  CrmProfile as CrmProfileView,
  CrmSourceRecord,
  CrmTagRecord,
  CustomerCrmResponse,
  CustomFieldRecord,
  TagSummary,
  UpdateCrmSource,
  UpdateCrmTag,
  UpdateCustomField,
} from "../../types/crm"
import { checkCustomFieldValues, CustomFieldDefinition } from "./custom-field-values"

/** The name as stored and its folded key beside it, on every write that sets a name. */
function withNameKey<T extends { name?: string | null }>(data: T): T & { name_key?: string } {
  return typeof data.name === "string" ? { ...data, name: cleanName(data.name), name_key: nameKey(data.name) } : data
}

/** What the deletion of customers took away, to put back if it is undone. */
export type RemovedCustomerRecords = {
  profile_ids: string[]
  touch_point_ids: string[]
  customer_tag_ids: string[]
  /** the leads' copies of what their senders sent, now erased */
  lead_payloads: { id: string; payload: unknown; differences: unknown }[]
}

/** `lik_` and 43 characters: 256 random bits, safe to compare by their hash alone. */
const newIntakeToken = () => `lik_${crypto.randomBytes(32).toString("base64url")}`
export const hashIntakeToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex")

export type TagMatch = "any" | "all"

/** A customer's profile (null until first written) and tags, as the admin reads them. */
export type CustomerCrm = Required<CustomerCrmResponse>

type CustomerCrmRow = Record<string, unknown> & { of_customer: string; has_profile: boolean; tags: TagSummary[] }

class CrmModuleService extends MedusaService({
  CrmProfile,
  CrmSource,
  CrmTag,
  CustomerTag,
  CustomField,
  TouchPoint,
  Lead,
  IntakeKey,
}) {
  // Tags and sources are told apart by their folded names (lib/text nameKey),
  // whatever the database's locale: every write of a name goes through these,
  // which keep its key beside it.

  /** Creates tags, each with its name's key. */
  @InjectTransactionManager()
  async createTags(tags: CreateCrmTag[], @MedusaContext() sharedContext: Context = {}): Promise<CrmTagRecord[]> {
    return (await this.createCrmTags(tags.map(withNameKey) as any, sharedContext)) as unknown as CrmTagRecord[]
  }

  /** Changes tags; a new name gets its key. */
  @InjectTransactionManager()
  async updateTags(tags: UpdateCrmTag[], @MedusaContext() sharedContext: Context = {}): Promise<CrmTagRecord[]> {
    return (await this.updateCrmTags(tags.map(withNameKey) as any, sharedContext)) as unknown as CrmTagRecord[]
  }

  /** Creates sources, each with its name's key. */
  @InjectTransactionManager()
  async createSources(sources: CreateCrmSource[], @MedusaContext() sharedContext: Context = {}): Promise<CrmSourceRecord[]> {
    return (await this.createCrmSources(sources.map(withNameKey) as any, sharedContext)) as unknown as CrmSourceRecord[]
  }

  /** Changes sources; a new name gets its key. */
  @InjectTransactionManager()
  async updateSources(sources: UpdateCrmSource[], @MedusaContext() sharedContext: Context = {}): Promise<CrmSourceRecord[]> {
    return (await this.updateCrmSources(sources.map(withNameKey) as any, sharedContext)) as unknown as CrmSourceRecord[]
  }

  // custom fields' options are a JSON column, which the DML types as a record

  /** Defines custom fields. */
  @InjectTransactionManager()
  async createFields(fields: CreateCustomField[], @MedusaContext() sharedContext: Context = {}): Promise<CustomFieldRecord[]> {
    return (await this.createCustomFields(fields as any, sharedContext)) as unknown as CustomFieldRecord[]
  }

  /** Changes custom fields' label, options, required or rank. */
  @InjectTransactionManager()
  async updateFields(fields: UpdateCustomField[], @MedusaContext() sharedContext: Context = {}): Promise<CustomFieldRecord[]> {
    return (await this.updateCustomFields(fields as any, sharedContext)) as unknown as CustomFieldRecord[]
  }

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

  /**
   * The live records already using these names (tags or sources, compared by
   * their folded keys) or custom-field keys, other than `exceptIds`: what a
   * write of them would clash with.
   */
  @InjectManager()
  async findTakenNames(
    kind: "tag" | "source" | "custom_field",
    values: string[],
    exceptIds: string[] = [],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!values.length) return []
    const rows: { id: string; name: string }[] =
      kind === "custom_field"
        ? (await this.listCustomFields({ key: values }, { select: ["id", "key"] }, sharedContext)).map((f) => ({ id: f.id, name: f.key }))
        : await (kind === "tag" ? this.listCrmTags : this.listCrmSources).call(
            this,
            { name_key: values.map(nameKey) },
            { select: ["id", "name"] },
            sharedContext
          )
    return rows.filter((row) => !exceptIds.includes(row.id)).map((row) => row.name)
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

  /**
   * The CRM side of a page of customers: each one's profile (its `columns`,
   * the source as { id, name }, null without one) and tags sorted by name, in
   * one plain query. Lists ask this for up to 200 customers a request;
   * hydrated as ORM entities through the customer link, the same page cost
   * three times Medusa's whole customer list.
   */
  @InjectManager()
  async listCustomersCrm(
    customerIds: string[],
    columns: readonly string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, CustomerCrm>> {
    const byCustomer = new Map<string, CustomerCrm>()
    if (!customerIds.length) return byCustomer
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const ids = [...new Set(customerIds)]
    // a deleted source or tag reads as none, as the ORM's soft-delete filter has it;
    // the ids go as one array parameter, not one parameter each
    const { rows } = await knex.raw(
      `select c.of_customer, p.id is not null as has_profile, ${columns.map((c) => `p."${c}"`).join(", ")},
         case when s.id is null then null else json_build_object('id', s.id, 'name', s.name) end as source,
         coalesce(tg.tags, '[]'::json) as tags
       from unnest(?::text[]) as c(of_customer)
       left join crm_profile p on p.customer_id = c.of_customer and p.deleted_at is null
       left join crm_source s on s.id = p.source_id and s.deleted_at is null
       left join (
         select ct.customer_id, json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color)) as tags
         from crm_customer_tag ct join crm_tag t on t.id = ct.tag_id and t.deleted_at is null
         where ct.customer_id = any(?) and ct.deleted_at is null
         group by ct.customer_id
       ) tg on tg.customer_id = c.of_customer`,
      [ids, ids]
    )
    for (const { of_customer, has_profile, tags, ...profile } of rows as CustomerCrmRow[]) {
      byCustomer.set(of_customer, {
        crm_profile: has_profile ? (profile as CrmProfileView) : null,
        tags: tags.sort((a, b) => a.name.localeCompare(b.name)),
      })
    }
    return byCustomer
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

  /**
   * Takes the CRM records of deleted customers out of every list and count:
   * profiles, touch-points and tag links are soft-deleted; leads stay as the
   * intake's log (a sender's retry must not bring her back) with the copy of
   * what was sent erased. Returns what it changed, for `restoreCustomerRecords`.
   */
  @InjectTransactionManager()
  async removeCustomerRecords(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RemovedCustomerRecords> {
    const customer_id = [...new Set(customerIds)]
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id)
    const [profiles, touchPoints, customerTags, leads] = await Promise.all([
      this.listCrmProfiles({ customer_id }, { select: ["id"], take: null }, sharedContext),
      this.listTouchPoints({ customer_id }, { select: ["id"], take: null }, sharedContext),
      this.listCustomerTags({ customer_id }, { select: ["id"], take: null }, sharedContext),
      this.listLeads({ customer_id }, { select: ["id", "payload", "differences"], take: null }, sharedContext),
    ])
    const removed: RemovedCustomerRecords = {
      profile_ids: ids(profiles),
      touch_point_ids: ids(touchPoints),
      customer_tag_ids: ids(customerTags),
      lead_payloads: leads
        .filter((l) => l.payload !== null || l.differences !== null)
        .map((l) => ({ id: l.id, payload: l.payload, differences: l.differences })),
    }
    if (removed.profile_ids.length) await this.softDeleteCrmProfiles(removed.profile_ids, {}, sharedContext)
    if (removed.touch_point_ids.length) await this.softDeleteTouchPoints(removed.touch_point_ids, {}, sharedContext)
    if (removed.customer_tag_ids.length) await this.softDeleteCustomerTags(removed.customer_tag_ids, {}, sharedContext)
    if (removed.lead_payloads.length) {
      await this.updateLeads(removed.lead_payloads.map((l) => ({ id: l.id, payload: null, differences: null })), sharedContext)
    }
    return removed
  }

  /** Undoes `removeCustomerRecords`. */
  @InjectTransactionManager()
  async restoreCustomerRecords(removed: RemovedCustomerRecords, @MedusaContext() sharedContext: Context = {}) {
    if (removed.profile_ids.length) await this.restoreCrmProfiles(removed.profile_ids, {}, sharedContext)
    if (removed.touch_point_ids.length) await this.restoreTouchPoints(removed.touch_point_ids, {}, sharedContext)
    if (removed.customer_tag_ids.length) await this.restoreCustomerTags(removed.customer_tag_ids, {}, sharedContext)
    if (removed.lead_payloads.length) await this.updateLeads(removed.lead_payloads as any, sharedContext)
  }

  /**
   * A new intake key for a source. The token is returned here only: what is
   * stored is its hash, so it can never be shown again.
   */
  @InjectTransactionManager()
  async createIntakeKey(
    data: { name: string; source_id: string; created_by?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [source] = await this.listCrmSources({ id: data.source_id }, { select: ["id"] }, sharedContext)
    if (!source) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `source_id: there is no source with id ${data.source_id}`)
    }
    const token = newIntakeToken()
    const key = await this.createIntakeKeys(
      { ...data, name: cleanName(data.name), token_hash: hashIntakeToken(token), redacted: token.slice(-4) },
      sharedContext
    )
    return { key, token }
  }

  /** The live key a token belongs to, with its source, or null (unknown, revoked, or its source deleted). */
  @InjectManager()
  async authenticateIntakeKey(token: string, @MedusaContext() sharedContext: Context = {}) {
    const [key] = await this.listIntakeKeys(
      { token_hash: hashIntakeToken(token), revoked_at: null },
      { select: ["id", "name", "source.id", "source.name"], relations: ["source"], take: 1 },
      sharedContext
    )
    return key?.source ? { id: key.id, name: key.name, source: { id: key.source.id, name: key.source.name } } : null
  }

  /** When each intake key last brought a lead (a replay brings none). */
  @InjectManager()
  async lastLeadAtByIntakeKey(keyIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!keyIds.length) return new Map<string, Date>()
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows: { key: string; at: Date }[] = await knex("crm_lead")
      .select("intake_key_id as key")
      .max("created_at as at")
      .whereIn("intake_key_id", [...new Set(keyIds)])
      .groupBy("intake_key_id")
    return new Map(rows.map((r) => [r.key, new Date(r.at)]))
  }
}

export default CrmModuleService
