import { Badge, createDataTableColumnHelper, Input, Switch, Text } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"

import { ChipInput } from "../../../../components/chip-input"
import { FormDrawer } from "../../../../components/form-drawer"
import { FormField } from "../../../../components/form-field"
import { OptionSelect } from "../../../../components/option-select"
import {
  useCreateCustomField,
  useCustomFields,
  useDeleteCustomField,
  useUpdateCustomField,
} from "../../../../hooks/api/custom-fields"
import { useFormErrors } from "../../../../hooks/use-form-errors"
import { useCrmTranslation } from "../../../../lib/format"
import { CUSTOM_FIELD_TYPES, type CustomField, type CustomFieldType } from "../../../../lib/types"
import { RowActions } from "../../../../components/row-actions"
import { SettingsTable } from "./settings-table"

const columnHelper = createDataTableColumnHelper<CustomField>()

/** P2: the profile fields the spa defines itself. */
export const CustomFieldsTab = () => {
  const { t } = useCrmTranslation()
  const [editing, setEditing] = useState<CustomField | "new" | null>(null)
  const { custom_fields: fields = [], isPending } = useCustomFields()
  const { mutate: deleteField } = useDeleteCustomField()

  const columns = useMemo(
    () => [
      columnHelper.accessor("label", {
        header: t("customFields.fields.label"),
        cell: ({ getValue }) => <span data-testid="spa-crm-custom-field-row-label">{getValue()}</span>,
      }),
      columnHelper.accessor("key", {
        header: t("customFields.fields.key"),
        cell: ({ getValue }) => <span className="txt-compact-small text-ui-fg-subtle font-mono">{getValue()}</span>,
      }),
      columnHelper.accessor("type", {
        header: t("customFields.fields.type"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color="grey">
            {t(`customFieldType.${getValue()}`)}
          </Badge>
        ),
      }),
      columnHelper.accessor("options", {
        header: t("customFields.fields.options"),
        cell: ({ getValue }) => (
          <span className="text-ui-fg-subtle" title={getValue()?.join(", ")}>
            {getValue()?.length ? getValue()!.join(", ") : "-"}
          </span>
        ),
      }),
      columnHelper.accessor("required", {
        header: t("customFields.fields.required"),
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="orange">
              {t("general.yes")}
            </Badge>
          ) : (
            <span className="text-ui-fg-subtle">{t("general.no")}</span>
          ),
      }),
      columnHelper.display({
        id: "action",
        cell: ({ row: { original: field } }) => (
          <RowActions
            testId="spa-crm-custom-field-row"
            onEdit={() => setEditing(field)}
            deleteTexts={{
              title: t("customFields.deleteTitle"),
              description: t("customFields.deleteDescription", { label: field.label }),
              done: t("customFields.deleted", { label: field.label }),
            }}
            onDelete={(callbacks) => deleteField(field.id, callbacks)}
          />
        ),
      }),
    ],
    [t, deleteField]
  )

  return (
    <>
      <SettingsTable
        data-testid="spa-crm-settings-custom-fields"
        heading={t("customFields.settingsTitle")}
        subHeading={t("customFields.settingsSubtitle")}
        data={fields}
        columns={columns}
        getRowId={(row) => row.id}
        isLoading={isPending}
        createLabel={t("general.create")}
        onCreate={() => setEditing("new")}
        createTestId="spa-crm-custom-field-create"
        emptyHeading={t("customFields.emptyTitle")}
        emptyDescription={t("customFields.emptyMessage")}
      />
      <CustomFieldDrawer field={editing} nextRank={fields.length} onClose={() => setEditing(null)} />
    </>
  )
}

type CustomFieldForm = {
  key: string
  label: string
  type: CustomFieldType
  options: string[]
  required: boolean
  rank: string
}

const toForm = (field: CustomField | "new", nextRank: number): CustomFieldForm =>
  field === "new"
    ? { key: "", label: "", type: "text", options: [], required: false, rank: String(nextRank) }
    : {
        key: field.key,
        label: field.label,
        type: field.type,
        options: field.options ?? [],
        required: field.required,
        rank: String(field.rank),
      }

/** "Birthday card no." → "birthday_card_no": a key suggested from the label. */
const keyFromLabel = (label: string) =>
  label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "")
    .slice(0, 40)

type CustomFieldDrawerProps = { field: CustomField | "new" | null; nextRank: number; onClose: () => void }

