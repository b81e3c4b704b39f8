import { XCircle } from "@medusajs/icons"
import { createDataTableColumnHelper, Input, StatusBadge } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"

import { ActionMenu } from "../../../../components/action-menu"
import { FormDrawer } from "../../../../components/form-drawer"
import { FormField } from "../../../../components/form-field"
import { OptionSelect } from "../../../../components/option-select"
import { useCreateIntakeKey, useIntakeKeys, useRevokeIntakeKey } from "../../../../hooks/api/intake-keys"
import { useSources } from "../../../../hooks/api/sources"
import { useConfirmedAction } from "../../../../hooks/use-confirmed-action"
import { useFormErrors } from "../../../../hooks/use-form-errors"
import { formatDateTime, useCrmTranslation } from "../../../../lib/format"
import type { IntakeKey } from "../../../../lib/types"
import { IntakeKeyTokenPrompt } from "./intake-key-token-prompt"
import { SettingsTable } from "./settings-table"
import { usePagedSearch } from "../../../../hooks/use-paged-search"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<IntakeKey>()

/** P9: the keys booking widgets and lead forms post leads with, one source each. */
export const IntakeKeysTab = () => {
  const { t, locale } = useCrmTranslation()
  // the API pages keys but has no search
  const {
    query: { limit, offset },
    pagination,
  } = usePagedSearch(PAGE_SIZE)
  const [creating, setCreating] = useState(false)
  const [token, setToken] = useState<string | null>(null)
  const { intake_keys: keys = [], count = 0, isPending } = useIntakeKeys({ limit, offset })

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: t("intakeKeys.fields.name"),
        cell: ({ getValue }) => <span data-testid="spa-crm-intake-key-row">{getValue()}</span>,
      }),
      columnHelper.accessor("source", {
        header: t("intakeKeys.fields.source"),
        cell: ({ getValue }) => getValue()?.name ?? "-",
      }),
      columnHelper.accessor("redacted", {
        header: t("intakeKeys.fields.key"),
        cell: ({ getValue }) => <span className="txt-compact-small text-ui-fg-subtle font-mono">{`lik_…${getValue()}`}</span>,
      }),
      columnHelper.accessor("created_at", {
        header: t("intakeKeys.fields.createdAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), locale),
      }),
      columnHelper.accessor("last_lead_at", {
        header: t("intakeKeys.fields.lastLeadAt"),
        cell: ({ getValue }) => {
          const at = getValue()
          return at ? formatDateTime(at, locale) : <span className="text-ui-fg-muted">{t("intakeKeys.never")}</span>
        },
      }),
      columnHelper.accessor("revoked_at", {
        header: t("intakeKeys.fields.status"),
        cell: ({ getValue }) => {
          const revokedAt = getValue()
          return (
            <StatusBadge
              color={revokedAt ? "red" : "green"}
              title={revokedAt ? formatDateTime(revokedAt, locale) : undefined}
              data-testid="spa-crm-intake-key-status"
              data-status={revokedAt ? "revoked" : "active"}
            >
              {revokedAt ? t("intakeKeys.status.revoked") : t("intakeKeys.status.active")}
            </StatusBadge>
          )
        },
      }),
      columnHelper.display({
        id: "action",
        cell: ({ row: { original: key } }) => (key.revoked_at ? null : <RevokeAction intakeKey={key} />),
      }),
    ],
    [t, locale]
  )

  return (
    <>
      <SettingsTable
        data-testid="spa-crm-settings-intake-keys"
        heading={t("intakeKeys.settingsTitle")}
        subHeading={t("intakeKeys.settingsSubtitle")}
        data={keys}
        columns={columns}
        getRowId={(row) => row.id}
        isLoading={isPending}
        rowCount={count}
        pagination={pagination}
        createLabel={t("intakeKeys.create")}
        onCreate={() => setCreating(true)}
        createTestId="spa-crm-intake-key-create"
        emptyHeading={t("intakeKeys.emptyTitle")}
        emptyDescription={t("intakeKeys.emptyMessage")}
      />
      <IntakeKeyDrawer open={creating} onClose={() => setCreating(false)} onCreated={setToken} />
      <IntakeKeyTokenPrompt token={token} onClose={() => setToken(null)} />
    </>
  )
}

