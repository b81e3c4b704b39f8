import { DatePicker, Divider, Input, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"

import { useUpdateCustomerCrm } from "../../hooks/api/customer-crm"
import { useFormErrors } from "../../hooks/use-form-errors"
import { toCustomFieldPayload } from "../../lib/custom-fields"
import { fromCalendarDate, toCalendarDate, useCrmTranslation } from "../../lib/format"
import {
  type CrmProfile,
  type CustomField,
  type CustomFieldValue,
  GENDERS,
  SKIN_TYPES,
  type UpdateCustomerCrmPayload,
} from "../../lib/types"
import { ChipInput } from "../chip-input"
import { CustomFieldInput } from "../custom-field-input"
import { FormDrawer } from "../form-drawer"
import { FormField } from "../form-field"
import { OptionSelect } from "../option-select"

const TEXT_FIELDS = [
  "occupation",
  "zalo",
  "wechat",
  "facebook",
  "allergies",
  "body_care_needs",
  "preferred_staff",
  "preferred_time",
  "notes",
] as const
type TextField = (typeof TEXT_FIELDS)[number]

type ProfileForm = Record<TextField, string> & {
  birthday: string | null
  gender: CrmProfile["gender"]
  skin_type: CrmProfile["skin_type"]
  skin_concerns: string[]
  custom_fields: Record<string, CustomFieldValue>
}

const toForm = (profile: CrmProfile | null): ProfileForm => ({
  ...(Object.fromEntries(TEXT_FIELDS.map((key) => [key, profile?.[key] ?? ""])) as Record<TextField, string>),
  birthday: profile?.birthday ?? null,
  gender: profile?.gender ?? null,
  skin_type: profile?.skin_type ?? null,
  skin_concerns: profile?.skin_concerns ?? [],
  custom_fields: { ...(profile?.custom_fields ?? {}) },
})

const toPayload = (form: ProfileForm, customFields: CustomField[]): UpdateCustomerCrmPayload => ({
  ...Object.fromEntries(TEXT_FIELDS.map((key) => [key, form[key].trim() || null])),
  birthday: form.birthday,
  gender: form.gender,
  skin_type: form.skin_type,
  skin_concerns: form.skin_concerns.length ? form.skin_concerns : null,
  // every defined field is sent: a cleared one goes as null, which removes it
  custom_fields: Object.fromEntries(
    customFields.map((field) => [field.key, toCustomFieldPayload(field, form.custom_fields[field.key])])
  ),
})

type ProfileEditDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  customerId: string
  profile: CrmProfile | null
  customFields: CustomField[]
}

