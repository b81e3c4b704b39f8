import { Checkbox, Label, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"

import { useSetOrderStaff, useStaffUsers } from "../../hooks/api/feedback"
import { toastError } from "../../lib/errors"
import { personName, useCrmTranslation } from "../../lib/format"
import { FormDrawer } from "../form-drawer"
import { LoadState } from "../load-state"

type Props = { orderId: string; current: string[]; open: boolean; onOpenChange: (open: boolean) => void }

/** Picks who served the order among the admin users (several may have). */
export const StaffDrawer = ({ orderId, current, open, onOpenChange }: Props) => {
  const { t } = useCrmTranslation("spa-crm-feedback")
  const { data, isPending, isError, error } = useStaffUsers()
  const [chosen, setChosen] = useState<string[]>(current)
  useEffect(() => {
    if (open) setChosen(current)
  }, [open, current.join(",")])
  const save = useSetOrderStaff(orderId, {
    onSuccess: () => {
      toast.success(t("order.saved"))
      onOpenChange(false)
    },
    onError: (e) => toastError(e, t("order.saveError")),
  })
  const toggle = (id: string, on: boolean) => setChosen((prev) => (on ? [...prev, id] : prev.filter((x) => x !== id)))

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("order.assignTitle")}
      description={t("order.assignDescription")}
      isPending={save.isPending}
      submitTestId="spa-crm-order-staff-save"
      data-testid="spa-crm-order-staff-drawer"
      onSubmit={() => save.mutate(chosen)}
    >
      {isPending || isError ? (
        <LoadState error={isError ? error : null} />
      ) : (
        <div className="flex flex-col gap-y-3">
          {(data?.users ?? []).map((user) => (
            <div key={user.id} className="flex items-center gap-x-2">
              <Checkbox
                id={`spa-crm-staff-${user.id}`}
                checked={chosen.includes(user.id)}
                onCheckedChange={(on) => toggle(user.id, on === true)}
                data-testid="spa-crm-order-staff-option"
              />
              <Label htmlFor={`spa-crm-staff-${user.id}`} size="small">
                {personName(user)}
              </Label>
            </div>
          ))}
        </div>
      )}
    </FormDrawer>
  )
}
