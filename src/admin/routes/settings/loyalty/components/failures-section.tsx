import { ArrowPath, CheckCircleSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, Tooltip, toast } from "@medusajs/ui"

import { LoadState } from "../../../../components/load-state"
import { useAwardFailures, useRetryAwardFailure } from "../../../../hooks/api/loyalty-settings"
import { toastError } from "../../../../lib/errors"
import { formatDateTime, formatRelativeTime, useCrmTranslation } from "../../../../lib/format"
import type { AwardFailure } from "../../../../lib/types"

/** L5: awards and reversals that failed and are still to be booked; the job retries them, staff can too. */
export const FailuresSection = () => {
  const { t } = useCrmTranslation()
  const { failures = [], count = 0, isPending, isError, error } = useAwardFailures()

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-loyalty-failures">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <div className="flex items-center gap-x-2">
            <Heading level="h2">{t("loyalty.failures.title")}</Heading>
            {count > 0 && (
              <Badge size="2xsmall" color="red" data-testid="spa-crm-loyalty-failure-count">
                {count}
              </Badge>
            )}
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {t("loyalty.failures.subtitle")}
          </Text>
        </div>
      </div>
      {isPending || isError ? (
        <LoadState error={isError ? error : null} rows={2} />
      ) : failures.length === 0 ? (
        <div className="flex items-center gap-x-2 px-6 py-4" data-testid="spa-crm-loyalty-failures-empty">
          <CheckCircleSolid className="text-ui-tag-green-icon" />
          <Text size="small" className="text-ui-fg-subtle">
            {t("loyalty.failures.empty")}
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("loyalty.failures.operation")}</Table.HeaderCell>
                <Table.HeaderCell>{t("loyalty.failures.reference")}</Table.HeaderCell>
                <Table.HeaderCell>{t("loyalty.failures.error")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("loyalty.failures.attempts")}</Table.HeaderCell>
                <Table.HeaderCell>{t("loyalty.failures.lastAttempt")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {failures.map((failure) => (
                <FailureRow key={failure.id} failure={failure} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

const FailureRow = ({ failure }: { failure: AwardFailure }) => {
  const { t, locale } = useCrmTranslation()
  const retry = useRetryAwardFailure()

  const run = () =>
    retry.mutate(failure.id, {
      onSuccess: ({ failure: after }) =>
        after.resolved_at
          ? toast.success(t("loyalty.failures.retried"))
          : toast.error(t("loyalty.failures.failedAgain", { error: after.error })),
      onError: (error) => toastError(error, t("loyalty.failures.retryError")),
    })

  return (
    <Table.Row data-testid="spa-crm-loyalty-failure-row">
      <Table.Cell>{t(`loyalty.failures.operations.${failure.operation}`, { defaultValue: failure.operation })}</Table.Cell>
      <Table.Cell className="font-mono text-xs">{failure.reference}</Table.Cell>
      <Table.Cell className="max-w-[320px]">
        <Tooltip content={failure.error}>
          <Text size="small" leading="compact" className="text-ui-fg-error truncate">
            {failure.error}
          </Text>
        </Tooltip>
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">{failure.attempts}</Table.Cell>
      <Table.Cell className="whitespace-nowrap">
        <Tooltip content={formatDateTime(failure.last_attempt_at, locale)}>
          <span>{formatRelativeTime(failure.last_attempt_at, locale, t("general.justNow"))}</span>
        </Tooltip>
      </Table.Cell>
      <Table.Cell className="w-[1%]">
        <Button
          size="small"
          variant="secondary"
          onClick={run}
          isLoading={retry.isPending}
          data-testid="spa-crm-loyalty-failure-retry"
        >
          <ArrowPath />
          {t("loyalty.failures.retry")}
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}
