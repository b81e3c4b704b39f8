import { Badge, createDataTableColumnHelper, Input } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"

import { FormDrawer } from "../../../../components/form-drawer"
import { FormField } from "../../../../components/form-field"
import { OptionSelect } from "../../../../components/option-select"
import { useCreateTag, useDeleteTag, useTags, useUpdateTag } from "../../../../hooks/api/tags"
import { useFormErrors } from "../../../../hooks/use-form-errors"
import { formatNumber, useCrmTranslation } from "../../../../lib/format"
import { TAG_COLORS, type Tag, type TagColor } from "../../../../lib/types"
import { RowActions } from "../../../../components/row-actions"
import { SettingsTable } from "./settings-table"
import { usePagedSearch } from "../../../../hooks/use-paged-search"

const PAGE_SIZE = 20
// whole class names, so Tailwind generates them
const SWATCHES: Record<TagColor, string> = {
  grey: "bg-ui-tag-neutral-icon",
  red: "bg-ui-tag-red-icon",
  orange: "bg-ui-tag-orange-icon",
  green: "bg-ui-tag-green-icon",
  blue: "bg-ui-tag-blue-icon",
  purple: "bg-ui-tag-purple-icon",
}
const columnHelper = createDataTableColumnHelper<Tag>()

/** P3: the tags staff can put on customers, with how many customers carry each. */
export const TagsTab = () => {
  const { t, locale } = useCrmTranslation()
  const { query, pagination, search } = usePagedSearch(PAGE_SIZE)
  const [editing, setEditing] = useState<Tag | "new" | null>(null)
  const { tags = [], count = 0, isPending } = useTags(query)
  const { mutate: deleteTag } = useDeleteTag()

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: t("tags.fields.name"),
        cell: ({ row }) => (
          <Badge size="2xsmall" color={row.original.color} data-testid="spa-crm-tag-row-name">
            {row.original.name}
          </Badge>
        ),
      }),
      columnHelper.accessor("color", {
        header: t("tags.fields.color"),
        cell: ({ getValue }) => <ColorName color={getValue()} />,
      }),
      columnHelper.accessor("customer_count", {
        header: t("general.customers"),
        cell: ({ getValue }) => formatNumber(getValue() ?? 0, locale),
      }),
      columnHelper.display({
        id: "action",
        cell: ({ row: { original: tag } }) => (
          <RowActions
            testId="spa-crm-tag-row"
            onEdit={() => setEditing(tag)}
            deleteTexts={{
              title: t("tags.deleteTitle"),
              description: t("tags.deleteDescription", { name: tag.name, count: tag.customer_count ?? 0 }),
              done: t("tags.deleted", { name: tag.name }),
            }}
            onDelete={(callbacks) => deleteTag(tag.id, callbacks)}
          />
        ),
      }),
    ],
    [t, locale, deleteTag]
  )

  return (
    <>
      <SettingsTable
        data-testid="spa-crm-settings-tags"
        heading={t("tags.settingsTitle")}
        subHeading={t("tags.settingsSubtitle")}
        data={tags}
        columns={columns}
        getRowId={(row) => row.id}
        isLoading={isPending}
        rowCount={count}
        pagination={pagination}
        search={search}
        createLabel={t("general.create")}
        onCreate={() => setEditing("new")}
        createTestId="spa-crm-tag-create"
        emptyHeading={t("tags.emptyTitle")}
        emptyDescription={t("tags.emptyMessage")}
      />
      <TagDrawer tag={editing} onClose={() => setEditing(null)} />
    </>
  )
}

/** A colour's swatch and its name. */
const ColorName = ({ color }: { color: TagColor }) => {
  const { t } = useCrmTranslation()
  return (
    <span className="flex items-center gap-x-2">
      <span className={`size-2 shrink-0 rounded-full ${SWATCHES[color] ?? SWATCHES.grey}`} />
      {t(`colors.${color}`)}
    </span>
  )
}

type TagDrawerProps = { tag: Tag | "new" | null; onClose: () => void }

const TagDrawer = ({ tag, onClose }: TagDrawerProps) => {
  const { t } = useCrmTranslation()
  const [name, setName] = useState("")
  const [color, setColor] = useState<TagColor>("grey")
  const { errors, setErrors, saveCallbacks } = useFormErrors({ idPrefix: "spa-crm-tag-", onSaved: onClose })
  const create = useCreateTag()
  const update = useUpdateTag()

  useEffect(() => {
    if (tag) {
      setName(tag === "new" ? "" : tag.name)
      setColor(tag === "new" ? "grey" : tag.color)
      setErrors({})
    }
  }, [tag])

  const submit = () => {
    const body = { name: name.trim(), color }
    if (!body.name) return setErrors({ name: t("general.fieldRequired") })
    if (tag === "new") create.mutate(body, saveCallbacks(t("tags.created", { name: body.name })))
    else if (tag) update.mutate({ id: tag.id, ...body }, saveCallbacks(t("tags.updated", { name: body.name })))
  }

  return (
    <FormDrawer
      open={!!tag}
      onOpenChange={(open) => !open && onClose()}
      title={tag === "new" ? t("tags.createTitle") : t("tags.editTitle")}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      submitTestId="spa-crm-tag-save"
      data-testid="spa-crm-tag-drawer"
    >
      <FormField id="spa-crm-tag-name" label={t("tags.fields.name")} required error={errors.name}>
        <Input
          id="spa-crm-tag-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t("tags.namePlaceholder")}
          data-testid="spa-crm-tag-name"
        />
      </FormField>
      <FormField id="spa-crm-tag-color" label={t("tags.fields.color")} error={errors.color}>
        <OptionSelect
          id="spa-crm-tag-color"
          value={color}
          onChange={(value) => value && setColor(value)}
          options={TAG_COLORS}
          label={(value) => <ColorName color={value} />}
          placeholder={t("general.choose")}
          data-testid="spa-crm-tag-color"
        />
      </FormField>
      <FormField id="spa-crm-tag-preview" label={t("tags.preview")}>
        <div>
          <Badge size="small" color={color}>
            {name.trim() || t("tags.namePlaceholder")}
          </Badge>
        </div>
      </FormField>
    </FormDrawer>
  )
}
