import { PencilSquare, Trash } from "@medusajs/icons"
import { toast, usePrompt } from "@medusajs/ui"

import { toastError } from "../lib/errors"
import { useCrmTranslation } from "../lib/format"
import { ActionMenu } from "./action-menu"

type DeleteCallbacks = { onSuccess: () => void; onError: (error: Error) => void }

type RowActionsProps = {
  /** "spa-crm-tag-row" gives "spa-crm-tag-row-actions" and "spa-crm-tag-row-delete". */
  testId: string
  onEdit: () => void
  /** What the confirmation Prompt and the toast afterwards say. */
  deleteTexts: { title: string; description: string; done: string }
  onDelete: (callbacks: DeleteCallbacks) => void
}

/** A settings row's "…" menu: Edit, and Delete after the dashboard's confirmation Prompt. */
export const RowActions = ({ testId, onEdit, deleteTexts, onDelete }: RowActionsProps) => {
  const { t } = useCrmTranslation()
  const prompt = usePrompt()

  const remove = async () => {
    const confirmed = await prompt({
      title: deleteTexts.title,
      description: deleteTexts.description,
      confirmText: t("general.delete"),
      cancelText: t("general.cancel"),
    })
    if (!confirmed) return
    onDelete({
      onSuccess: () => toast.success(deleteTexts.done),
      onError: (error) => toastError(error, t("general.deleteError")),
    })
  }

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
