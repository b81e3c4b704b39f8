import { Plus, XMarkMini } from "@medusajs/icons"
import { Button, IconButton, Select, Text } from "@medusajs/ui"

import { isRuleGroup, SET_RULE_LIMITS, type SetRule, type SetRuleGroup } from "../../../types/customer-sets"
import { useStoreCurrencies } from "../../hooks/api/medusa-core"
import { emptyRuleGroup, newCondition } from "../../lib/customer-set-rules"
import { useCrmTranslation } from "../../lib/format"
import { ConditionRow } from "./condition-row"

type RuleGroupEditorProps = {
  group: SetRuleGroup
  onChange: (group: SetRuleGroup) => void
  /** nested groups can be removed; the top one cannot */
  onRemove?: () => void
  depth?: number
  testId?: string
}

/**
 * A group of rules joined by AND or OR; each rule a condition or a nested
 * group, so "Gold and (sensitive skin or dry skin)" can be said.
 */
export const RuleGroupEditor = ({ group, onChange, onRemove, depth = 1, testId = "spa-crm-set-rules" }: RuleGroupEditorProps) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const { defaultCurrency } = useStoreCurrencies()
  const replace = (index: number, rule: SetRule) => onChange({ ...group, rules: group.rules.map((r, i) => (i === index ? rule : r)) })
  const remove = (index: number) => onChange({ ...group, rules: group.rules.filter((_, i) => i !== index) })
  const add = (rule: SetRule) => onChange({ ...group, rules: [...group.rules, rule] })
  const full = group.rules.length >= SET_RULE_LIMITS.rules_per_group

  return (
    <div className={depth > 1 ? "border-ui-border-strong flex flex-col gap-y-2 rounded-lg border border-dashed p-3" : "flex flex-col gap-y-2"} data-testid={testId}>
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex items-center gap-x-2">
          <Text size="small" className="text-ui-fg-subtle">
            {t("builder.match")}
          </Text>
          <Select size="small" value={group.combinator} onValueChange={(c) => onChange({ ...group, combinator: c as SetRuleGroup["combinator"] })}>
            <Select.Trigger className="w-56" data-testid={`${testId}-combinator`}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="and">{t("builder.all")}</Select.Item>
              <Select.Item value="or">{t("builder.any")}</Select.Item>
            </Select.Content>
          </Select>
        </div>
        {onRemove && (
          <IconButton size="small" variant="transparent" type="button" onClick={onRemove} aria-label={t("builder.removeGroup")}>
            <XMarkMini />
          </IconButton>
        )}
      </div>
      {group.rules.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          {depth === 1 ? t("builder.everyone") : t("builder.emptyGroup")}
        </Text>
      )}
      {group.rules.map((rule, index) =>
        isRuleGroup(rule) ? (
          <RuleGroupEditor
            key={index}
            group={rule}
            depth={depth + 1}
            onChange={(next) => replace(index, next)}
            onRemove={() => remove(index)}
            testId={`${testId}-${index}`}
          />
        ) : (
          <ConditionRow
            key={index}
            condition={rule}
            onChange={(next) => replace(index, next)}
            onRemove={() => remove(index)}
            testId={`${testId}-${index}`}
          />
        )
      )}
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" type="button" disabled={full} onClick={() => add(newCondition("birthday_month", defaultCurrency))} data-testid={`${testId}-add-condition`}>
          <Plus />
          {t("builder.addCondition")}
        </Button>
        {depth < SET_RULE_LIMITS.depth && (
          <Button
            size="small"
            variant="transparent"
            type="button"
            disabled={full}
            onClick={() => add(emptyRuleGroup(group.combinator === "and" ? "or" : "and"))}
            data-testid={`${testId}-add-group`}
          >
            <Plus />
            {t("builder.addGroup")}
          </Button>
        )}
      </div>
    </div>
  )
}
