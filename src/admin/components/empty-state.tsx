import { Text } from "@medusajs/ui"

type EmptyStateProps = { title: string; message: string; "data-testid"?: string }

/** A section's body when it has nothing to show: what is missing, and how it gets there. */
export const EmptyState = ({ title, message, "data-testid": testId }: EmptyStateProps) => (
  <div className="flex flex-col items-center gap-y-1 px-6 py-8 text-center" data-testid={testId}>
    <Text size="small" leading="compact" weight="plus">
      {title}
    </Text>
    <Text size="small" className="text-ui-fg-subtle">
      {message}
    </Text>
  </div>
)
