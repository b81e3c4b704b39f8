import { ArrowPath, Trash } from "@medusajs/icons"
import { Badge, Container, Heading, Text, toast } from "@medusajs/ui"
import { useNavigate, useParams } from "react-router-dom"

import { ActionMenu } from "../../../components/action-menu"
import { SetEditor } from "../../../components/customer-sets/set-editor"
import { SetMembers } from "../../../components/customer-sets/set-members"
import { SetPromotions } from "../../../components/customer-sets/set-promotions"
import { LoadState } from "../../../components/load-state"
import {
  useCustomerSet,
  useDeleteCustomerSet,
  useEvaluateCustomerSet,
  useUpdateCustomerSet,
} from "../../../hooks/api/customer-sets"
import { useConfirmedAction } from "../../../hooks/use-confirmed-action"
import { toastError } from "../../../lib/errors"
import { formatDateTime, formatNumber, useCrmTranslation } from "../../../lib/format"

/** One set: its size and last evaluation, its rules (editable), its members and its promotions. */
const CustomerSetPage = () => {
  const { id = "" } = useParams()
  const { t, locale } = useCrmTranslation("spa-crm-sets")
  const navigate = useNavigate()
  const confirm = useConfirmedAction()
  const { customer_set: set, isPending, error } = useCustomerSet(id)
  const update = useUpdateCustomerSet(id)
  const evaluate = useEvaluateCustomerSet(id)
  const remove = useDeleteCustomerSet()

  if (isPending || error || !set) return <Container className="p-0"><LoadState error={error} rows={6} /></Container>

  return (
    <div className="flex flex-col gap-y-3" data-testid="spa-crm-customer-set">
      <Container className="flex items-start justify-between px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading>{set.name}</Heading>
            <Badge size="2xsmall" color={set.kind === "dynamic" ? "blue" : "grey"}>{t(`kind.${set.kind}`)}</Badge>
          </div>
          {set.description && <Text size="small" className="text-ui-fg-subtle">{set.description}</Text>}
          <Text size="small" data-testid="spa-crm-set-member-count" data-count={set.member_count}>
            {t("detail.members", { count: set.member_count, formatted: formatNumber(set.member_count, locale) })}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted" data-testid="spa-crm-set-evaluated">
            {set.evaluated_at
              ? t("detail.evaluated", { at: formatDateTime(set.evaluated_at, locale), ms: set.evaluation_ms ?? 0 })
              : t("list.never")}
            {" · "}
            {t(`kind.${set.kind}Hint`)}
          </Text>
        </div>
        <ActionMenu
          data-testid="spa-crm-set-actions"
          groups={[
            [
              {
                label: set.kind === "static" ? t("detail.snapshot") : t("detail.evaluate"),
                icon: <ArrowPath />,
                "data-testid": "spa-crm-set-evaluate",
                onClick: () =>
                  evaluate.mutate(undefined, {
                    onSuccess: ({ customer_set }) => toast.success(t("detail.evaluatedToast", { count: customer_set.member_count })),
                    onError: (e) => toastError(e, t("detail.evaluateError")),
                  }),
              },
            ],
            [
              {
                label: t("detail.delete"),
                icon: <Trash />,
                "data-testid": "spa-crm-set-delete",
                onClick: () =>
                  confirm({
                    title: t("detail.deleteTitle"),
                    description: t("detail.deleteDescription", { name: set.name }),
                    confirmText: t("detail.delete"),
                    done: t("detail.deleted", { name: set.name }),
                    errorFallback: t("detail.deleteError"),
                    run: (callbacks) =>
                      remove.mutate(set.id, {
                        onSuccess: () => {
                          callbacks.onSuccess()
                          navigate("/customer-sets")
                        },
                        onError: callbacks.onError,
                      }),
                  }),
              },
            ],
          ]}
        />
      </Container>
      <SetEditor
        // a fresh editor when the saved set changes, so it shows what was saved
        key={set.updated_at}
        title={t("editor.title")}
        initial={{ name: set.name, description: set.description, kind: set.kind, rules: set.rules }}
        isPending={update.isPending}
        errorMessage={update.error?.message}
        submitLabel={t("editor.save")}
        onSubmit={(payload) =>
          update.mutate(payload, {
            onSuccess: ({ customer_set }) => toast.success(t("editor.saved", { count: customer_set.member_count })),
          })
        }
      />
      <SetMembers setId={set.id} />
      <SetPromotions setId={set.id} setName={set.name} />
    </div>
  )
}

export default CustomerSetPage
