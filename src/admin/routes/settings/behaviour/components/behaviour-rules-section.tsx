import { Button, Container, Input, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"

import { SectionHeader } from "../../../../components/section-header"
import { BehaviourBadge, GROUP_COLOR } from "../../../../components/behaviour/behaviour-badge"
import { useSaveBehaviourRules } from "../../../../hooks/api/customer-behaviour"
import { toastError } from "../../../../lib/errors"
import { useCrmTranslation } from "../../../../lib/format"
import { behaviourGrid } from "../../../../../modules/customer-facts/behaviour-rules"
import { type BehaviourRule, DEFAULT_BEHAVIOUR_RULES, type ScoreRange } from "../../../../../types/customer-behaviour"

const SCORES = [5, 4, 3, 2, 1]
const RANGES = ["recency", "frequency_monetary"] as const

// the grid's cells, coloured like the badges (Tailwind keeps literal class names only)
const CELL_CLASS = {
  blue: "bg-ui-tag-blue-bg text-ui-tag-blue-text",
  purple: "bg-ui-tag-purple-bg text-ui-tag-purple-text",
  green: "bg-ui-tag-green-bg text-ui-tag-green-text",
  orange: "bg-ui-tag-orange-bg text-ui-tag-orange-text",
  red: "bg-ui-tag-red-bg text-ui-tag-red-text",
}

/**
 * The class table: each class's recency and frequency-monetary ranges,
 * editable, with the 5 × 5 grid they give (a cell no rule covers shows
 * empty, and the server refuses to save the table naming it).
 */
export const BehaviourRulesSection = ({ rules }: { rules: BehaviourRule[] }) => {
  const { t } = useCrmTranslation("spa-crm-behaviour")
  const [draft, setDraft] = useState(rules)
  useEffect(() => setDraft(rules), [rules])
  const { mutate: save, isPending } = useSaveBehaviourRules({
    onSuccess: () => toast.success(t("rules.saved")),
    onError: (e) => toastError(e, t("rules.saveFailed")),
  })

  const setBound = (index: number, field: (typeof RANGES)[number], bound: 0 | 1, value: string) =>
    setDraft((current) =>
      current.map((rule, i) => {
        if (i !== index) return rule
        const range: ScoreRange = [...rule[field]]
        range[bound] = Number(value)
        return { ...rule, [field]: range }
      })
    )
  const grid = behaviourGrid(draft)
  const changed = JSON.stringify(draft) !== JSON.stringify(rules)

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-behaviour-rules">
      <SectionHeader title={t("rules.title")} subtitle={t("rules.subtitle")}>
        <div className="flex shrink-0 gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setDraft(DEFAULT_BEHAVIOUR_RULES)} data-testid="spa-crm-behaviour-rules-defaults">
            {t("rules.defaults")}
          </Button>
          <Button size="small" variant="primary" disabled={!changed} isLoading={isPending} onClick={() => save(draft)} data-testid="spa-crm-behaviour-rules-save">
            {t("rules.save")}
          </Button>
        </div>
      </SectionHeader>
      <div className="overflow-x-auto">
        <Table data-testid="spa-crm-behaviour-rules-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("rules.class")}</Table.HeaderCell>
              <Table.HeaderCell>{t("rules.recency")}</Table.HeaderCell>
              <Table.HeaderCell>{t("rules.frequencyMonetary")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {draft.map((rule, index) => (
              <Table.Row key={`${rule.class}-${index}`} data-testid="spa-crm-behaviour-rule-row">
                <Table.Cell>
                  <BehaviourBadge behaviourClass={rule.class} group={rule.group} />
                </Table.Cell>
                {RANGES.map((field) => (
                  <Table.Cell key={field}>
                    <div className="flex items-center gap-x-1">
                      {([0, 1] as const).map((bound) => (
                        <Input
                          key={bound}
                          size="small"
                          type="number"
                          min={1}
                          max={5}
                          className="w-16"
                          aria-label={`${t(`classes.${rule.class}`)} ${t(field === "recency" ? "rules.recency" : "rules.frequencyMonetary")} ${t(bound ? "rules.max" : "rules.min")}`}
                          value={rule[field][bound]}
                          onChange={(e) => setBound(index, field, bound, e.target.value)}
                        />
                      ))}
                    </div>
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="spa-crm-behaviour-grid">
        <Text size="small" weight="plus">
          {t("rules.grid")}
        </Text>
        <div className="grid grid-cols-[auto_repeat(5,minmax(0,1fr))] gap-1">
          {SCORES.map((fm) => (
            <div key={fm} className="contents">
              <Text size="xsmall" className="text-ui-fg-subtle self-center pr-2">
                FM {fm}
              </Text>
              {[1, 2, 3, 4, 5].map((r) => {
                const cell = grid.find((c) => c.recency === r && c.frequency_monetary === fm)
                return (
                  <div
                    key={r}
                    className={`rounded px-1 py-1 text-center text-xs ${cell ? CELL_CLASS[GROUP_COLOR[cell.group]] : "border border-dashed border-ui-border-error text-ui-fg-error"}`}
                    title={`R ${r} · FM ${fm}`}
                  >
                    {cell ? t(`classes.${cell.class}`) : t("rules.uncovered")}
                  </div>
                )
              })}
            </div>
          ))}
          <div />
          {[1, 2, 3, 4, 5].map((r) => (
            <Text key={r} size="xsmall" className="text-ui-fg-subtle text-center">
              R {r}
            </Text>
          ))}
        </div>
      </div>
    </Container>
  )
}
