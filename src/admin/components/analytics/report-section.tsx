import { Container, Skeleton } from "@medusajs/ui"
import type { ReactNode } from "react"

import { EmptyState } from "../empty-state"
import { SectionHeader } from "../section-header"

type ReportSectionProps = {
  title: string
  subtitle: string
  /** on the right of the header: an export button, a threshold, a filter */
  actions?: ReactNode
  /** no answer yet: a skeleton of the chart's height */
  loading: boolean
  /** an answer with nothing to draw: the empty state's title and sentence */
  empty?: { title: string; message: string } | false
  /** an older answer shown while the new one loads */
  stale?: boolean
  /** tables go edge to edge; charts get the section's padding */
  flush?: boolean
  children: ReactNode
  "data-testid"?: string
}

/** A chart or table of a report in a section of its own, with its loading and empty states. */
export const ReportSection = ({
  title,
  subtitle,
  actions,
  loading,
  empty,
  stale,
  flush,
  children,
  "data-testid": testId,
}: ReportSectionProps) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <SectionHeader title={title} subtitle={subtitle}>
      {actions && <div className="flex shrink-0 items-center gap-x-2">{actions}</div>}
    </SectionHeader>
    {loading ? (
      <div className="px-6 py-4">
        <Skeleton className="h-[220px] w-full" />
      </div>
    ) : empty ? (
      <EmptyState title={empty.title} message={empty.message} data-testid={testId ? `${testId}-empty` : undefined} />
    ) : (
      <div className={`${flush ? "" : "px-6 py-4"} transition-opacity ${stale ? "opacity-60" : ""}`}>{children}</div>
    )}
  </Container>
)
