import { useState } from "react"

import { FormDrawer } from "../../../../components/form-drawer"
import { SectionRow } from "../../../../components/section-row"
import { useCrmTranslation } from "../../../../lib/format"
import type { LoyaltySettings } from "../../../../lib/types"
import { NumberSettingField, numberTexts, parseNumbers, SettingsSection, useSettingsDraft } from "./settings-form"

const FIELDS = ["expiry_months", "expiry_warning_days"] as const

/** L4: how long points stay valid (oldest expire first) and how early members are warned. */
export const ExpirySection = ({ settings }: { settings: LoyaltySettings }) => {
  const { t } = useCrmTranslation()
  const [editing, setEditing] = useState(false)

  return (
    <SettingsSection
      title={t("loyalty.settings.expiry.title")}
      subtitle={t("loyalty.settings.expiry.subtitle")}
      onEdit={() => setEditing(true)}
      editTestId="spa-crm-loyalty-expiry-edit"
      data-testid="spa-crm-loyalty-expiry"
    >
      <SectionRow
        title={t("loyalty.settings.expiryMonths")}
        value={
          settings.expiry_months
            ? t("loyalty.settings.months", { count: settings.expiry_months })
            : t("loyalty.settings.neverExpire")
        }
      />
      <SectionRow
        title={t("loyalty.settings.expiryWarning")}
        value={
          settings.expiry_months && settings.expiry_warning_days
            ? t("loyalty.settings.daysBefore", { count: settings.expiry_warning_days })
            : t("loyalty.settings.noWarning")
        }
      />
      <ExpiryDrawer open={editing} onClose={() => setEditing(false)} settings={settings} />
    </SettingsSection>
  )
}

const ExpiryDrawer = ({ open, onClose, settings }: { open: boolean; onClose: () => void; settings: LoyaltySettings }) => {
  const { t } = useCrmTranslation()
  const { draft, set, errors, save, isPending } = useSettingsDraft({
    open,
    settings,
    onClose,
    idPrefix: "spa-crm-loyalty-expiry-",
    toDraft: (s) => numberTexts(s, FIELDS),
  })

  const submit = () => {
    const { numbers, errors: local } = parseNumbers(draft, t("general.fieldRequired"))
    save(numbers, local)
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={t("loyalty.settings.expiry.editTitle")}
      description={t("loyalty.settings.expiry.subtitle")}
      onSubmit={submit}
      isPending={isPending}
      submitTestId="spa-crm-loyalty-expiry-save"
      data-testid="spa-crm-loyalty-expiry-drawer"
    >
      <NumberSettingField
        id="spa-crm-loyalty-expiry-expiry_months"
        label={t("loyalty.settings.expiryMonths")}
        value={draft.expiry_months}
        onChange={(value) => set("expiry_months", value)}
        unit={t("loyalty.settings.monthsUnit")}
        max={120}
        hint={t("loyalty.settings.expiryMonthsHint")}
        error={errors.expiry_months}
      />
      <NumberSettingField
        id="spa-crm-loyalty-expiry-expiry_warning_days"
        label={t("loyalty.settings.expiryWarning")}
        value={draft.expiry_warning_days}
        onChange={(value) => set("expiry_warning_days", value)}
        unit={t("loyalty.settings.daysUnit")}
        max={365}
        hint={t("loyalty.settings.expiryWarningHint")}
        error={errors.expiry_warning_days}
      />
    </FormDrawer>
  )
}
