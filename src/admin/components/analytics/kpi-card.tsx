import { TriangleDownMini, TriangleUpMini } from "@medusajs/icons"
import { Badge, Container, Skeleton, Text, Tooltip } from "@medusajs/ui"
import { forwardRef } from "react"

import type { Kpi } from "../../../types/analytics"
import { formatChange } from "../../lib/analytics-format"
import { useCrmTranslation } from "../../lib/format"

type KpiCardProps = {
  label: string
  kpi: Kpi | undefined
  format: (value: number) => string
  /** what a rise means: good (revenue, customers) or bad (days without a visit) */
  rising?: "good" | "bad"
  /** a line under the figure (how it is counted) */
  hint?: string
  "data-testid"?: string
}

/**
 * A KPI card: the figure, and its change against the previous period as a
 * green or red badge with an arrow (grey when flat or not comparable), the
 * previous figure in a tooltip.
 */
export const KpiCard = ({ label, kpi, format, rising = "good", hint, "data-testid": testId }: KpiCardProps) => {
  const { t } = useCrmTranslation("spa-crm-analytics")
  const change = kpi?.change ?? null
  const previous = kpi?.previous === null || kpi?.previous === undefined ? "–" : format(kpi.previous)

  return (
    <Container
      className="flex flex-col gap-y-1 px-4 py-3"
      data-testid={testId}
      data-kpi-value={kpi?.current ?? ""}
      data-kpi-change={change ?? ""}
    >
      <Text size="small" leading="compact" className="text-ui-fg-subtle truncate" title={label}>
        {label}
      </Text>
      {kpi ? (
        <Text size="xlarge" weight="plus" className="tabular-nums" data-testid="spa-crm-analytics-kpi-value">
          {kpi.current === null ? "–" : format(kpi.current)}
        </Text>
      ) : (
        <Skeleton className="my-1 h-6 w-24" />
      )}
      <div className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        <Tooltip content={t("kpi.previousValue", { value: previous })}>
          <ChangeBadge change={change} rising={rising} />
        </Tooltip>
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("kpi.vsPrevious")}
        </Text>
      </div>
      {hint && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {hint}
        </Text>
      )}
    </Container>
  )
}

/** A change against the previous period: an arrow and the signed share, green when it is good news, red when bad. */
export const ChangeBadge = forwardRef<HTMLSpanElement, { change: number | null; rising?: "good" | "bad" }>(
  ({ change, rising = "good", ...rest }, ref) => {
    const { locale } = useCrmTranslation("spa-crm-analytics")
    const direction = change === null || change === 0 ? "flat" : change > 0 ? "up" : "down"
    const good = direction === "flat" ? null : (direction === "up") === (rising === "good")
    return (
      <Badge
        ref={ref}
        size="2xsmall"
        color={good === null ? "grey" : good ? "green" : "red"}
        data-testid="spa-crm-analytics-change"
        data-direction={direction}
        {...rest}
      >
        {direction === "up" && <TriangleUpMini />}
        {direction === "down" && <TriangleDownMini />}
        {formatChange(change, locale)}
      </Badge>
    )
  }
)
ChangeBadge.displayName = "ChangeBadge"

/** A card of a report: `id` names it for tests (`spa-crm-analytics-kpi-<id>`). */
export type KpiItem = Omit<KpiCardProps, "data-testid"> & { id: string }

/** The cards of a report in a responsive grid, four a row on wide screens. */
export const KpiGrid = ({
  items,
  className = "sm:grid-cols-2 xl:grid-cols-4",
  "data-testid": testId = "spa-crm-analytics-kpis",
}: {
  items: KpiItem[]
  className?: string
  "data-testid"?: string
}) => (
  <div className={`grid grid-cols-1 gap-3 ${className}`} data-testid={testId}>
    {items.map(({ id, ...card }) => (
      <KpiCard key={id} {...card} data-testid={`spa-crm-analytics-kpi-${id}`} />
    ))}
  </div>
)
