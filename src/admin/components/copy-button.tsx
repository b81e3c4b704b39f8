import { SquareTwoStack } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"

import { useCrmTranslation } from "../lib/format"

type CopyButtonProps = { content: string; label: string; className?: string; "data-testid"?: string }

/** Copies a text with the Clipboard API (a secure context only) and says whether it worked. */
export const CopyButton = ({ content, label, className, "data-testid": testId }: CopyButtonProps) => {
  const { t } = useCrmTranslation()

  const copy = async () => {
    try {
      if (!window.isSecureContext || !navigator.clipboard?.writeText) throw new Error("no clipboard")
      await navigator.clipboard.writeText(content)
      toast.success(t("general.copied"))
    } catch {
      toast.error(t("general.copyError"))
    }
  }

  return (
    <Button size="small" variant="secondary" type="button" onClick={copy} className={className} data-testid={testId}>
      <SquareTwoStack />
      {label}
    </Button>
  )
}
