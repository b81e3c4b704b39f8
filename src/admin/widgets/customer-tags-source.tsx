import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { XMarkMini } from "@medusajs/icons"
import { Badge, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"

import { OptionSelect } from "../components/option-select"
import { TagPicker } from "../components/tags/tag-picker"
import { useCustomerCrm, useUpdateCustomerCrm } from "../hooks/api/customer-crm"
import { useSources } from "../hooks/api/sources"
import { useChangeTagCustomers } from "../hooks/api/tags"
import { toastError } from "../lib/errors"
import { formatDateTime, useCrmTranslation } from "../lib/format"
import type { Tag, TagSummary } from "../lib/types"

/** P3/P4 on the customer: her tags (add / remove) and the channel she first came through. */
const CustomerTagsSourceWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, locale } = useCrmTranslation()
  const { crm_profile: profile, tags = [], isPending } = useCustomerCrm(customer.id)
  const { sources = [], isPending: sourcesPending } = useSources({ limit: 100 })
  const changeTag = useChangeTagCustomers()
  const updateProfile = useUpdateCustomerCrm(customer.id)

  const addTag = (tag: Tag) =>
    changeTag.mutate(
      { tagId: tag.id, add: [customer.id] },
      {
        onSuccess: () => toast.success(t("tags.added", { name: tag.name })),
        onError: (error) => toastError(error, t("general.saveError")),
      }
    )

  const removeTag = (tag: TagSummary) =>
    changeTag.mutate(
      { tagId: tag.id, remove: [customer.id] },
      {
        onSuccess: () => toast.success(t("tags.removed", { name: tag.name })),
        onError: (error) => toastError(error, t("general.saveError")),
      }
    )

  const setSource = (sourceId: string | null) =>
    updateProfile.mutate(
      { source_id: sourceId },
      {
        onSuccess: () => toast.success(t("sources.customerSourceSaved")),
        onError: (error) => toastError(error, t("general.saveError")),
      }
    )

  const source = profile?.source ?? null
  // a source that was deleted since still shows by its name
  const sourceIds = sources.map((s) => s.id)
  if (source && !sourceIds.includes(source.id)) sourceIds.push(source.id)
  const sourceName = (id: string) => sources.find((s) => s.id === id)?.name ?? source?.name ?? id

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-tags-source">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("tags.title")}</Heading>
        <TagPicker assignedIds={tags.map((tag) => tag.id)} onPick={addTag} disabled={isPending || changeTag.isPending} />
      </div>
      <div className="px-6 py-4" data-testid="spa-crm-tag-list">
        {isPending ? (
          <Skeleton className="h-5 w-2/3" />
        ) : tags.length === 0 ? (
          <Text size="small" className="text-ui-fg-muted">
            {t("tags.noneOnCustomer")}
          </Text>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {tags.map((tag) => (
              <li key={tag.id}>
                <Badge size="small" color={tag.color} className="gap-x-0.5 pr-1" data-testid="spa-crm-tag">
                  <span>{tag.name}</span>
                  <button
                    type="button"
                    onClick={() => removeTag(tag)}
                    disabled={changeTag.isPending}
                    aria-label={t("tags.removeNamed", { name: tag.name })}
                    className="transition-fg rounded-sm opacity-70 outline-none hover:opacity-100 focus-visible:opacity-100 disabled:cursor-not-allowed"
                    data-testid="spa-crm-tag-remove"
                  >
                    <XMarkMini />
                  </button>
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center justify-between gap-x-2">
          <Text size="small" leading="compact" weight="plus" className="text-ui-fg-subtle">
            {t("sources.customerSource")}
          </Text>
          {profile?.acquired_at && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("sources.acquiredAt", { date: formatDateTime(profile.acquired_at, locale) })}
            </Text>
          )}
        </div>
        {isPending || sourcesPending ? (
          <Skeleton className="h-8 w-full" />
        ) : (
          <OptionSelect
            size="small"
            value={source?.id ?? null}
            onChange={setSource}
            options={sourceIds}
            label={sourceName}
            placeholder={sourceIds.length ? t("sources.choose") : t("sources.noneDefined")}
            noneLabel={source ? t("general.notSet") : undefined}
            data-testid="spa-crm-source-select"
          />
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
  id: "spa-crm-tags-source",
})

export default CustomerTagsSourceWidget
