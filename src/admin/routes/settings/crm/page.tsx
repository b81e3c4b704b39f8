import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"

import { useCrmTranslation } from "../../../lib/format"
import { CustomFieldsTab } from "./components/custom-fields-tab"
import { IntakeKeysTab } from "./components/intake-keys-tab"
import { SourcesTab } from "./components/sources-tab"
import { TagsTab } from "./components/tags-tab"

const TABS = ["tags", "sources", "custom-fields", "intake-keys"] as const
type Tab = (typeof TABS)[number]

/** Settings → Extensions → CRM: tags, sources (with their statistics), custom profile fields and intake keys. */
const CrmSettingsPage = () => {
  const { t } = useCrmTranslation()
  // the open tab lives in the URL, so a reload or a shared link keeps it
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = searchParams.get("tab") as Tab | null
  const tab: Tab = requested && TABS.includes(requested) ? requested : "tags"

  return (
    <Tabs value={tab} onValueChange={(next) => setSearchParams({ tab: next }, { replace: true })}>
      <div className="flex flex-col gap-y-3" data-testid="spa-crm-settings">
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading>{t("settings.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("settings.subtitle")}
            </Text>
          </div>
          <div className="px-6 py-3">
            <Tabs.List>
              {TABS.map((value) => (
                <Tabs.Trigger key={value} value={value} data-testid={`spa-crm-settings-tab-${value}`}>
                  {t(`settings.tabs.${value}`)}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </div>
        </Container>
        <Tabs.Content value="tags">
          <TagsTab />
        </Tabs.Content>
        <Tabs.Content value="sources">
          <SourcesTab />
        </Tabs.Content>
        <Tabs.Content value="custom-fields">
          <CustomFieldsTab />
        </Tabs.Content>
        <Tabs.Content value="intake-keys">
          <IntakeKeysTab />
        </Tabs.Content>
      </div>
    </Tabs>
  )
}

export const config = defineRouteConfig({
  label: "settings.menuLabel",
  translationNs: "spa-crm",
})

export default CrmSettingsPage
