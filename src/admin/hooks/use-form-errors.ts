import { toast } from "@medusajs/ui"
import { useState } from "react"

import { fieldErrorsFromMessage, revealFirstError, toastError } from "../lib/errors"
import { useCrmTranslation } from "../lib/format"

type UseFormErrorsOptions = {
  /** Controls carry the id `${idPrefix}${field}`, so an error can be scrolled into view. */
  idPrefix: string
  onSaved: () => void
}

/**
 * A drawer form's errors and its save callbacks: success says so and closes;
 * a rejected save shows the server's message in a toast and under the fields
 * it names, and the drawer stays open.
 */
export const useFormErrors = ({ idPrefix, onSaved }: UseFormErrorsOptions) => {
  const { t } = useCrmTranslation()
  const [errors, setErrors] = useState<Record<string, string>>({})

  const saveCallbacks = (successMessage: string) => ({
    onSuccess: () => {
      toast.success(successMessage)
      onSaved()
    },
    onError: (error: Error) => {
      const fieldErrors = fieldErrorsFromMessage(error.message)
      setErrors(fieldErrors)
      toastError(error, t("general.saveError"))
      revealFirstError(fieldErrors, idPrefix)
    },
  })

  return { errors, setErrors, saveCallbacks }
}
