import { Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"

import type { AdminFollowUp } from "../../../types/feedback"
import { useCloseFollowUp } from "../../hooks/api/feedback"
import { toastError } from "../../lib/errors"
import { personName, useCrmTranslation } from "../../lib/format"
import { FormDrawer } from "../form-drawer"
import { FormField } from "../form-field"

type Props = { followUp: AdminFollowUp | null; onOpenChange: (open: boolean) => void }

/** Asks what came of the contact, then closes the follow-up (which logs a call on her timeline). */
export const CloseFollowUpDrawer = ({ followUp, onOpenChange }: Props) => {
  const { t } = useCrmTranslation("spa-crm-feedback")
  const [outcome, setOutcome] = useState("")
  const [error, setError] = useState<string>()
  const close = useCloseFollowUp({
    onSuccess: () => {
      toast.success(t("followUps.closed"))
      onOpenChange(false)
    },
    onError: (e) => toastError(e, t("followUps.closeError")),
  })
  useEffect(() => {
    setOutcome("")
    setError(undefined)
  }, [followUp?.id])

  const name = followUp?.customer ? personName(followUp.customer) : ""
  return (
    <FormDrawer
      open={!!followUp}
      onOpenChange={onOpenChange}
      title={t("followUps.closeTitle")}
      description={t("followUps.closeDescription", { name })}
      isPending={close.isPending}
      submitLabel={t("followUps.close")}
      submitTestId="spa-crm-follow-up-close-submit"
      data-testid="spa-crm-follow-up-close-drawer"
      onSubmit={() => {
        if (!followUp) return
        if (!outcome.trim()) return setError(t("general.fieldRequired", { ns: "spa-crm" }))
        close.mutate({ id: followUp.id, customer_id: followUp.customer_id, outcome: outcome.trim() })
      }}
    >
      <FormField id="spa-crm-follow-up-outcome" label={t("followUps.outcome")} required error={error}>
        <Textarea
          id="spa-crm-follow-up-outcome"
          rows={4}
          value={outcome}
          placeholder={t("followUps.outcomePlaceholder")}
          onChange={(e) => setOutcome(e.target.value)}
          data-testid="spa-crm-follow-up-outcome"
        />
      </FormField>
    </FormDrawer>
  )
}
