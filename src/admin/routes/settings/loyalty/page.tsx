import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"

import { LoadState } from "../../../components/load-state"
import { useLoyaltySettings, useLoyaltyTiers } from "../../../hooks/api/loyalty-settings"
import { useStoreCurrencies } from "../../../hooks/api/medusa-core"
import { useCrmTranslation } from "../../../lib/format"
import { EarningSection } from "./components/earning-section"
import { ExpirySection } from "./components/expiry-section"
import { FailuresSection } from "./components/failures-section"
import { RedemptionSection } from "./components/redemption-section"
import { TierMembersChart } from "./components/tier-members-chart"
import { TiersSection } from "./components/tiers-section"

/** Settings → Extensions → Loyalty: earning and redemption rules, expiry, tiers, and failed awards (U1). */
const LoyaltySettingsPage = () => {
  const { t } = useCrmTranslation()
  const { settings, isPending, isError, error } = useLoyaltySettings()
  const { tiers = [], isPending: tiersPending, isError: tiersFailed, error: tiersError } = useLoyaltyTiers()
  const { currencies } = useStoreCurrencies()

  return (
    <div className="flex flex-col gap-y-3" data-testid="spa-crm-loyalty-settings">
      <Container className="px-6 py-4">
        <Heading>{t("loyalty.settings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("loyalty.settings.subtitle")}
        </Text>
      </Container>
      {isPending || isError || !settings ? (
        <Container className="p-0">
          <LoadState error={isError ? error : null} rows={6} />
        </Container>
      ) : (
        <>
          <EarningSection settings={settings} currencies={currencies} />
          <RedemptionSection settings={settings} currencies={currencies} />
          <ExpirySection settings={settings} />
          {tiersPending || tiersFailed ? (
            <Container className="p-0">
              <LoadState error={tiersFailed ? tiersError : null} rows={5} />
            </Container>
          ) : (
            <>
              <TiersSection tiers={tiers} settings={settings} currencies={currencies} />
              <TierMembersChart tiers={tiers} />
            </>
          )}
        </>
      )}
      <FailuresSection />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "loyalty.settings.menuLabel",
  translationNs: "spa-crm",
})

export default LoyaltySettingsPage
