import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"

import type { AnalyticsCsvReport, AnalyticsQueryOf } from "../../../types/analytics"
import { downloadAnalyticsCsv } from "../../hooks/api/analytics"
import { useCrmTranslation } from "../../lib/format"

type ExportCsvButtonProps<R extends AnalyticsCsvReport> = { report: R; query: AnalyticsQueryOf[R]; disabled?: boolean }

/** "Export CSV": the report's whole list with the filters on screen (every page, not just this one). */
export const ExportCsvButton = <R extends AnalyticsCsvReport>({ report, query, disabled }: ExportCsvButtonProps<R>) => {
  const { t } = useCrmTranslation("spa-crm-analytics")
  const [busy, setBusy] = useState(false)

  const download = async () => {
    setBusy(true)
    try {
      await downloadAnalyticsCsv(report, query)
    } catch (error) {
      toast.error((error as Error).message || t("export.failed"))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      size="small"
      variant="secondary"
      onClick={download}
      isLoading={busy}
      disabled={disabled}
      data-testid={`spa-crm-analytics-export-${report}`}
    >
      <ArrowDownTray />
      {t("export.csv")}
    </Button>
  )
}
