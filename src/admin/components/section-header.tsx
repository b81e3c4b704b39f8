import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionHeaderProps = {
  title: string
  subtitle: string
  /** h1 for a page's own header, h2 (default) for its sections */
  level?: "h1" | "h2" | "h3"
  /** what stands on the right: a total, a button, a group of actions */
  children?: ReactNode
}

/** A section's heading and what it shows, with its actions on the right, as the dashboard's sections lay them out. */
export const SectionHeader = ({ title, subtitle, level = "h2", children }: SectionHeaderProps) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div>
      <Heading level={level}>{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {subtitle}
      </Text>
    </div>
    {children}
  </div>
)
