import { StarSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"

import { LOW_RATING, RATING_MAX } from "../../../types/feedback"

/** A rating as "4" with a star, in red when it is low (it opened a follow-up). */
export const RatingValue = ({ value, size = "small" }: { value: number | null; size?: "small" | "xsmall" }) => {
  if (value === null || value === undefined) return <Text size={size} className="text-ui-fg-muted">–</Text>
  const low = value <= LOW_RATING
  return (
    <span
      className={`inline-flex items-center gap-x-0.5 tabular-nums ${low ? "text-ui-fg-error" : "text-ui-fg-base"}`}
      title={`${value} / ${RATING_MAX}`}
      data-value={value}
    >
      <Text size={size} weight="plus" className="text-inherit">
        {Number.isInteger(value) ? value : value.toFixed(2)}
      </Text>
      <StarSolid className={low ? "text-ui-fg-error" : "text-ui-tag-orange-icon"} />
    </span>
  )
}
