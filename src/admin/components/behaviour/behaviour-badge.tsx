import { Badge } from "@medusajs/ui"

import { useCrmTranslation } from "../../lib/format"
import type { BehaviourClass, BehaviourGroup } from "../../../types/customer-behaviour"

/** The spec's five groups, each its own colour wherever a class shows. */
export const GROUP_COLOR: Record<BehaviourGroup, "blue" | "purple" | "green" | "orange" | "red"> = {
  new: "blue",
  returning: "purple",
  loyal: "green",
  at_risk: "orange",
  lost: "red",
}

/** A behaviour class, coloured by its group ("Champions · Loyal"). */
export const BehaviourBadge = ({ behaviourClass, group }: { behaviourClass: BehaviourClass; group: BehaviourGroup }) => {
  const { t } = useCrmTranslation("spa-crm-behaviour")
  return (
    <Badge size="2xsmall" color={GROUP_COLOR[group]} data-testid="spa-crm-behaviour-badge">
      {t(`classes.${behaviourClass}`)} · {t(`groups.${group}`)}
    </Badge>
  )
}
