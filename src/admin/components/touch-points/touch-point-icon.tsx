import {
  ChatBubble,
  ChatBubbleLeftRight,
  DocumentText,
  Envelope,
  ExclamationCircle,
  MapPin,
  Phone,
} from "@medusajs/icons"
import { clx } from "@medusajs/ui"

import type { TouchPointType } from "../../lib/types"

const ICONS: Record<TouchPointType, typeof Phone> = {
  call: Phone,
  email: Envelope,
  sms: ChatBubble,
  chat: ChatBubbleLeftRight,
  visit: MapPin,
  complaint: ExclamationCircle,
  note: DocumentText,
}

/** The round icon of a touch-point on the timeline; complaints stand out in red. */
export const TouchPointIcon = ({ type }: { type: TouchPointType }) => {
  const Icon = ICONS[type] ?? DocumentText
  return (
    <div
      className={clx(
        "shadow-borders-base flex size-7 shrink-0 items-center justify-center rounded-full",
        type === "complaint" ? "bg-ui-tag-red-bg text-ui-tag-red-icon" : "bg-ui-bg-base text-ui-fg-subtle"
      )}
    >
      <Icon />
    </div>
  )
}