/** A live key's "…" menu: Revoke, after the dashboard's confirmation Prompt. */
const RevokeAction = ({ intakeKey }: { intakeKey: IntakeKey }) => {
  const { t } = useCrmTranslation()
  const confirmed = useConfirmedAction()
  const { mutate: revoke } = useRevokeIntakeKey()

  const onRevoke = () =>
    confirmed({
      title: t("intakeKeys.revokeTitle"),
      description: t("intakeKeys.revokeDescription", { name: intakeKey.name }),
      confirmText: t("intakeKeys.revoke"),
      done: t("intakeKeys.revoked", { name: intakeKey.name }),
      errorFallback: t("intakeKeys.revokeError"),
      run: (callbacks) => revoke(intakeKey.id, callbacks),
    })

  return (
    <ActionMenu
      data-testid="spa-crm-intake-key-row-actions"
      groups={[
        [{ label: t("intakeKeys.revoke"), icon: <XCircle />, onClick: onRevoke, "data-testid": "spa-crm-intake-key-revoke" }],
      ]}
    />
  )
}

type IntakeKeyDrawerProps = { open: boolean; onClose: () => void; onCreated: (token: string) => void }

/** Name and source of a new key; once created, its token goes to the prompt that shows it once. */
const IntakeKeyDrawer = ({ open, onClose, onCreated }: IntakeKeyDrawerProps) => {
  const { t } = useCrmTranslation()
  const [name, setName] = useState("")
  const [sourceId, setSourceId] = useState<string | null>(null)
  const { errors, setErrors, saveCallbacks } = useFormErrors({ idPrefix: "spa-crm-intake-key-", onSaved: onClose })
  // the API gives 100 at most a page: more sources than that is not a spa
  const { sources = [] } = useSources({ limit: 100 }, { enabled: open })
  const create = useCreateIntakeKey()

  useEffect(() => {
    if (open) {
      setName("")
      setSourceId(null)
      setErrors({})
    }
  }, [open])

  const submit = () => {
    const trimmed = name.trim()
    if (!trimmed || !sourceId) {
      return setErrors({
        ...(trimmed ? {} : { name: t("general.fieldRequired") }),
        ...(sourceId ? {} : { source_id: t("general.fieldRequired") }),
      })
    }
    const callbacks = saveCallbacks(t("intakeKeys.created", { name: trimmed }))
    create.mutate(
      { name: trimmed, source_id: sourceId },
      {
        ...callbacks,
        onSuccess: ({ token }) => {
          callbacks.onSuccess()
          onCreated(token)
        },
      }
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={t("intakeKeys.createTitle")}
      description={t("intakeKeys.createDescription")}
      onSubmit={submit}
      isPending={create.isPending}
      submitLabel={t("general.create")}
      submitTestId="spa-crm-intake-key-save"
      data-testid="spa-crm-intake-key-drawer"
    >
      <FormField
        id="spa-crm-intake-key-name"
        label={t("intakeKeys.fields.name")}
        required
        hint={t("intakeKeys.nameHint")}
        error={errors.name}
      >
        <Input
          id="spa-crm-intake-key-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t("intakeKeys.namePlaceholder")}
          maxLength={100}
          data-testid="spa-crm-intake-key-name"
        />
      </FormField>
      <FormField
        id="spa-crm-intake-key-source_id"
        label={t("intakeKeys.fields.source")}
        required
        hint={t("intakeKeys.sourceHint")}
        error={errors.source_id}
      >
        <OptionSelect
          id="spa-crm-intake-key-source_id"
          value={sourceId}
          onChange={setSourceId}
          options={sources.map((source) => source.id)}
          label={(id) => sources.find((source) => source.id === id)?.name ?? id}
          placeholder={sources.length ? t("sources.choose") : t("sources.noneDefined")}
          data-testid="spa-crm-intake-key-source"
        />
      </FormField>
    </FormDrawer>
  )
}
