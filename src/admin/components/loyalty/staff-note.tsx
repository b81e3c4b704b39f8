import { Text, Tooltip, clx } from "@medusajs/ui"

import { useCrmTranslation } from "../../lib/format"

type StaffNoteProps = { note: string | null | undefined; className?: string }

/**
 * A ledger entry's internal note ("Note: …"), under what the member reads;
 * the whole note and who sees it in its tooltip. Nothing when there is none.
 */
export const StaffNote = ({ note, className }: StaffNoteProps) => {
  const { t } = useCrmTranslation()
  if (!note) return null
  return (
    <Tooltip
      content={
        <span className="flex max-w-[320px] flex-col gap-y-1">
          <span className="whitespace-pre-line break-words">{note}</span>
          <span className="text-ui-fg-muted">{t("loyalty.history.staffNoteHint")}</span>
        </span>
      }
    >
      <Text size="xsmall" className={clx("text-ui-fg-muted italic", className)} data-testid="spa-crm-loyalty-entry-note">
        {t("loyalty.history.staffNote", { note })}
      </Text>
    </Tooltip>
  )
}
