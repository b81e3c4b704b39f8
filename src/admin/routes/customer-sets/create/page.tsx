import { toast } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"

import { SetEditor } from "../../../components/customer-sets/set-editor"
import { useCreateCustomerSet } from "../../../hooks/api/customer-sets"
import { emptyRuleGroup } from "../../../lib/customer-set-rules"
import { useCrmTranslation } from "../../../lib/format"

/** A new set: its rules built with the live count beside them; saving evaluates it at once. */
const CreateCustomerSetPage = () => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const navigate = useNavigate()
  const create = useCreateCustomerSet()

  return (
    <SetEditor
      title={t("editor.newTitle")}
      initial={{ name: "", description: null, kind: "dynamic", rules: emptyRuleGroup() }}
      isPending={create.isPending}
      errorMessage={create.error?.message}
      submitLabel={t("editor.create")}
      onSubmit={(payload) =>
        create.mutate(payload, {
          onSuccess: ({ customer_set }) => {
            toast.success(t("editor.created", { name: customer_set.name, count: customer_set.member_count }))
            navigate(`/customer-sets/${customer_set.id}`)
          },
        })
      }
    />
  )
}

export default CreateCustomerSetPage
