import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import crypto from "crypto"
import {
  AwardFailure,
  LoyaltyAccount,
  LoyaltySettings,
  LoyaltyTier,
  PointsEntry,
  TierChange,
} from "./models"
import type { EntryKind } from "./models/points-entry"
import { bulkEntityIds } from "./bulk-ids"
import { DEFAULT_SETTINGS, DEFAULT_SETTINGS_ID } from "./defaults"
import { pointsRefusal } from "../../types/points-refusals"

export type BookEntryInput = {
  account_id: string
  kind: EntryKind
  /** whole points: positive for credits, negative for debits */
  points: number
  /** the business key: an entry with the same reference is booked only once */
  reference: string
  /** what the member reads in her history */
  reason: string
  /** for the staff only, never shown to the member */
  note?: string | null
  /**
   * The reference comes from a key the caller chose (an adjustment's
   * `idempotency_key`): replaying it books nothing and answers the booked
   * entry, but only if that entry is the same booking (account, kind, points,
   * reason, note); otherwise a 409 naming this field.
   */
  key_field?: string
  order_id?: string | null
  available_at?: Date
  expires_at?: Date | null
  metadata?: Record<string, unknown> | null
  /**
   * For debits that must happen whatever the balance (a reversal): book only
   * what the balance allows, never below zero, and record the rest as
   * `metadata.unrecovered_points`. Without it a debit larger than the
   * spendable balance is refused.
   */
  clamp?: boolean
}

export type PointsSummary = {
  account_id: string
  /** the sum of all entries */
  balance: number
  /** earned but not spendable yet (pending period) */
  pending: number
  /** balance − pending: what can be redeemed now */
  spendable: number
  /** of the balance, what expires within the window asked for */
  expiring: number
}

export type TierAssignment = {
  account_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  /** the spend per currency that decided it, kept in the history */
  spend: Record<string, number>
}

export type AppliedTierChange = {
  customer_id: string
  account_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  tier_change_id: string
}

/** the settings fields that hold maps: sent, they replace the stored map */
const SETTINGS_MAPS = ["earn_rates", "point_values", "collection_multipliers"] as const

type SummaryRow = { account_id: string; balance: string; pending: string; expired_credits: string; expiring_credits: string; debits: string }

