import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { PlusMini } from "@medusajs/icons"
import { Button, Container, Copy, Heading, Text } from "@medusajs/ui"
import { useState } from "react"

import { LoadState } from "../components/load-state"
import { AdjustPointsDrawer } from "../components/loyalty/adjust-points-drawer"
import { TierBadge } from "../components/loyalty/loyalty-badges"
import { SectionRow } from "../components/section-row"
import { useCustomerLoyalty } from "../hooks/api/customer-loyalty"
import { useStoreCurrencies } from "../hooks/api/medusa-core"
import { formatMoney, useCrmTranslation } from "../lib/format"
import { formatPoints, tierProgress } from "../lib/loyalty"
import type { CustomerLoyalty } from "../lib/types"

/** L4/L6/L7 on the customer: her points, tier and progress to the next, referral code, and a manual adjustment. */
const CustomerLoyaltyWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, locale } = useCrmTranslation()
  const [adjusting, setAdjusting] = useState(false)
  const { loyalty, isPending, isError, error } = useCustomerLoyalty(customer.id)

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-loyalty">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div className="flex min-w-0 items-center gap-x-2">
          <Heading level="h2">{t("loyalty.title")}</Heading>
          {loyalty && <TierBadge tier={loyalty.tier} size="xsmall" data-testid="spa-crm-loyalty-tier" />}
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={() => setAdjusting(true)}
          disabled={!loyalty}
          data-testid="spa-crm-loyalty-adjust"
        >
          <PlusMini />
          {t("loyalty.adjust.action")}
        </Button>
      </div>

      {isPending || isError || !loyalty ? (
        <LoadState error={isError ? error : null} rows={4} />
      ) : (
        <>
          <div className="flex flex-col gap-y-1 px-6 py-4">
            <Text size="small" leading="compact" weight="plus" className="text-ui-fg-subtle">
              {t("loyalty.balance")}
            </Text>
            <div className="flex items-baseline gap-x-1.5">
              <span
                className="text-ui-fg-base text-[28px] font-medium leading-9 tabular-nums"
                data-testid="spa-crm-loyalty-balance"
                data-value={loyalty.balance}
              >
                {formatPoints(loyalty.balance, locale)}
              </span>
              <Text size="small" className="text-ui-fg-subtle">
                {t("loyalty.pointsUnit", { count: loyalty.balance })}
              </Text>
            </div>
          </div>
          <div>
            <SectionRow
              title={t("loyalty.spendable")}
              value={formatPoints(loyalty.spendable, locale)}
              data-testid="spa-crm-loyalty-spendable"
            />
            <SectionRow
              title={t("loyalty.pending")}
              value={formatPoints(loyalty.pending, locale)}
              data-testid="spa-crm-loyalty-pending"
            />
            <SectionRow
              title={t("loyalty.expiringSoon")}
              value={
                loyalty.expiring_soon > 0 ? (
                  <Text size="small" leading="compact" className="text-ui-tag-orange-text">
                    {formatPoints(loyalty.expiring_soon, locale)}
                  </Text>
                ) : (
                  "0"
                )
              }
              data-testid="spa-crm-loyalty-expiring"
            />
          </div>
          <TierProgressBlock loyalty={loyalty} />
          <div className="text-ui-fg-subtle grid grid-cols-2 items-center gap-x-4 px-6 py-4">
            <Text size="small" leading="compact" weight="plus">
              {t("loyalty.referralCode")}
            </Text>
            {loyalty.referral_code ? (
              <div className="flex min-w-0 items-center gap-x-1">
                <Text
                  size="small"
                  leading="compact"
                  className="text-ui-fg-base truncate font-mono"
                  data-testid="spa-crm-loyalty-referral-code"
                >
                  {loyalty.referral_code}
                </Text>
                <Copy content={loyalty.referral_code} className="text-ui-fg-muted" />
              </div>
            ) : (
              <Text size="small" leading="compact">
                -
              </Text>
            )}
          </div>
          <AdjustPointsDrawer
            open={adjusting}
            onOpenChange={setAdjusting}
            customerId={customer.id}
            balance={loyalty.balance}
          />
        </>
      )}
    </Container>
  )
}

/** "Spend 1,200,000 ₫ more to reach Platinum", one bar per currency she spends in. */
const TierProgressBlock = ({ loyalty }: { loyalty: CustomerLoyalty }) => {
  const { t, locale } = useCrmTranslation()
  const { defaultCurrency } = useStoreCurrencies()
  const next = loyalty.next_tier
  const rows = tierProgress(loyalty, defaultCurrency)

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="spa-crm-loyalty-progress">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" leading="compact" weight="plus" className="text-ui-fg-subtle">
          {t("loyalty.progress.title")}
        </Text>
        {next && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("loyalty.progress.nextTier", { name: next.name })}
          </Text>
        )}
      </div>
      {!next ? (
        <Text size="small" className="text-ui-fg-subtle" data-testid="spa-crm-loyalty-progress-top">
          {t("loyalty.progress.top")}
        </Text>
      ) : (
        <>
          {rows.map((row) => (
            <div key={row.currency} className="flex flex-col gap-y-1.5" data-testid="spa-crm-loyalty-progress-row">
              <div
                className="bg-ui-bg-component h-2 overflow-hidden rounded-full"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(row.percent)}
                aria-label={`${next.name} (${row.currency.toUpperCase()})`}
              >
                <div className="bg-ui-tag-blue-icon h-full rounded-full" style={{ width: `${row.percent}%` }} />
              </div>
              <Text size="small" className="text-ui-fg-base">
                {row.needed > 0
                  ? t("loyalty.progress.spendMore", {
                      amount: formatMoney(row.needed, row.currency, locale),
                      name: next.name,
                    })
                  : t("loyalty.progress.reached", { name: next.name })}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted tabular-nums">
                {formatMoney(row.spent, row.currency, locale)} / {formatMoney(row.target, row.currency, locale)}
              </Text>
            </div>
          ))}
          {rows.length > 1 && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("loyalty.progress.anyCurrency")}
            </Text>
          )}
        </>
      )}
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
  id: "spa-crm-loyalty",
})

export default CustomerLoyaltyWidget
