import { Badge, Text, clx } from "@medusajs/ui"

import { useCrmTranslation } from "../../lib/format"
import { ENTRY_KIND_COLORS, formatSignedPoints, tierColor } from "../../lib/loyalty"
import type { PointsEntryKind, TierSummary } from "../../lib/types"

/** Earn / Redeem / Adjust / Expire / Reverse, each in its colour. */
export const EntryKindBadge = ({ kind }: { kind: PointsEntryKind }) => {
  const { t } = useCrmTranslation()
  return (
    <Badge size="2xsmall" color={ENTRY_KIND_COLORS[kind] ?? "grey"} data-testid="spa-crm-loyalty-entry-kind">
      {t(`loyalty.kind.${kind}`, { defaultValue: kind })}
    </Badge>
  )
}

/** A tier's name in its rank's colour; "No tier" when the member has none yet. */
export const TierBadge = ({
  tier,
  size = "2xsmall",
  "data-testid": testId,
}: {
  tier: Pick<TierSummary, "name" | "rank"> | null
  size?: "2xsmall" | "xsmall" | "small"
  "data-testid"?: string
}) => {
  const { t } = useCrmTranslation()
  return (
    <Badge size={size} color={tier ? tierColor(tier.rank) : "grey"} data-testid={testId}>
      {tier ? tier.name : t("loyalty.noTier")}
    </Badge>
  )
}

/** Signed points, green for credits and red for debits. */
export const SignedPoints = ({ points, className }: { points: number; className?: string }) => {
  const { locale } = useCrmTranslation()
  return (
    <Text
      size="small"
      leading="compact"
      weight="plus"
      className={clx(
        "tabular-nums whitespace-nowrap",
        points > 0 ? "text-ui-tag-green-text" : points < 0 ? "text-ui-tag-red-text" : "text-ui-fg-subtle",
        className
      )}
      data-testid="spa-crm-loyalty-entry-points"
      data-value={points}
    >
      {formatSignedPoints(points, locale)}
    </Text>
  )
}
