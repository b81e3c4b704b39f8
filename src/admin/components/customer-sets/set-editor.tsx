import { Button, Container, Heading, Input, Select, Textarea } from "@medusajs/ui"
import { useState } from "react"

import { SET_KINDS, type SetKind, type SetRuleGroup } from "../../../types/customer-sets"
import type { SetPayload } from "../../hooks/api/customer-sets"
import { fieldErrorsFromMessage } from "../../lib/errors"
import { useCrmTranslation } from "../../lib/format"
import { FormField } from "../form-field"
import { RuleGroupEditor } from "./rule-group-editor"
import { SetPreview } from "./set-preview"

type SetEditorProps = {
  /** the page's heading: "New customer set", or "Rules" on a set's own page */
  title: string
  initial: SetPayload
  onSubmit: (payload: SetPayload) => void
  isPending: boolean
  submitLabel: string
  /** the server's message of the last failed save, split per field */
  errorMessage?: string
}

/** A set's name, kind and rules, with the live count beside them. */
export const SetEditor = ({ title, initial, onSubmit, isPending, submitLabel, errorMessage }: SetEditorProps) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const [name, setName] = useState(initial.name)
  const [description, setDescription] = useState(initial.description ?? "")
  const [kind, setKind] = useState<SetKind>(initial.kind)
  const [rules, setRules] = useState<SetRuleGroup>(initial.rules)
  const errors = errorMessage ? fieldErrorsFromMessage(errorMessage) : {}

  return (
    <form
      className="grid grid-cols-1 gap-3 xl:grid-cols-[1fr_360px]"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit({ name: name.trim(), description: description.trim() || null, kind, rules })
      }}
      data-testid="spa-crm-set-editor"
    >
      <Container className="flex flex-col gap-y-4 p-6">
        <Heading level="h2">{title}</Heading>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-[1fr_200px]">
          <FormField id="spa-crm-set-name" label={t("editor.name")} required error={errors.name}>
            <Input id="spa-crm-set-name" size="small" value={name} onChange={(e) => setName(e.target.value)} data-testid="spa-crm-set-name" />
          </FormField>
          <FormField id="spa-crm-set-kind" label={t("editor.kind")} hint={t(`kind.${kind}Hint`)}>
            <Select size="small" value={kind} onValueChange={(k) => setKind(k as SetKind)}>
              <Select.Trigger id="spa-crm-set-kind" data-testid="spa-crm-set-kind">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {SET_KINDS.map((k) => (
                  <Select.Item key={k} value={k}>
                    {t(`kind.${k}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
        </div>
        <FormField id="spa-crm-set-description" label={t("editor.description")} error={errors.description}>
          <Textarea id="spa-crm-set-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        </FormField>
        <RuleGroupEditor group={rules} onChange={setRules} />
        {errorMessage && !errors.name && !errors.description && (
          <p className="txt-compact-small text-ui-fg-error" data-testid="spa-crm-set-save-error">{errorMessage}</p>
        )}
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={isPending} disabled={!name.trim()} data-testid="spa-crm-set-save">
            {submitLabel}
          </Button>
        </div>
      </Container>
      <div className="xl:sticky xl:top-4 xl:self-start">
        <SetPreview rules={rules} />
      </div>
    </form>
  )
}
