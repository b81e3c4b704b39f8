import i18next from "i18next"
import resources from ".."

// The dashboard's language codes: "zhCN" is no BCP 47 tag, so i18next finds no plural rule for it
// and looks a counted text up without a suffix; a "_other" key alone would show the English.
const countedKeys = (tree: object, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object"
      ? countedKeys(value, `${prefix}${key}.`)
      : /_(one|other)$/.test(key)
        ? [`${prefix}${key.replace(/_(one|other)$/, "")}`]
        : []
  )

// every namespace with a counted text (the feedback pages have none)
const namespaces = (Object.keys(resources.en) as (keyof typeof resources.en)[]).filter((ns) => countedKeys(resources.en[ns]).length)

describe("the admin's counted texts", () => {
  it.each(namespaces.flatMap((ns) => (["vi", "zhCN"] as const).map((language) => [ns, language] as const)))(
    "%s reads every counted text in %s, none left in English",
    async (ns, language) => {
      const i18n = i18next.createInstance()
      await i18n.init({ lng: language, fallbackLng: "en", resources, interpolation: { escapeValue: false } })
      const english = i18n.getFixedT("en", ns)
      const translated = i18n.getFixedT(language, ns)
      const keys = [...new Set(countedKeys(resources.en[ns]))]
      for (const count of [1, 5]) {
        const values = { count, total: count, formatted: String(count), points: count, days: count, ms: 7, name: "x", date: "d" }
        expect(keys.filter((key) => translated(key, values) === english(key, values))).toEqual([])
      }
    }
  )
})
