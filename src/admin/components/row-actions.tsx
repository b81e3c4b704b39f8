import { PencilSquare, Trash } from "@medusajs/icons"

import { type ActionCallbacks, useConfirmedAction } from "../hooks/use-confirmed-action"
import { useCrmTranslation } from "../lib/format"
import { ActionMenu } from "./action-menu"

type RowActionsProps = {
  /** "spa-crm-tag-row" gives "spa-crm-tag-row-actions" and "spa-crm-tag-row-delete". */
  testId: string
  onEdit: () => void
  /** What the confirmation Prompt and the toast afterwards say. */
  deleteTexts: { title: string; description: string; done: string }
  onDelete: (callbacks: ActionCallbacks) => void
}

/** A settings row's "…" menu: Edit, and Delete after the dashboard's confirmation Prompt. */
export const RowActions = ({ testId, onEdit, deleteTexts, onDelete }: RowActionsProps) => {
  const { t } = useCrmTranslation()
  const confirmed = useConfirmedAction()

  const remove = () =>
    confirmed({
      ...deleteTexts,
      confirmText: t("general.delete"),
      errorFallback: t("general.deleteError"),
      run: onDelete,
    })

  return (
    <ActionMenu
      data-testid={`${testId}-actions`}
      groups={[
        [{ label: t("general.edit"), icon: <PencilSquare />, onClick: onEdit, "data-testid": `${testId}-edit` }],
        [{ label: t("general.delete"), icon: <Trash />, onClick: remove, "data-testid": `${testId}-delete` }],
      ]}
    />
  )
}
