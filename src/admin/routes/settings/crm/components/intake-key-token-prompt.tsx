import { Alert, Prompt, Text } from "@medusajs/ui"

import { CopyButton } from "../../../../components/copy-button"
import { useCrmTranslation } from "../../../../lib/format"
import { apiBaseUrl } from "../../../../lib/sdk"

/** A request that posts one lead with the key, for the people who set up the sender. */
const curlExample = (token: string) =>
  [
    `curl -X POST ${apiBaseUrl()}/intake/leads \\`,
    `  -H "Authorization: Bearer ${token}" \\`,
    `  -H "content-type: application/json" \\`,
    `  -d '{"external_id":"form-1001","email":"lan@example.com"}'`,
  ].join("\n")

type IntakeKeyTokenPromptProps = { token: string | null; onClose: () => void }

/**
 * The new key's token, shown this once (the server keeps only its hash), with
 * a Copy button and a ready-to-run example. An alert dialog, as the dashboard
 * shows a new secret API key: a click beside it does not throw the token away.
 */
export const IntakeKeyTokenPrompt = ({ token, onClose }: IntakeKeyTokenPromptProps) => {
  const { t } = useCrmTranslation()
  const example = token ? curlExample(token) : ""

  return (
    <Prompt variant="confirmation" open={!!token}>
      <Prompt.Content className="max-w-[600px]" data-testid="spa-crm-intake-key-token-prompt">
        <Prompt.Header>
          <Prompt.Title>{t("intakeKeys.token.title")}</Prompt.Title>
          <Prompt.Description>{t("intakeKeys.token.description")}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <div className="shadow-borders-base bg-ui-bg-component min-w-0 flex-1 rounded-md px-2 py-1.5">
              <Text family="mono" size="small" className="select-all break-all" data-testid="spa-crm-intake-key-token">
                {token}
              </Text>
            </div>
            <CopyButton content={token ?? ""} label={t("intakeKeys.token.copy")} data-testid="spa-crm-intake-key-token-copy" />
          </div>
          <Alert variant="warning">{t("intakeKeys.token.warning")}</Alert>
          <div className="flex flex-col gap-y-2">
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" leading="compact" weight="plus">
                {t("intakeKeys.token.example")}
              </Text>
              <CopyButton content={example} label={t("intakeKeys.token.copyExample")} />
            </div>
            <pre
              className="bg-ui-bg-subtle border-ui-border-base txt-compact-xsmall text-ui-fg-subtle overflow-x-auto whitespace-pre-wrap break-all rounded-md border p-3 font-mono"
              data-testid="spa-crm-intake-key-example"
            >
              {example}
            </pre>
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("intakeKeys.token.exampleHint")}
            </Text>
          </div>
        </div>
        <Prompt.Footer className="border-t py-4">
          <Prompt.Action onClick={onClose} data-testid="spa-crm-intake-key-token-done">
            {t("intakeKeys.token.done")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