/** Create (key and type are fixed afterwards, as values are stored under them) or edit a field. */
const CustomFieldDrawer = ({ field, nextRank, onClose }: CustomFieldDrawerProps) => {
  const { t } = useCrmTranslation()
  const [form, setForm] = useState<CustomFieldForm>(() => toForm("new", 0))
  const [keyTouched, setKeyTouched] = useState(false)
  const { errors, setErrors, saveCallbacks } = useFormErrors({ idPrefix: "spa-crm-custom-field-", onSaved: onClose })
  const create = useCreateCustomField()
  const update = useUpdateCustomField()
  const isNew = field === "new"

  useEffect(() => {
    if (field) {
      setForm(toForm(field, nextRank))
      setKeyTouched(false)
      setErrors({})
    }
    // nextRank only matters at the moment the drawer opens
  }, [field])

  const set = <K extends keyof CustomFieldForm>(key: K, value: CustomFieldForm[K]) =>
    setForm((prev) => ({ ...prev, [key]: value }))

  const submit = () => {
    const missing: Record<string, string> = {}
    if (!form.label.trim()) missing.label = t("general.fieldRequired")
    if (isNew && !form.key.trim()) missing.key = t("general.fieldRequired")
    if (form.type === "select" && !form.options.length) missing.options = t("customFields.optionsRequired")
    if (Object.keys(missing).length) return setErrors(missing)

    const rank = Number(form.rank)
    const common = {
      label: form.label.trim(),
      options: form.type === "select" ? form.options : null,
      required: form.required,
      ...(form.rank.trim() !== "" && Number.isInteger(rank) ? { rank } : {}),
    }
    if (field === "new") {
      create.mutate(
        { key: form.key.trim(), type: form.type, ...common },
        saveCallbacks(t("customFields.created", { label: common.label }))
      )
    } else if (field) {
      update.mutate({ id: field.id, ...common }, saveCallbacks(t("customFields.updated", { label: common.label })))
    }
  }

  return (
    <FormDrawer
      open={!!field}
      onOpenChange={(open) => !open && onClose()}
      title={isNew ? t("customFields.createTitle") : t("customFields.editTitle")}
      description={isNew ? t("customFields.createDescription") : undefined}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      submitTestId="spa-crm-custom-field-save"
      data-testid="spa-crm-custom-field-drawer"
    >
      <FormField id="spa-crm-custom-field-label" label={t("customFields.fields.label")} required error={errors.label}>
        <Input
          id="spa-crm-custom-field-label"
          value={form.label}
          onChange={(e) => {
            set("label", e.target.value)
            if (isNew && !keyTouched) set("key", keyFromLabel(e.target.value))
          }}
          placeholder={t("customFields.labelPlaceholder")}
          data-testid="spa-crm-custom-field-label"
        />
      </FormField>
      <FormField
        id="spa-crm-custom-field-key"
        label={t("customFields.fields.key")}
        required={isNew}
        hint={isNew ? t("customFields.keyHint") : t("customFields.fixedHint")}
        error={errors.key}
      >
        <Input
          id="spa-crm-custom-field-key"
          value={form.key}
          disabled={!isNew}
          onChange={(e) => {
            setKeyTouched(true)
            set("key", e.target.value)
          }}
          className="font-mono"
          data-testid="spa-crm-custom-field-key"
        />
      </FormField>
      <FormField
        id="spa-crm-custom-field-type"
        label={t("customFields.fields.type")}
        required={isNew}
        hint={isNew ? undefined : t("customFields.fixedHint")}
        error={errors.type}
      >
        {isNew ? (
          <OptionSelect
            id="spa-crm-custom-field-type"
            value={form.type}
            onChange={(value) => value && set("type", value)}
            options={CUSTOM_FIELD_TYPES}
            label={(value) => t(`customFieldType.${value}`)}
            placeholder={t("general.choose")}
            data-testid="spa-crm-custom-field-type"
          />
        ) : (
          <Input id="spa-crm-custom-field-type" value={t(`customFieldType.${form.type}`)} disabled />
        )}
      </FormField>
      {form.type === "select" && (
        <FormField
          id="spa-crm-custom-field-options"
          label={t("customFields.fields.options")}
          required
          hint={t("customFields.optionsHint")}
          error={errors.options}
        >
          <ChipInput
            id="spa-crm-custom-field-options"
            value={form.options}
            onChange={(value) => set("options", value)}
            placeholder={t("customFields.optionsPlaceholder")}
            removeLabel={t("general.remove")}
            data-testid="spa-crm-custom-field-options"
          />
        </FormField>
      )}
      <FormField id="spa-crm-custom-field-rank" label={t("customFields.fields.rank")} hint={t("customFields.rankHint")} error={errors.rank}>
        <Input
          id="spa-crm-custom-field-rank"
          type="number"
          min={0}
          step={1}
          value={form.rank}
          onChange={(e) => set("rank", e.target.value)}
          data-testid="spa-crm-custom-field-rank"
        />
      </FormField>
      <div className="shadow-elevation-card-rest bg-ui-bg-component flex items-start gap-x-3 rounded-lg p-3">
        <Switch
          id="spa-crm-custom-field-required"
          checked={form.required}
          onCheckedChange={(checked) => set("required", checked)}
          data-testid="spa-crm-custom-field-required"
        />
        <label htmlFor="spa-crm-custom-field-required" className="flex flex-col">
          <Text size="small" leading="compact" weight="plus">
            {t("customFields.fields.required")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("customFields.requiredHint")}
          </Text>
        </label>
      </div>
    </FormDrawer>
  )
}
