import { toast, usePrompt } from "@medusajs/ui"

import { toastError } from "../lib/errors"
import { useCrmTranslation } from "../lib/format"

export type ActionCallbacks = { onSuccess: () => void; onError: (error: Error) => void }

type ConfirmedAction = {
  /** What the dashboard's confirmation Prompt says. */
  title: string
  description: string
  confirmText: string
  /** The toast once it is done, and the one when the server gives no message. */
  done: string
  errorFallback: string
  /** Runs the mutation with the callbacks that toast its outcome. */
  run: (callbacks: ActionCallbacks) => void
}

/** A destructive action (delete, revoke) asked for with the dashboard's Prompt, then toasted. */
export const useConfirmedAction = () => {
  const { t } = useCrmTranslation()
  const prompt = usePrompt()

  return async ({ title, description, confirmText, done, errorFallback, run }: ConfirmedAction) => {
    const confirmed = await prompt({ title, description, confirmText, cancelText: t("general.cancel") })
    if (!confirmed) return
    run({
      onSuccess: () => toast.success(done),
      onError: (error) => toastError(error, errorFallback),
    })
  }
}
