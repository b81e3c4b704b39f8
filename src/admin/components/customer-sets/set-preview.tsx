import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

import type { SetRuleGroup } from "../../../types/customer-sets"
import { useCustomerSetPreview } from "../../hooks/api/customer-sets"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { isRuleTreeComplete } from "../../lib/customer-set-rules"
import { formatNumber, personName, useCrmTranslation } from "../../lib/format"

/** The live count beside the rule builder: who the rules select right now, and the first of them. */
export const SetPreview = ({ rules }: { rules: SetRuleGroup }) => {
  const { t, locale } = useCrmTranslation("spa-crm-sets")
  // counted once the rules stop changing, and only when every condition is filled in
  const settled = useDebouncedValue(rules, 400)
  const complete = isRuleTreeComplete(settled)
  const { preview, error, isFetching } = useCustomerSetPreview(settled, complete)

  return (
    <Container
      className="divide-y p-0"
      data-testid="spa-crm-set-preview"
      // the count shown is the count of the rules on screen (tests and screen readers wait for it)
      data-settled={settled === rules && !isFetching}
      aria-busy={settled !== rules || isFetching}
    >
      <div className="px-6 py-4">
        <Heading level="h2">{t("preview.title")}</Heading>
        {!complete ? (
          <Text size="small" className="text-ui-fg-subtle">{t("preview.incomplete")}</Text>
        ) : error ? (
          <Text size="small" className="text-ui-fg-error" data-testid="spa-crm-set-preview-error">{error.message}</Text>
        ) : preview ? (
          <div className={isFetching ? "opacity-60" : undefined}>
            <Text size="xlarge" weight="plus" data-testid="spa-crm-set-preview-count" data-count={preview.count}>
              {t("preview.count", { count: preview.count, formatted: formatNumber(preview.count, locale) })}
            </Text>
            <Text size="xsmall" className="text-ui-fg-muted">{t("preview.took", { ms: preview.took_ms })}</Text>
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-muted">{t("preview.counting")}</Text>
        )}
      </div>
      {complete && !error && preview && preview.customers.length > 0 && (
        <ul className="flex flex-col px-6 py-3">
          {preview.customers.map((c) => (
            <li key={c.customer_id} className="txt-compact-small flex justify-between gap-x-2 py-1">
              <Link to={`/customers/${c.customer_id}`} className="text-ui-fg-interactive truncate hover:underline">
                {personName(c)}
              </Link>
              <span className="text-ui-fg-subtle truncate">{c.email ?? c.phone ?? ""}</span>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
