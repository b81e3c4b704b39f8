import { Funnel } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"

import type { RecencyBucket } from "../../../types/analytics"
import { useCreateCustomerSet } from "../../hooks/api/customer-sets"
import { toastError } from "../../lib/errors"
import { useCrmTranslation } from "../../lib/format"
import { recencyBucketRules } from "../../lib/recency-set-rules"

/**
 * "Make a customer set from this bucket": a dynamic set whose rule is the
 * bucket's days since the last order, so it keeps following the customers
 * as days pass and they come back; the set's page opens with its members.
 */
export const MakeSetButton = ({ bucket, count }: { bucket: RecencyBucket; count: number }) => {
  const { t, locale } = useCrmTranslation("spa-crm-analytics")
  const navigate = useNavigate()
  const create = useCreateCustomerSet()
  const label = t(`recency.buckets.${bucket}`)
  const today = new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date())

  const make = () =>
    create.mutate(
      {
        name: t("recency.set.name", { bucket: label, date: today }),
        description: t("recency.set.description", { bucket: label }),
        kind: "dynamic",
        rules: recencyBucketRules(bucket),
      },
      {
        onSuccess: ({ customer_set }) => {
          toast.success(t("recency.set.created", { name: customer_set.name, count: customer_set.member_count }))
          navigate(`/customer-sets/${customer_set.id}`)
        },
        onError: (error) => toastError(error, t("recency.set.failed")),
      }
    )

  return (
    <Button
      size="small"
      variant="secondary"
      onClick={make}
      isLoading={create.isPending}
      disabled={count === 0}
      title={t("recency.set.hint")}
      data-testid="spa-crm-analytics-make-set"
    >
      <Funnel />
      {t("recency.set.button")}
    </Button>
  )
}
