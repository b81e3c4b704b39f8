import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE } from "../../../modules/crm"
import { nameKey } from "../../../lib/text"

/**
 * Generic steps over the CRM module's own records (tags, custom fields, sources, …),
 * built on the service's generated methods so each resource's workflow stays a few
 * lines and every write has its compensation.
 *
 * `model` is the plural in the generated method names: "CrmTags" → createCrmTags,
 * updateCrmTags, softDeleteCrmTags, restoreCrmTags, listCrmTags.
 *
 *   export const { createStep: createCrmTagsStep, updateStep: updateCrmTagsStep, deleteStep: deleteCrmTagsStep }
 *     = crmRecordSteps<TagRecord, CreateTag, UpdateTag>("crm-tags", "CrmTags")
 *
 * - create: creates the rows; undo deletes them.
 * - update: `{ id, ...changes }[]`; undo writes back the previous values of the fields sent.
 * - delete: soft-deletes (the model's `.cascades({ delete })` follow); undo restores.
 * update and delete answer 404 when an id has no live record, before writing.
 */
export type CrmRecordModel =
  | "CrmTags"
  | "CustomFields"
  | "CrmSources"
  | "TouchPoints"
  | "Leads"
  | "CrmProfiles"
  | "CustomerTags"

type Row = { id: string } & Record<string, unknown>
type Method = (...args: unknown[]) => Promise<any>

type Container = { resolve: (key: string) => unknown }

function crmMethod(container: Container, name: string): Method {
  const crm = container.resolve(CRM_MODULE) as Record<string, Method>
  return crm[name].bind(crm)
}

/** 404 for ids with no live record, so an update or delete never half-applies. */
function ensureFound(model: CrmRecordModel, ids: string[], rows: Row[]) {
  const missing = ids.filter((id) => !rows.some((r) => r.id === id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${model}: no record with id ${missing.join(", ")}`)
  }
}

export function crmRecordSteps<TRecord extends { id: string }, TCreate extends object, TUpdate extends { id: string }>(
  /** kebab-case, used in the step ids: "crm-tags" → "create-crm-tags" */
  name: string,
  model: CrmRecordModel
) {
  const createRecordsStep = createStep(
    `create-${name}`,
    async (data: TCreate[], { container }) => {
      const created: TRecord[] = data.length ? await crmMethod(container, `create${model}`)(data) : []
      return new StepResponse(created, created.map((r) => r.id))
    },
    async (ids, { container }) => {
      if (ids?.length) await crmMethod(container, `delete${model}`)(ids)
    }
  )

  const updateRecordsStep = createStep(
    `update-${name}`,
    async (data: TUpdate[], { container }) => {
      if (!data.length) return new StepResponse([] as TRecord[], [] as Row[])
      const fields = [...new Set(data.flatMap((d) => Object.keys(d)))]
      const ids = data.map((d) => d.id)
      const before: Row[] = await crmMethod(container, `list${model}`)({ id: ids }, { select: fields })
      ensureFound(model, ids, before)
      const updated: TRecord[] = await crmMethod(container, `update${model}`)(data)
      // only the fields each update sent, so the undo does not overwrite anything else
      const previous = data.map((d) => {
        const row = before.find((b) => b.id === d.id)!
        return Object.fromEntries(Object.keys(d).map((k) => [k, row[k]])) as Row
      })
      return new StepResponse(updated, previous)
    },
    async (previous, { container }) => {
      if (previous?.length) await crmMethod(container, `update${model}`)(previous)
    }
  )

  const deleteRecordsStep = createStep(
    `delete-${name}`,
    async (ids: string[], { container }) => {
      if (!ids.length) return new StepResponse(ids, ids)
      ensureFound(model, ids, await crmMethod(container, `list${model}`)({ id: ids }, { select: ["id"] }))
      await crmMethod(container, `softDelete${model}`)(ids)
      return new StepResponse(ids, ids)
    },
    async (ids, { container }) => {
      if (ids?.length) await crmMethod(container, `restore${model}`)(ids)
    }
  )

  return { createStep: createRecordsStep, updateStep: updateRecordsStep, deleteStep: deleteRecordsStep }
}

export type EnsureCrmValuesFreeInput = {
  model: CrmRecordModel
  /** the column that must stay unique, named in the error ("name", "key") */
  field: string
  values: string[]
  /** records being updated: they may keep their own value */
  except_ids?: string[]
  /**
   * Compare folded names (the records' `name_key`, see lib/text nameKey):
   * "Da khô" and "DA KHÔ", "Đặc biệt" and "đặc biệt" count as the same
   */
  ignore_case?: boolean
}

/**
 * Rejects values already used by another live record, or repeated in the input,
 * with a 400 naming the field: checked before writing, so a clash never reaches
 * the database's unique index (which would answer 500, or miss a case-only clash).
 */
export const ensureCrmValuesFreeStep = createStep(
  "ensure-crm-values-free",
  async (input: EnsureCrmValuesFreeInput, { container }) => {
    const norm = (v: string) => (input.ignore_case ? nameKey(v) : v)
    const seen = new Set<string>()
    const repeated: string[] = []
    for (const value of input.values) {
      if (seen.has(norm(value))) repeated.push(value)
      seen.add(norm(value))
    }
    const filters = input.ignore_case ? { name_key: input.values.map(nameKey) } : { [input.field]: input.values }
    const clashes: Row[] = input.values.length
      ? await crmMethod(container, `list${input.model}`)(filters, { select: ["id", input.field] })
      : []
    const taken = clashes
      .filter((row) => !input.except_ids?.includes(row.id))
      .map((row) => row[input.field] as string)

    const problems = [...new Set([...repeated, ...taken])]
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${input.field}: ${problems.map((v) => `"${v}"`).join(", ")} ${problems.length > 1 ? "are" : "is"} already in use`
      )
    }
    return new StepResponse(undefined)
  }
)
