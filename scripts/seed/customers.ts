import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import {
  CUSTOM_FIELDS,
  type DemoCustomer,
  generateCustomers,
  generateTouchPoints,
  SOURCES,
  STAFF,
  TAGS,
} from "./demo-data"
import { backdate } from "./backdate"
import { progressBar } from "./progress"

const CHUNK = 100

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Sources, tags and custom-field definitions, matched by name/key so reruns add nothing. */
async function ensureCrmSettings(crm: CrmModuleService) {
  const sources = await crm.listCrmSources({ name: SOURCES })
  const missingSources = SOURCES.filter((name) => !sources.some((s) => s.name === name))
  if (missingSources.length) sources.push(...(await crm.createSources(missingSources.map((name) => ({ name })))))

  const tags = await crm.listCrmTags({ name: TAGS.map((t) => t.name) })
  const missingTags = TAGS.filter((t) => !tags.some((e) => e.name === t.name))
  if (missingTags.length) tags.push(...(await crm.createTags(missingTags as any)))

  const fields = await crm.listCustomFields({ key: CUSTOM_FIELDS.map((f) => f.key) })
  const missingFields = CUSTOM_FIELDS.filter((f) => !fields.some((e) => e.key === f.key))
  if (missingFields.length) await crm.createCustomFields(missingFields.map((f, rank) => ({ ...f, rank })) as any)

  return {
    sourceId: new Map(sources.map((s) => [s.name, s.id])),
    tagId: new Map(tags.map((t) => [t.name, t.id])),
  }
}

/** The beauticians, as admin users (without a login), so touch-points name who handled them. */
async function ensureStaffUsers(container: MedusaContainer) {
  const userModule = container.resolve(Modules.USER)
  const emailOf = (name: string) =>
    `${name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase().split(" ").reverse().join(".")}@lotus-spa.test`
  const staff = STAFF.map((name) => {
    const parts = name.split(" ")
    // Vietnamese names put the family name first
    const vietnamese = !/^(Emma|Olivia)/.test(name)
    return {
      email: emailOf(name),
      first_name: vietnamese ? parts.slice(1).join(" ") : parts[0],
      last_name: vietnamese ? parts[0] : parts.slice(1).join(" "),
      name,
    }
  })
  const existing = await userModule.listUsers({ email: staff.map((s) => s.email) })
  const missing = staff.filter((s) => !existing.some((u) => u.email === s.email))
  if (missing.length) {
    await createUsersWorkflow(container).run({
      input: { users: missing.map(({ email, first_name, last_name }) => ({ email, first_name, last_name })) },
    })
  }
  const users = await userModule.listUsers({ email: staff.map((s) => s.email) })
  return new Map(staff.map((s) => [s.name as string, users.find((u) => u.email === s.email)!.id]))
}

function profileOf(c: DemoCustomer, customer_id: string, source_id: string | undefined) {
  return {
    customer_id,
    birthday: c.birthday,
    gender: c.gender,
    occupation: c.occupation,
    zalo: c.zalo,
    wechat: c.wechat,
    facebook: c.facebook,
    skin_type: c.skin_type,
    skin_concerns: c.skin_concerns,
    allergies: c.allergies,
    body_care_needs: c.body_care_needs,
    preferred_staff: c.preferred_staff,
    preferred_time: c.preferred_time,
    notes: c.notes,
    custom_fields: c.custom_fields ?? null,
    phone_e164: c.phone,
    source_id,
    acquired_at: c.acquired_at,
  }
}

export type SeededCustomer = DemoCustomer & { id: string }

/**
 * Demo customers with their CRM profiles, tags and touch-points. Customers are
 * matched by email; only those created in this run get CRM data, so a rerun
 * after an interrupted one completes it without duplicating anything.
 */
export async function ensureDemoCustomers(container: MedusaContainer, count: number): Promise<SeededCustomer[]> {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const demo = generateCustomers(count)
  const { sourceId, tagId } = await ensureCrmSettings(crm)

  const existing = await customerModule.listCustomers({ email: demo.map((c) => c.email) }, { select: ["id", "email"], take: null })
  const idByEmail = new Map(existing.map((c) => [c.email, c.id]))
  const fresh = demo.filter((c) => !idByEmail.has(c.email))

  const bar = progressBar("customers & profiles", fresh.length)
  let done = 0
  for (const part of chunks(fresh)) {
    // the module service, not the workflow: no customer.created events, so no
    // subscriber races the profiles written right below
    const created = await customerModule.createCustomers(
      part.map((c) => ({ email: c.email, first_name: c.first_name, last_name: c.last_name, phone: c.phone }))
    )
    created.forEach((c) => idByEmail.set(c.email!, c.id))
    await crm.createCrmProfiles(part.map((c) => profileOf(c, idByEmail.get(c.email)!, sourceId.get(c.source))) as any)
    // customers "joined" when they were acquired, so the analytics have a history
    await backdate(knex, "customer", part.map((c) => idByEmail.get(c.email)!), part.map((c) => c.acquired_at))
    bar.tick((done += part.length))
  }
  bar.done()

  const freshIds = new Set(fresh.map((c) => idByEmail.get(c.email)!))
  const seeded = demo.map((c) => ({ ...c, id: idByEmail.get(c.email)! }))

  for (const [name, id] of tagId) {
    const add = seeded.filter((c) => freshIds.has(c.id) && c.tags.includes(name)).map((c) => c.id)
    if (add.length) await crm.changeTagCustomers(id, { add })
  }

  const staffId = await ensureStaffUsers(container)
  const touchPoints = generateTouchPoints(demo).filter((t) => freshIds.has(seeded[t.customer_index].id))
  for (const part of chunks(touchPoints, 500)) {
    await crm.createTouchPoints(
      part.map(({ customer_index, staff_name, ...t }) => ({
        ...t,
        customer_id: seeded[customer_index].id,
        staff_user_id: staffId.get(staff_name) ?? null,
      })) as any
    )
  }
  return seeded
}
