import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"

import { LoadState } from "../../../components/load-state"
import { useBehaviourOverview, useScoreBehaviour } from "../../../hooks/api/customer-behaviour"
import { toastError } from "../../../lib/errors"
import { formatDateTime, formatNumber, useCrmTranslation } from "../../../lib/format"
import { BehaviourCountsChart } from "./components/behaviour-counts-chart"
import { BehaviourRulesSection } from "./components/behaviour-rules-section"

/** Settings → Extensions → Behaviour classes (S5): the counts per class, the class table, and scoring on demand. */
const BehaviourSettingsPage = () => {
  const { t, locale } = useCrmTranslation("spa-crm-behaviour")
  const { overview, isPending, isError, error } = useBehaviourOverview()
  const { mutate: score, isPending: scoring } = useScoreBehaviour({
    onSuccess: ({ scoring }) =>
      toast.success(t("settings.scored", { count: scoring.scored, total: formatNumber(scoring.scored, locale), ms: formatNumber(scoring.duration_ms, locale) })),
    onError: (e) => toastError(e, t("settings.scoreFailed")),
  })

  return (
    <div className="flex flex-col gap-y-3" data-testid="spa-crm-behaviour-settings">
      <Container className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{t("settings.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("settings.subtitle")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle" data-testid="spa-crm-behaviour-last-scored">
            {overview?.last_scored_at
              ? t("settings.lastScored", { date: formatDateTime(overview.last_scored_at, locale), ms: formatNumber(overview.last_duration_ms ?? 0, locale) })
              : t("settings.neverScored")}
          </Text>
        </div>
        <Button size="small" variant="secondary" isLoading={scoring} onClick={() => score()} data-testid="spa-crm-behaviour-score-now">
          {t("settings.scoreNow")}
        </Button>
      </Container>
      {isPending || isError || !overview ? (
        <Container className="p-0">
          <LoadState error={isError ? error : null} rows={6} />
        </Container>
      ) : (
        <>
          <BehaviourCountsChart overview={overview} />
          <BehaviourRulesSection rules={overview.rules} />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "settings.menuLabel",
  translationNs: "spa-crm-behaviour",
})

export default BehaviourSettingsPage
