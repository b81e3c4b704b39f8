import { Plus } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"

import { type SetPromotion, useCustomerSetPromotions } from "../../hooks/api/customer-sets"
import { formatCalendarDate, formatMoney, useCrmTranslation } from "../../lib/format"
import { EmptyState } from "../empty-state"
import { LoadState } from "../load-state"
import { CreateSetPromotionDrawer } from "./create-set-promotion-drawer"

/** The Medusa promotions only this set's members can use, and "Create promotion". */
export const SetPromotions = ({ setId, setName }: { setId: string; setName: string }) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const [open, setOpen] = useState(false)
  const { promotions, isPending, error } = useCustomerSetPromotions(setId)

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-set-promotions">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("promotions.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("promotions.subtitle")}</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setOpen(true)} data-testid="spa-crm-set-promotion-create">
          <Plus />
          {t("promotions.create")}
        </Button>
      </div>
      {isPending || error ? (
        <LoadState error={error} rows={2} />
      ) : promotions.length === 0 ? (
        <EmptyState title={t("promotions.emptyTitle")} message={t("promotions.emptyMessage")} />
      ) : (
        promotions.map((promotion) => <PromotionRow key={promotion.id} promotion={promotion} />)
      )}
      <CreateSetPromotionDrawer setId={setId} setName={setName} open={open} onOpenChange={setOpen} />
    </Container>
  )
}

const PromotionRow = ({ promotion }: { promotion: SetPromotion }) => {
  const { t, locale } = useCrmTranslation("spa-crm-sets")
  const method = promotion.application_method
  const value = !method
    ? ""
    : method.type === "percentage"
      ? `${method.value} %`
      : formatMoney(Number(method.value), method.currency_code ?? "", locale)
  const campaign = promotion.campaign
  const window = [campaign?.starts_at, campaign?.ends_at].map((d) => (d ? formatCalendarDate(d.slice(0, 10), locale) : "…")).join(" – ")

  return (
    <div className="txt-compact-small grid grid-cols-[1fr_auto] items-center gap-x-4 px-6 py-3" data-testid="spa-crm-set-promotion-row">
      <div className="flex flex-col">
        <Link to={`/promotions/${promotion.id}`} className="text-ui-fg-interactive font-medium hover:underline">
          {promotion.code}
        </Link>
        <span className="text-ui-fg-subtle">
          {value} · {campaign ? window : t("promotions.noWindow")}
          {campaign?.budget?.limit ? ` · ${t("promotions.perCustomer", { count: campaign.budget.limit })}` : ""}
        </span>
      </div>
      <div className="flex gap-x-1">
        {promotion.is_automatic && <Badge size="2xsmall">{t("promotions.automatic")}</Badge>}
        <Badge size="2xsmall" color={promotion.status === "active" ? "green" : "grey"}>{promotion.status}</Badge>
      </div>
    </div>
  )
}