/** Edits every profile field and the custom fields; a rejected save keeps the drawer open. */
export const ProfileEditDrawer = ({ open, onOpenChange, customerId, profile, customFields }: ProfileEditDrawerProps) => {
  const { t } = useCrmTranslation()
  const [form, setForm] = useState<ProfileForm>(() => toForm(profile))
  const { errors, setErrors, saveCallbacks } = useFormErrors({
    idPrefix: "spa-crm-profile-",
    onSaved: () => onOpenChange(false),
  })
  const { mutate, isPending } = useUpdateCustomerCrm(customerId)

  // each opening starts from the saved profile
  useEffect(() => {
    if (open) {
      setForm(toForm(profile))
      setErrors({})
    }
  }, [open])

  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) =>
    setForm((prev) => ({ ...prev, [key]: value }))
  const setCustom = (key: string, value: CustomFieldValue) =>
    setForm((prev) => ({ ...prev, custom_fields: { ...prev.custom_fields, [key]: value } }))

  const submit = () => mutate(toPayload(form, customFields), saveCallbacks(t("profile.saved")))

  const text = (key: TextField, label: string, multiline = false) => (
    <FormField id={`spa-crm-profile-${key}`} label={label} error={errors[key]}>
      {multiline ? (
        <Textarea
          id={`spa-crm-profile-${key}`}
          value={form[key]}
          onChange={(e) => set(key, e.target.value)}
          rows={3}
          data-testid={`spa-crm-profile-field-${key}`}
        />
      ) : (
        <Input
          id={`spa-crm-profile-${key}`}
          value={form[key]}
          onChange={(e) => set(key, e.target.value)}
          data-testid={`spa-crm-profile-field-${key}`}
        />
      )}
    </FormField>
  )

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("profile.editTitle")}
      description={t("profile.editDescription")}
      onSubmit={submit}
      isPending={isPending}
      submitTestId="spa-crm-profile-save"
      data-testid="spa-crm-profile-drawer"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField id="spa-crm-profile-birthday" label={t("fields.birthday")} error={errors.birthday}>
          <div data-testid="spa-crm-profile-field-birthday">
            <DatePicker
              id="spa-crm-profile-birthday"
              aria-label={t("fields.birthday")}
              value={fromCalendarDate(form.birthday)}
              maxValue={new Date()}
              onChange={(date) => set("birthday", date ? toCalendarDate(date) : null)}
            />
          </div>
        </FormField>
        <FormField id="spa-crm-profile-gender" label={t("fields.gender")} error={errors.gender}>
          <OptionSelect
            id="spa-crm-profile-gender"
            value={form.gender}
            onChange={(value) => set("gender", value)}
            options={GENDERS}
            label={(value) => t(`gender.${value}`)}
            placeholder={t("general.choose")}
            noneLabel={t("general.notSet")}
            data-testid="spa-crm-profile-field-gender"
          />
        </FormField>
      </div>
      {text("occupation", t("fields.occupation"))}

      <Divider />
      <Text size="small" leading="compact" weight="plus">
        {t("profile.contacts")}
      </Text>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {text("zalo", t("fields.zalo"))}
        {text("wechat", t("fields.wechat"))}
      </div>
      {text("facebook", t("fields.facebook"))}

      <Divider />
      <Text size="small" leading="compact" weight="plus">
        {t("profile.care")}
      </Text>
      <FormField id="spa-crm-profile-skin_type" label={t("fields.skinType")} error={errors.skin_type}>
        <OptionSelect
          id="spa-crm-profile-skin_type"
          value={form.skin_type}
          onChange={(value) => set("skin_type", value)}
          options={SKIN_TYPES}
          label={(value) => t(`skinType.${value}`)}
          placeholder={t("general.choose")}
          noneLabel={t("general.notSet")}
          data-testid="spa-crm-profile-field-skin_type"
        />
      </FormField>
      <FormField
        id="spa-crm-profile-skin_concerns"
        label={t("fields.skinConcerns")}
        hint={t("profile.skinConcernsHint")}
        error={errors.skin_concerns}
      >
        <ChipInput
          id="spa-crm-profile-skin_concerns"
          value={form.skin_concerns}
          onChange={(value) => set("skin_concerns", value)}
          placeholder={t("profile.skinConcernsPlaceholder")}
          removeLabel={t("general.remove")}
          data-testid="spa-crm-profile-field-skin_concerns"
        />
      </FormField>
      {text("allergies", t("fields.allergies"), true)}
      {text("body_care_needs", t("fields.bodyCareNeeds"), true)}

      <Divider />
      <Text size="small" leading="compact" weight="plus">
        {t("profile.preferences")}
      </Text>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {text("preferred_staff", t("fields.preferredStaff"))}
        {text("preferred_time", t("fields.preferredTime"))}
      </div>
      {text("notes", t("fields.notes"), true)}

      {customFields.length > 0 && (
        <>
          <Divider />
          <Text size="small" leading="compact" weight="plus">
            {t("profile.customFields")}
          </Text>
          {customFields.map((field) => (
            <FormField
              key={field.id}
              id={`spa-crm-profile-custom-${field.key}`}
              label={field.label}
              required={field.required}
              error={errors[`custom_fields.${field.key}`]}
            >
              <CustomFieldInput
                id={`spa-crm-profile-custom-${field.key}`}
                field={field}
                value={form.custom_fields[field.key]}
                onChange={(value) => setCustom(field.key, value)}
              />
            </FormField>
          ))}
        </>
      )}
    </FormDrawer>
  )
}
