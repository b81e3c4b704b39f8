import { Text } from "@medusajs/ui"

import { FEEDBACK_DIMENSIONS, type Ratings } from "../../../types/feedback"
import { useCrmTranslation } from "../../lib/format"
import { RatingValue } from "./rating-value"

/** Overall with a star, then the four dimensions as "Service quality 4 · Staff attitude 2 …". */
export const RatingsLine = ({ ratings }: { ratings: Ratings }) => {
  const { t } = useCrmTranslation("spa-crm-feedback")
  return (
    <div className="flex flex-col gap-y-0.5" data-testid="spa-crm-feedback-ratings">
      <RatingValue value={ratings.overall} />
      <Text size="xsmall" className="text-ui-fg-subtle">
        {FEEDBACK_DIMENSIONS.map((d) => (
          <span key={d} className={ratings[d] <= 2 ? "text-ui-fg-error" : undefined}>
            {t(`rating.${d}`)} {ratings[d]}
            {d !== "price" ? " · " : ""}
          </span>
        ))}
      </Text>
    </div>
  )
}
