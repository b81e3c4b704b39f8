import { Skeleton, Text } from "@medusajs/ui"

import { useCrmTranslation } from "../lib/format"

type LoadStateProps = { error?: { message?: string } | null; rows?: number }

/** A section's body while its data loads (skeleton lines), or why it could not load. */
export const LoadState = ({ error, rows = 3 }: LoadStateProps) => {
  const { t } = useCrmTranslation()

  if (error) {
    return (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {error.message || t("general.loadError")}
        </Text>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-5 w-full" />
      ))}
    </div>
  )
}
