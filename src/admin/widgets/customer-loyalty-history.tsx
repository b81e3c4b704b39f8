import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Table, Tabs, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"

import { EmptyState } from "../components/empty-state"
import { LoadState } from "../components/load-state"
import { EntryKindBadge, SignedPoints, TierBadge } from "../components/loyalty/loyalty-badges"
import { StaffNote } from "../components/loyalty/staff-note"
import { OptionSelect } from "../components/option-select"
import { usePointsEntries, useTierHistory } from "../hooks/api/customer-loyalty"
import { useOrderNumbers } from "../hooks/api/medusa-core"
import { usePaginationTranslations } from "../hooks/use-pagination-translations"
import { formatDateTime, formatMoney, useCrmTranslation } from "../lib/format"
import { POINTS_ENTRY_KINDS, type PointsEntry, type PointsEntryKind } from "../lib/types"

const PAGE_SIZE = 10

/** L1/L6 on the customer: every points entry, and every tier change with its reason. */
const CustomerLoyaltyHistoryWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useCrmTranslation()
  const [tab, setTab] = useState<"points" | "tiers">("points")

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-loyalty-history">
      <Tabs value={tab} onValueChange={(next) => setTab(next as "points" | "tiers")}>
        <div className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading level="h2">{t("loyalty.history.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("loyalty.history.subtitle")}
            </Text>
          </div>
          <Tabs.List>
            <Tabs.Trigger value="points" data-testid="spa-crm-loyalty-history-tab-points">
              {t("loyalty.history.points")}
            </Tabs.Trigger>
            <Tabs.Trigger value="tiers" data-testid="spa-crm-loyalty-history-tab-tiers">
              {t("loyalty.history.tiers")}
            </Tabs.Trigger>
          </Tabs.List>
        </div>
        <Tabs.Content value="points" className="border-t">
          <PointsHistory customerId={customer.id} />
        </Tabs.Content>
        <Tabs.Content value="tiers" className="border-t">
          <TierHistory customerId={customer.id} />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

/** Previous / next pages of a history table, with the dashboard's "1 — 10 of 42 results". */
const Pager = ({ count, pageIndex, onChange }: { count: number; pageIndex: number; onChange: (index: number) => void }) => {
  const translations = usePaginationTranslations()
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  return (
    <Table.Pagination
      count={count}
      pageSize={PAGE_SIZE}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex < pageCount - 1}
      previousPage={() => onChange(Math.max(0, pageIndex - 1))}
      nextPage={() => onChange(Math.min(pageCount - 1, pageIndex + 1))}
      translations={translations}
    />
  )
}

const PointsHistory = ({ customerId }: { customerId: string }) => {
  const { t, locale } = useCrmTranslation()
  const [pageIndex, setPageIndex] = useState(0)
  const [kind, setKind] = useState<PointsEntryKind | null>(null)
  const { entries = [], count = 0, isPending, isError, error } = usePointsEntries(customerId, {
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
    ...(kind ? { kind } : {}),
  })
  const orderNumbers = useOrderNumbers(entries.flatMap((entry) => (entry.order_id ? [entry.order_id] : [])))

  return (
    <>
      <div className="flex items-center justify-between gap-x-2 px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {t("loyalty.history.entryCount", { count })}
        </Text>
        <div className="w-[180px]">
          <OptionSelect
            size="small"
            value={kind}
            onChange={(next) => {
              setKind(next)
              setPageIndex(0)
            }}
            options={POINTS_ENTRY_KINDS}
            label={(option) => t(`loyalty.kind.${option}`)}
            placeholder={t("loyalty.history.allKinds")}
            noneLabel={t("loyalty.history.allKinds")}
            data-testid="spa-crm-loyalty-history-kind"
          />
        </div>
      </div>
      {isPending || isError ? (
        <LoadState error={isError ? error : null} />
      ) : entries.length === 0 ? (
        <EmptyState
          title={kind ? t("general.noResults") : t("loyalty.history.emptyTitle")}
          message={kind ? t("loyalty.history.emptyKind") : t("loyalty.history.emptyMessage")}
          data-testid="spa-crm-loyalty-history-empty"
        />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("loyalty.history.kind")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("loyalty.history.pointsColumn")}</Table.HeaderCell>
                <Table.HeaderCell>{t("loyalty.history.reason")}</Table.HeaderCell>
                <Table.HeaderCell>{t("loyalty.history.order")}</Table.HeaderCell>
                <Table.HeaderCell>{t("loyalty.history.date")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {entries.map((entry) => (
                <Table.Row key={entry.id} data-testid="spa-crm-loyalty-entry" className="[&_td:last-child]:w-auto">
                  <Table.Cell>
                    <EntryKindBadge kind={entry.kind} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <SignedPoints points={entry.points} className="justify-end" />
                  </Table.Cell>
                  <Table.Cell className="max-w-[280px]">
                    <Text size="small" leading="compact" className="truncate" title={entry.reason ?? undefined}>
                      {entry.reason || "-"}
                    </Text>
                    <StaffNote note={entry.note} className="truncate" />
                    <EntryNote entry={entry} />
                  </Table.Cell>
                  <Table.Cell>
                    {entry.order_id ? (
                      <Link
                        to={`/orders/${entry.order_id}`}
                        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
                        data-testid="spa-crm-loyalty-entry-order"
                      >
                        {orderNumbers.get(entry.order_id) !== undefined
                          ? `#${orderNumbers.get(entry.order_id)}`
                          : t("loyalty.history.viewOrder")}
                      </Link>
                    ) : (
                      "-"
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    <time dateTime={entry.created_at}>{formatDateTime(entry.created_at, locale)}</time>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager count={count} pageIndex={pageIndex} onChange={setPageIndex} />
        </>
      )}
    </>
  )
}

/** "Spendable from …" for points still pending, "Expires …" for credits with an expiry. */
const EntryNote = ({ entry }: { entry: PointsEntry }) => {
  const { t, locale } = useCrmTranslation()
  const now = Date.now()
  const pendingUntil = entry.points > 0 && entry.available_at && new Date(entry.available_at).getTime() > now
  const unrecovered = Number(entry.metadata?.unrecovered_points ?? 0)
  const note = pendingUntil
    ? t("loyalty.history.pendingUntil", { date: formatDateTime(entry.available_at!, locale) })
    : entry.points > 0 && entry.expires_at
      ? t("loyalty.history.expiresAt", { date: formatDateTime(entry.expires_at, locale) })
      : unrecovered > 0
        ? t("loyalty.history.unrecovered", { count: unrecovered })
        : null
  if (!note) return null
  return (
    <Tooltip content={entry.reference ?? entry.id}>
      <Text size="xsmall" className={pendingUntil ? "text-ui-tag-orange-text" : "text-ui-fg-muted"}>
        {note}
      </Text>
    </Tooltip>
  )
}

const TierHistory = ({ customerId }: { customerId: string }) => {
  const { t, locale } = useCrmTranslation()
  const [pageIndex, setPageIndex] = useState(0)
  const { tier_changes = [], count = 0, isPending, isError, error } = useTierHistory(customerId, {
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })

  if (isPending || isError) return <LoadState error={isError ? error : null} />
  if (!tier_changes.length) {
    return (
      <EmptyState
        title={t("loyalty.tierHistory.emptyTitle")}
        message={t("loyalty.tierHistory.emptyMessage")}
        data-testid="spa-crm-loyalty-tier-history-empty"
      />
    )
  }
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("loyalty.tierHistory.change")}</Table.HeaderCell>
            <Table.HeaderCell>{t("loyalty.tierHistory.reason")}</Table.HeaderCell>
            <Table.HeaderCell>{t("loyalty.tierHistory.spend")}</Table.HeaderCell>
            <Table.HeaderCell>{t("loyalty.history.date")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {tier_changes.map((change) => {
            const up = (change.to_tier?.rank ?? -1) > (change.from_tier?.rank ?? -1)
            return (
              <Table.Row key={change.id} data-testid="spa-crm-loyalty-tier-change" className="[&_td:last-child]:w-auto">
                <Table.Cell>
                  <div className="flex items-center gap-x-1.5">
                    <TierBadge tier={change.from_tier} />
                    <span className={up ? "text-ui-tag-green-icon" : "text-ui-tag-red-icon"} aria-hidden>
                      →
                    </span>
                    <TierBadge tier={change.to_tier} />
                    <span className="sr-only">{up ? t("loyalty.tierHistory.upgrade") : t("loyalty.tierHistory.downgrade")}</span>
                  </div>
                </Table.Cell>
                <Table.Cell>{t(`loyalty.tierReason.${change.reason}`, { defaultValue: change.reason })}</Table.Cell>
                <Table.Cell>
                  {change.spend && Object.keys(change.spend).length ? (
                    <div className="flex flex-col py-2">
                      {Object.entries(change.spend).map(([currency, amount]) => (
                        <span key={currency} className="tabular-nums">
                          {formatMoney(Number(amount), currency, locale)}
                        </span>
                      ))}
                    </div>
                  ) : (
                    "-"
                  )}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">{formatDateTime(change.created_at, locale)}</Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      <Pager count={count} pageIndex={pageIndex} onChange={setPageIndex} />
    </>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "spa-crm-loyalty-history",
})

export default CustomerLoyaltyHistoryWidget