class LoyaltyModuleService extends MedusaService({
  LoyaltyAccount,
  PointsEntry,
  LoyaltyTier,
  TierChange,
  LoyaltySettings,
  AwardFailure,
}) {
  /**
   * The programme's rules. The module's loader writes them at the first start;
   * until then (or before `db:migrate`) a read gets the defaults, and writes nothing.
   */
  @InjectManager()
  async retrieveSettings(@MedusaContext() sharedContext: Context = {}) {
    const [settings] = await this.listLoyaltySettings({}, { take: 1 }, sharedContext)
    return settings ?? ({ id: DEFAULT_SETTINGS_ID, ...DEFAULT_SETTINGS } as unknown as typeof settings)
  }

  /**
   * Changes the programme's rules (creating the row from the defaults if the
   * loader could not). A map sent (earn_rates, point_values,
   * collection_multipliers) replaces the stored one. Returns the rules and
   * what the fields sent held before (null when the row was created), for the undo.
   */
  @InjectTransactionManager()
  async saveSettings(patch: Record<string, unknown>, @MedusaContext() sharedContext: Context = {}) {
    const [stored] = await this.listLoyaltySettings({}, { take: 1 }, sharedContext)
    if (!stored) {
      const created = await this.createLoyaltySettings({ id: DEFAULT_SETTINGS_ID, ...DEFAULT_SETTINGS, ...patch } as any, sharedContext)
      return { settings: created, previous: null }
    }
    const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, (stored as Record<string, unknown>)[k]]))
    const settings = await this.replacingMaps_(
      (data) => this.updateLoyaltySettings(data as any, sharedContext),
      stored.id,
      patch,
      SETTINGS_MAPS
    )
    return { settings, previous }
  }

  /** Changes a tier's fields; a sent min_spend replaces the stored one. Returns what they held before. */
  @InjectTransactionManager()
  async updateTier(id: string, data: Record<string, unknown>, @MedusaContext() sharedContext: Context = {}) {
    const [tier] = await this.listLoyaltyTiers({ id }, { take: 1 }, sharedContext)
    if (!tier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Loyalty tier with id: ${id} was not found`)
    const previous = Object.fromEntries(Object.keys(data).map((k) => [k, (tier as Record<string, unknown>)[k]]))
    await this.replacingMaps_((d) => this.updateLoyaltyTiers(d as any, sharedContext), id, data, ["min_spend"])
    return previous
  }

  /**
   * Medusa's update merges a JSON object into the stored one (MikroORM's
   * `mergeObjectProperties`: { vnd, usd } + { usd } keeps vnd), while a map sent
   * to the API must replace the stored map. The merge only happens when both
   * values are plain objects, and these columns are not nullable, so the maps
   * sent are first set to an empty array, then to their new value.
   */
  private async replacingMaps_<T>(
    update: (data: Record<string, unknown>) => Promise<T>,
    id: string,
    data: Record<string, unknown>,
    maps: readonly string[]
  ) {
    const cleared = Object.fromEntries(maps.filter((k) => data[k] !== undefined).map((k) => [k, []]))
    if (Object.keys(cleared).length) await update({ id, ...cleared })
    return update({ id, ...data })
  }

  /**
   * The accounts of these customers, opening the missing ones (each with a
   * referral code). A closed account (its customer was deleted) is neither
   * returned nor opened again.
   */
  @InjectTransactionManager()
  async ensureAccounts(customerIds: string[], @MedusaContext() sharedContext: Context = {}) {
    return (await this.openAccounts(customerIds, sharedContext)).accounts
  }

  /** ensureAccounts, also answering which accounts this call opened (to close them again on undo). */
  @InjectTransactionManager()
  async openAccounts(customerIds: string[], @MedusaContext() sharedContext: Context = {}) {
    const ids = [...new Set(customerIds)]
    const knex = this.knex_(sharedContext)
    // INSERT … ON CONFLICT: concurrent first orders of one customer open one account;
    // a customer whose account was closed (she was deleted) gets none again
    const { rows: opened } = ids.length
      ? await knex.raw(
          `INSERT INTO loyalty_account (id, customer_id, referral_code, created_at, updated_at)
           SELECT n.id, n.customer_id, n.code, now(), now()
           FROM unnest(?::text[], ?::text[], ?::text[]) AS n(id, customer_id, code)
           WHERE NOT EXISTS (SELECT 1 FROM loyalty_account c WHERE c.customer_id = n.customer_id AND c.deleted_at IS NOT NULL)
           ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING
           RETURNING id`,
          [ids.map(() => generateEntityId(undefined, "lyacct")), ids, ids.map(newReferralCode)]
        )
      : { rows: [] }
    const accounts = await this.listLoyaltyAccounts({ customer_id: ids }, { take: null }, sharedContext)
    return { accounts, opened_ids: (opened as { id: string }[]).map((r) => r.id) }
  }

  /**
   * The undo of openAccounts: deletes these accounts unless something was
   * booked on them meanwhile (another workflow found the account open and
   * used it), so undoing one workflow never orphans another's points.
   */
  @InjectTransactionManager()
  async deleteUnusedAccounts(accountIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!accountIds.length) return
    await this.knex_(sharedContext).raw(
      `DELETE FROM loyalty_account a
       WHERE a.id = ANY(?::text[])
         AND NOT EXISTS (SELECT 1 FROM loyalty_points_entry e WHERE e.account_id = a.id)
         AND NOT EXISTS (SELECT 1 FROM loyalty_tier_change t WHERE t.account_id = a.id)
         AND NOT EXISTS (SELECT 1 FROM loyalty_account r WHERE r.referred_by_account_id = a.id)`,
      [accountIds]
    )
  }

  /**
   * Books ledger entries. Each account is locked for the transaction, so
   * concurrent debits queue and none can overdraw; an entry whose reference is
   * already booked is skipped (and returned), so a replayed event books nothing.
   * A reference from a caller's key (`key_field`) is locked too, so two
   * accounts can't race for one key, and a replay must be the same booking.
   * A closed account (its customer was deleted) books nothing more: its ledger
   * is final.
   */
  @InjectTransactionManager()
  async bookEntries(inputs: BookEntryInput[], @MedusaContext() sharedContext: Context = {}) {
    if (!inputs.length) return { entries: [], created: [] }
    const knex = this.knex_(sharedContext)
    const keyed = [...new Set(inputs.filter((i) => i.key_field).map((i) => i.reference))]
    if (keyed.length) {
      // in a fixed order, so two bookings of overlapping keys can't deadlock
      await knex.raw(
        `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(r, 7) AS k FROM unnest(?::text[]) r) s ORDER BY k`,
        [keyed]
      )
    }
    const accountIds = [...new Set(inputs.map((i) => i.account_id))].sort()
    const locked: { id: string; deleted_at: Date | null }[] = await knex("loyalty_account")
      .select("id", "deleted_at")
      .whereIn("id", accountIds)
      .orderBy("id")
      .forUpdate()
    const missing = accountIds.filter((id) => !locked.some((row) => row.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Loyalty account ${missing.join(", ")} was not found`)
    }
    const closed = new Set(locked.filter((row) => row.deleted_at).map((row) => row.id))

    const references = inputs.map((i) => i.reference)
    const already = await this.listPointsEntries({ reference: references }, { take: null }, sharedContext)
    const byReference = new Map(already.map((e) => [e.reference, e]))
    for (const input of inputs) {
      const entry = byReference.get(input.reference)
      if (input.key_field && entry && !sameBooking(entry, input)) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `${input.key_field}: already used for another booking (${entry.points} points on account ${entry.account_id})`
        )
      }
    }
    const booked = new Set(byReference.keys())
    const now = new Date()
    const spendable = new Map<string, number>()
    const toCreate: Record<string, unknown>[] = []

    for (const input of inputs) {
      if (booked.has(input.reference) || closed.has(input.account_id)) continue
      booked.add(input.reference)
      assertWholePoints(input)
      let points = input.points
      const metadata = { ...(input.metadata ?? {}) }
      if (points < 0) {
        if (!spendable.has(input.account_id)) {
          const [summary] = await this.summarise_([input.account_id], now, 0, sharedContext)
          spendable.set(input.account_id, summary.spendable)
        }
        // a reversal may also take back its own order's points still pending
        const limit = spendable.get(input.account_id)! + (input.kind === "reverse" && input.order_id ? await this.pendingOfOrder_(input.account_id, input.order_id, now, sharedContext) : 0)
        if (-points > limit) {
          if (!input.clamp) {
            throw new MedusaError(MedusaError.Types.NOT_ALLOWED, pointsRefusal("over_balance", { spendable: limit, points: -points }))
          }
          metadata.unrecovered_points = -points - limit
          points = -limit
        }
        spendable.set(input.account_id, Math.max(0, spendable.get(input.account_id)! + points))
      } else if (spendable.has(input.account_id) && (input.available_at ?? now) <= now) {
        spendable.set(input.account_id, spendable.get(input.account_id)! + points)
      }
      toCreate.push({
        account_id: input.account_id,
        kind: input.kind,
        points,
        reference: input.reference,
        reason: input.reason,
        note: input.note ?? null,
        order_id: input.order_id ?? null,
        available_at: input.available_at ?? now,
        expires_at: input.expires_at ?? null,
        metadata: Object.keys(metadata).length ? metadata : null,
      })
    }

    const created = toCreate.length ? await this.createPointsEntries(toCreate as any[], sharedContext) : []
    return { entries: [...already, ...created], created }
  }

  /**
   * The open accounts of these customers (of every member when null), with
   * their tier: one plain query, for evaluating tiers of 100,000 members.
   */
  @InjectManager()
  async listMembers(customerIds: string[] | null, @MedusaContext() sharedContext: Context = {}) {
    const query = this.knex_(sharedContext)("loyalty_account")
      .select("customer_id", "id as account_id", "tier_id", "tier_assigned_at")
      .whereNull("deleted_at")
    if (customerIds) query.whereIn("customer_id", [...new Set(customerIds)])
    return (await query) as { customer_id: string; account_id: string; tier_id: string | null; tier_assigned_at: Date | null }[]
  }

  /**
   * Accounts holding a credit that expired by `now` after their last expiry
   * booking (an expire entry is dated by its available_at, the moment it was
   * computed for): those with points to book as expired.
   */
  @InjectManager()
  async listAccountsWithUnbookedExpiry(now: Date, @MedusaContext() sharedContext: Context = {}) {
    const { rows } = await this.knex_(sharedContext).raw(
      `SELECT DISTINCT c.account_id
       FROM loyalty_points_entry c
       WHERE c.deleted_at IS NULL AND c.points > 0 AND c.expires_at <= ?
         AND NOT EXISTS (
           SELECT 1 FROM loyalty_points_entry e
           WHERE e.account_id = c.account_id AND e.kind = 'expire' AND e.deleted_at IS NULL AND e.available_at >= c.expires_at
         )`,
      [now]
    )
    return (rows as { account_id: string }[]).map((r) => r.account_id)
  }

  /** Open accounts holding credits that expire in (from, to], with the first such day. */
  @InjectManager()
  async listAccountsWithCreditsExpiring(from: Date, to: Date, @MedusaContext() sharedContext: Context = {}) {
    const { rows } = await this.knex_(sharedContext).raw(
      `SELECT a.id AS account_id, a.customer_id, min(e.expires_at) AS first_expiry
       FROM loyalty_points_entry e
       JOIN loyalty_account a ON a.id = e.account_id AND a.deleted_at IS NULL
       WHERE e.deleted_at IS NULL AND e.points > 0 AND e.expires_at > ? AND e.expires_at <= ?
       GROUP BY a.id, a.customer_id`,
      [from, to]
    )
    return rows as { account_id: string; customer_id: string; first_expiry: Date }[]
  }

  /**
   * Moves accounts to their new tiers and records each change in the tier
   * history, in one statement however many accounts. An account whose tier is
   * no longer `from_tier_id` (another refresh moved it meanwhile) is left alone
   * and gets no history row, so concurrent refreshes never record a change twice.
   */
  @InjectTransactionManager()
  async assignTiers(
    assignments: TierAssignment[],
    reason: string,
    assignedAt: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AppliedTierChange[]> {
    if (!assignments.length) return []
    const ids = bulkEntityIds("lytchg", assignments.length)
    const moves = assignments.map((a, i) => ({ ...a, change_id: ids[i] }))
    const { rows } = await this.knex_(sharedContext).raw(
      `WITH move AS (
         SELECT * FROM jsonb_to_recordset(?::jsonb)
           AS m(change_id text, account_id text, from_tier_id text, to_tier_id text, spend jsonb)
       ), changed AS (
         UPDATE loyalty_account a
         SET tier_id = m.to_tier_id, tier_assigned_at = ?, updated_at = now()
         FROM move m
         WHERE a.id = m.account_id AND a.deleted_at IS NULL AND a.tier_id IS NOT DISTINCT FROM m.from_tier_id
         RETURNING a.id AS account_id, a.customer_id, m.change_id, m.from_tier_id, m.to_tier_id, m.spend
       ), history AS (
         INSERT INTO loyalty_tier_change (id, account_id, from_tier_id, to_tier_id, reason, spend, created_at, updated_at)
         SELECT change_id, account_id, from_tier_id, to_tier_id, ?, spend, now(), now() FROM changed
       )
       SELECT customer_id, account_id, change_id AS tier_change_id, from_tier_id, to_tier_id FROM changed`,
      [JSON.stringify(moves), assignedAt, reason]
    )
    return rows
  }

  /** Undoes `assignTiers`: the accounts get their previous tier back, the history rows go. */
  @InjectTransactionManager()
  async revertTierAssignments(
    applied: (AppliedTierChange & { previous_assigned_at: Date | string | null })[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (!applied.length) return
    const knex = this.knex_(sharedContext)
    await knex.raw(
      `UPDATE loyalty_account a
       SET tier_id = m.from_tier_id, tier_assigned_at = m.previous_assigned_at, updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS m(account_id text, from_tier_id text, to_tier_id text, previous_assigned_at timestamptz)
       WHERE a.id = m.account_id AND a.tier_id IS NOT DISTINCT FROM m.to_tier_id`,
      [JSON.stringify(applied)]
    )
    await knex.raw(`DELETE FROM loyalty_tier_change WHERE id = ANY(?::text[])`, [applied.map((a) => a.tier_change_id)])
  }

  /** How many open accounts hold each tier. */
  @InjectManager()
  async countMembersByTier(tierIds: string[], @MedusaContext() sharedContext: Context = {}) {
    const rows: { tier_id: string; members: string | number }[] = await this.knex_(sharedContext)("loyalty_account")
      .select("tier_id")
      .count("* as members")
      .whereNull("deleted_at")
      .whereIn("tier_id", tierIds)
      .groupBy("tier_id")
    return new Map(rows.map((r) => [r.tier_id, Number(r.members)]))
  }

  /** Balance, pending, spendable and soon-expiring points of each account. */
  @InjectManager()
  async summarisePoints(
    accountIds: string[],
    options: { now?: Date; expiringWithinDays?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PointsSummary[]> {
    return this.summarise_(accountIds, options.now ?? new Date(), options.expiringWithinDays ?? 30, sharedContext)
  }

  /**
   * How many points of the account have expired by `now` and are not booked as
   * expired yet. Redemptions and expiries consume the oldest points first; a
   * reversal takes back the points of its own order.
   */
  @InjectManager()
  async computeExpiredPoints(accountId: string, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}) {
    const [summary] = await this.summariseRows_([accountId], now, 0, sharedContext)
    return summary ? Math.max(0, Number(summary.expired_credits) - Number(summary.debits)) : 0
  }

  protected knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    return (manager.getTransactionContext() ?? manager.getKnex()) as Knex
  }

  protected async summarise_(accountIds: string[], now: Date, expiringWithinDays: number, sharedContext: Context) {
    const rows = await this.summariseRows_(accountIds, now, expiringWithinDays, sharedContext)
    const byId = new Map(rows.map((r) => [r.account_id, r]))
    return accountIds.map((account_id) => {
      const row = byId.get(account_id)
      const balance = Number(row?.balance ?? 0)
      const pending = Math.min(balance, Number(row?.pending ?? 0))
      const consumed = Number(row?.debits ?? 0)
      const expiring = Math.max(0, Number(row?.expiring_credits ?? 0) - consumed)
      return { account_id, balance, pending, spendable: Math.max(0, balance - pending), expiring: Math.min(expiring, balance) }
    })
  }

  /**
   * One grouped query over the ledger. Each credit counts net of its own
   * order's reversals; `debits` are the other debits (redeem, expire, negative
   * adjustments), which consume credits oldest-expiry first.
   */
  protected async summariseRows_(accountIds: string[], now: Date, expiringWithinDays: number, sharedContext: Context): Promise<SummaryRow[]> {
    if (!accountIds.length) return []
    const horizon = new Date(now.getTime() + expiringWithinDays * 86400_000)
    const { rows } = await this.knex_(sharedContext).raw(
      `WITH e AS (
         SELECT * FROM loyalty_points_entry WHERE account_id = ANY(?::text[]) AND deleted_at IS NULL
       ), reversed AS (
         SELECT account_id, order_id, SUM(points) AS points FROM e WHERE kind = 'reverse' AND order_id IS NOT NULL GROUP BY account_id, order_id
       ), credits AS (
         SELECT e.account_id, e.available_at, e.expires_at,
                GREATEST(e.points + COALESCE(r.points, 0), 0) AS net
         FROM e LEFT JOIN reversed r ON r.account_id = e.account_id AND r.order_id = e.order_id AND e.kind = 'earn'
         WHERE e.points > 0
       )
       SELECT a.account_id,
         COALESCE((SELECT SUM(points) FROM e WHERE e.account_id = a.account_id), 0) AS balance,
         COALESCE((SELECT SUM(net) FROM credits c WHERE c.account_id = a.account_id AND c.available_at > ?), 0) AS pending,
         COALESCE((SELECT SUM(net) FROM credits c WHERE c.account_id = a.account_id AND c.expires_at <= ?), 0) AS expired_credits,
         COALESCE((SELECT SUM(net) FROM credits c WHERE c.account_id = a.account_id AND c.expires_at <= ?), 0) AS expiring_credits,
         COALESCE((SELECT -SUM(points) FROM e WHERE e.account_id = a.account_id AND e.points < 0 AND e.kind <> 'reverse'), 0) AS debits
       FROM unnest(?::text[]) AS a(account_id)`,
      [accountIds, now, now, horizon, accountIds]
    )
    return rows
  }

  protected async pendingOfOrder_(accountId: string, orderId: string, now: Date, sharedContext: Context) {
    const { rows } = await this.knex_(sharedContext).raw(
      `SELECT COALESCE(SUM(points), 0) AS points FROM loyalty_points_entry
       WHERE account_id = ? AND order_id = ? AND deleted_at IS NULL
         AND ((kind = 'earn' AND available_at > ?) OR kind = 'reverse')`,
      [accountId, orderId, now]
    )
    return Math.max(0, Number(rows[0].points))
  }
}

/** Whether a booked entry is what `input` would book (a replay of the same key). */
function sameBooking(entry: { account_id: string; kind: string; points: number; reason: string; note?: string | null }, input: BookEntryInput) {
  return (
    entry.account_id === input.account_id &&
    entry.kind === input.kind &&
    entry.points === input.points &&
    entry.reason === input.reason &&
    (entry.note ?? null) === (input.note ?? null)
  )
}

function assertWholePoints(input: BookEntryInput) {
  if (!Number.isSafeInteger(input.points)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `points: expected a whole number, got ${input.points}`)
  }
  const credit = input.kind === "earn" || (input.kind === "adjust" && input.points > 0)
  if ((credit && input.points <= 0) || (["redeem", "expire", "reverse"].includes(input.kind) && input.points > 0)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `points: a ${input.kind} entry cannot be ${input.points}`)
  }
}

/** 8 characters without look-alikes (0/O, 1/I), easy to read out at the front desk. */
function newReferralCode() {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
  return Array.from(crypto.randomBytes(8), (b) => alphabet[b % alphabet.length]).join("")
}

export default LoyaltyModuleService
