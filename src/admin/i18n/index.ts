import en from "./json/en.json" with { type: "json" }
import vi from "./json/vi.json" with { type: "json" }
import zhCN from "./json/zhCN.json" with { type: "json" }

// Merged by the dashboard into its i18next resources, under the dashboard's
// language codes; every CRM text is read with useTranslation("spa-crm").
export default {
  en: { "spa-crm": en },
  vi: { "spa-crm": vi },
  zhCN: { "spa-crm": zhCN },
}
