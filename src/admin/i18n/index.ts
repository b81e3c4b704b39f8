import en from "./json/en.json" with { type: "json" }
import vi from "./json/vi.json" with { type: "json" }
import zhCN from "./json/zhCN.json" with { type: "json" }
import setsEn from "./json/customer-sets/en.json" with { type: "json" }
import setsVi from "./json/customer-sets/vi.json" with { type: "json" }
import setsZhCN from "./json/customer-sets/zhCN.json" with { type: "json" }
import feedbackEn from "./json/feedback/en.json" with { type: "json" }
import feedbackVi from "./json/feedback/vi.json" with { type: "json" }
import feedbackZhCN from "./json/feedback/zhCN.json" with { type: "json" }
import behaviourEn from "./json/behaviour/en.json" with { type: "json" }
import behaviourVi from "./json/behaviour/vi.json" with { type: "json" }
import behaviourZhCN from "./json/behaviour/zhCN.json" with { type: "json" }
import analyticsEn from "./json/analytics/en.json" with { type: "json" }
import analyticsVi from "./json/analytics/vi.json" with { type: "json" }
import analyticsZhCN from "./json/analytics/zhCN.json" with { type: "json" }

// Merged by the dashboard into its i18next resources, under the dashboard's
// language codes; each area reads its own namespace (useCrmTranslation("spa-crm-sets")).
export default {
  en: { "spa-crm": en, "spa-crm-sets": setsEn, "spa-crm-feedback": feedbackEn, "spa-crm-behaviour": behaviourEn, "spa-crm-analytics": analyticsEn },
  vi: { "spa-crm": vi, "spa-crm-sets": setsVi, "spa-crm-feedback": feedbackVi, "spa-crm-behaviour": behaviourVi, "spa-crm-analytics": analyticsVi },
  zhCN: { "spa-crm": zhCN, "spa-crm-sets": setsZhCN, "spa-crm-feedback": feedbackZhCN, "spa-crm-behaviour": behaviourZhCN, "spa-crm-analytics": analyticsZhCN },
}
