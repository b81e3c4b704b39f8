import { createDataTableColumnHelper, Input, Textarea } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"

import { FormDrawer } from "../../../../components/form-drawer"
import { FormField } from "../../../../components/form-field"
import { useCreateSource, useDeleteSource, useSources, useUpdateSource } from "../../../../hooks/api/sources"
import { useFormErrors } from "../../../../hooks/use-form-errors"
import { formatNumber, useCrmTranslation } from "../../../../lib/format"
import type { Source } from "../../../../lib/types"
import { RowActions } from "../../../../components/row-actions"
import { SettingsTable } from "./settings-table"
import { SourceStatsSection } from "./source-stats-section"
import { usePagedSearch } from "../../../../hooks/use-paged-search"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<Source>()

/** P4: the channels customers come through, and how well each one sells. */
export const SourcesTab = () => {
  const { t, locale } = useCrmTranslation()
  const { query, pagination, search } = usePagedSearch(PAGE_SIZE)
  const [editing, setEditing] = useState<Source | "new" | null>(null)
  const { sources = [], count = 0, isPending } = useSources(query)
  const { mutate: deleteSource } = useDeleteSource()

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: t("sources.fields.name"),
        cell: ({ getValue }) => <span data-testid="spa-crm-source-row-name">{getValue()}</span>,
      }),
      columnHelper.accessor("description", {
        header: t("sources.fields.description"),
        cell: ({ getValue }) => <span className="text-ui-fg-subtle">{getValue() || "-"}</span>,
      }),
      columnHelper.accessor("customer_count", {
        header: t("general.customers"),
        cell: ({ getValue }) => formatNumber(getValue() ?? 0, locale),
      }),
      columnHelper.display({
        id: "action",
        cell: ({ row: { original: source } }) => (
          <RowActions
            testId="spa-crm-source-row"
            onEdit={() => setEditing(source)}
            deleteTexts={{
              title: t("sources.deleteTitle"),
              description: t("sources.deleteDescription", { name: source.name, count: source.customer_count ?? 0 }),
              done: t("sources.deleted", { name: source.name }),
            }}
            onDelete={(callbacks) => deleteSource(source.id, callbacks)}
          />
        ),
      }),
    ],
    [t, locale, deleteSource]
  )

  return (
    <div className="flex flex-col gap-y-3">
      <SettingsTable
        data-testid="spa-crm-settings-sources"
        heading={t("sources.settingsTitle")}
        subHeading={t("sources.settingsSubtitle")}
        data={sources}
        columns={columns}
        getRowId={(row) => row.id}
        isLoading={isPending}
        rowCount={count}
        pagination={pagination}
        search={search}
        createLabel={t("general.create")}
        onCreate={() => setEditing("new")}
        createTestId="spa-crm-source-create"
        emptyHeading={t("sources.emptyTitle")}
        emptyDescription={t("sources.emptyMessage")}
      />
      <SourceStatsSection />
      <SourceDrawer source={editing} onClose={() => setEditing(null)} />
    </div>
  )
}

type SourceDrawerProps = { source: Source | "new" | null; onClose: () => void }

const SourceDrawer = ({ source, onClose }: SourceDrawerProps) => {
  const { t } = useCrmTranslation()
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const { errors, setErrors, saveCallbacks } = useFormErrors({ idPrefix: "spa-crm-source-", onSaved: onClose })
  const create = useCreateSource()
  const update = useUpdateSource()

  useEffect(() => {
    if (source) {
      setName(source === "new" ? "" : source.name)
      setDescription(source === "new" ? "" : source.description ?? "")
      setErrors({})
    }
  }, [source])

  const submit = () => {
    const body = { name: name.trim(), description: description.trim() || null }
    if (!body.name) return setErrors({ name: t("general.fieldRequired") })
    if (source === "new") create.mutate(body, saveCallbacks(t("sources.created", { name: body.name })))
    else if (source) update.mutate({ id: source.id, ...body }, saveCallbacks(t("sources.updated", { name: body.name })))
  }

  return (
    <FormDrawer
      open={!!source}
      onOpenChange={(open) => !open && onClose()}
      title={source === "new" ? t("sources.createTitle") : t("sources.editTitle")}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      submitTestId="spa-crm-source-save"
      data-testid="spa-crm-source-drawer"
    >
      <FormField id="spa-crm-source-name" label={t("sources.fields.name")} required error={errors.name}>
        <Input
          id="spa-crm-source-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t("sources.namePlaceholder")}
          data-testid="spa-crm-source-name"
        />
      </FormField>
      <FormField id="spa-crm-source-description" label={t("sources.fields.description")} error={errors.description}>
        <Textarea
          id="spa-crm-source-description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={3}
          data-testid="spa-crm-source-description"
        />
      </FormField>
    </FormDrawer>
  )
}
