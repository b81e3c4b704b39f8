import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ExclamationCircleSolid, PencilSquare } from "@medusajs/icons"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"

import { LoadState } from "../components/load-state"
import { ProfileEditDrawer } from "../components/profile/profile-edit-drawer"
import { SectionRow } from "../components/section-row"
import { useCustomFields } from "../hooks/api/custom-fields"
import { useCustomerCrm } from "../hooks/api/customer-crm"
import { formatCustomFieldValue } from "../lib/custom-fields"
import { ageFromBirthday, formatCalendarDate, useCrmTranslation } from "../lib/format"
import type { CrmProfile } from "../lib/types"

/** P1/P2: what the spa knows about the customer, shown before staff serve her. */
const CustomerCrmProfileWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, locale } = useCrmTranslation()
  const [editing, setEditing] = useState(false)
  const { crm_profile: profile, isPending, isError, error } = useCustomerCrm(customer.id)
  const { custom_fields: customFields = [] } = useCustomFields()

  const p: Partial<CrmProfile> = profile ?? {}
  const age = p.birthday ? ageFromBirthday(p.birthday) : null

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-profile">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("profile.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("profile.subtitle")}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={() => setEditing(true)}
          disabled={isPending || isError}
          data-testid="spa-crm-profile-edit"
        >
          <PencilSquare />
          {t("general.edit")}
        </Button>
      </div>

      {isPending || isError ? (
        <LoadState error={isError ? error : null} />
      ) : (
        <>
          {p.allergies && (
            <div className="px-6 py-4">
              <div
                className="bg-ui-tag-red-bg border-ui-tag-red-border text-ui-tag-red-text flex items-start gap-x-3 rounded-lg border px-4 py-3"
                role="alert"
                data-testid="spa-crm-profile-allergies"
              >
                <ExclamationCircleSolid className="text-ui-tag-red-icon mt-0.5 shrink-0" />
                <div className="min-w-0">
                  <Text size="small" leading="compact" weight="plus">
                    {t("fields.allergies")}
                  </Text>
                  <Text size="small" className="whitespace-pre-line break-words">
                    {p.allergies}
                  </Text>
                </div>
              </div>
            </div>
          )}
          {!profile && (
            <div className="px-6 py-4">
              <Text size="small" className="text-ui-fg-muted">
                {t("profile.empty")}
              </Text>
            </div>
          )}
          <SectionRow
            title={t("fields.birthday")}
            value={
              p.birthday
                ? age !== null
                  ? t("profile.birthdayWithAge", { date: formatCalendarDate(p.birthday, locale), count: age })
                  : formatCalendarDate(p.birthday, locale)
                : null
            }
          />
          <SectionRow title={t("fields.gender")} value={p.gender ? t(`gender.${p.gender}`) : null} />
          <SectionRow title={t("fields.occupation")} value={p.occupation} />
          <SectionRow
            title={t("profile.contacts")}
            value={
              p.zalo || p.wechat || p.facebook ? (
                <div className="flex flex-col gap-y-1">
                  {(["zalo", "wechat", "facebook"] as const)
                    .filter((key) => p[key])
                    .map((key) => (
                      <Text key={key} size="small" leading="compact" className="break-words">
                        <span className="text-ui-fg-muted">{t(`fields.${key}`)}: </span>
                        {p[key]}
                      </Text>
                    ))}
                </div>
              ) : null
            }
          />
          <SectionRow title={t("fields.skinType")} value={p.skin_type ? t(`skinType.${p.skin_type}`) : null} />
          <SectionRow
            title={t("fields.skinConcerns")}
            value={
              p.skin_concerns?.length ? (
                <div className="flex flex-wrap gap-1">
                  {p.skin_concerns.map((concern) => (
                    <Badge key={concern} size="2xsmall" color="purple">
                      {concern}
                    </Badge>
                  ))}
                </div>
              ) : null
            }
          />
          {!p.allergies && <SectionRow title={t("fields.allergies")} value={null} />}
          <SectionRow title={t("fields.bodyCareNeeds")} value={p.body_care_needs} />
          <SectionRow title={t("fields.preferredStaff")} value={p.preferred_staff} />
          <SectionRow title={t("fields.preferredTime")} value={p.preferred_time} />
          <SectionRow title={t("fields.notes")} value={p.notes} />
          {customFields.map((field) => (
            <SectionRow
              key={field.id}
              title={field.label}
              value={formatCustomFieldValue(field, p.custom_fields?.[field.key], t, locale)}
              data-testid={`spa-crm-profile-custom-${field.key}`}
            />
          ))}
        </>
      )}

      {!isPending && !isError && (
        <ProfileEditDrawer
          open={editing}
          onOpenChange={setEditing}
          customerId={customer.id}
          profile={profile ?? null}
          customFields={customFields}
        />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "spa-crm-profile",
})

export default CustomerCrmProfileWidget
