import { useCrmTranslation } from "../lib/format"

/** The texts of @medusajs/ui's table pagination ("1 — 10 of 42 results") in the CRM's languages. */
export const usePaginationTranslations = () => {
  const { t } = useCrmTranslation()
  return {
    of: t("pagination.of"),
    results: t("pagination.results"),
    pages: t("pagination.pages"),
    prev: t("pagination.prev"),
    next: t("pagination.next"),
  }
}
