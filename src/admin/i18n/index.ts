import en from "./json/en.json" with { type: "json" }
import vi from "./json/vi.json" with { type: "json" }
import zhCN from "./json/zhCN.json" with { type: "json" }
import setsEn from "./json/customer-sets/en.json" with { type: "json" }
import setsVi from "./json/customer-sets/vi.json" with { type: "json" }
import setsZhCN from "./json/customer-sets/zhCN.json" with { type: "json" }

// Merged by the dashboard into its i18next resources, under the dashboard's
// language codes; each area reads its own namespace (useCrmTranslation("spa-crm-sets")).
export default {
  en: { "spa-crm": en, "spa-crm-sets": setsEn },
  vi: { "spa-crm": vi, "spa-crm-sets": setsVi },
  zhCN: { "spa-crm": zhCN, "spa-crm-sets": setsZhCN },
}
