/**
 * R1 by construction: every route under src/api, found on disk (a route added
 * tomorrow is in this test tomorrow), answers 401 without its credential —
 * an admin for /admin, a signed-in shopper for /store (the publishable key
 * alone is not enough), an intake key for /intake — and writes nothing.
 * A route the test cannot place fails it.
 */
import { spaIntegrationTestRunner } from "../helpers/runner"
import { pluginRowsFingerprint, routesOnDisk } from "../helpers/routes"
import { createStorefront } from "../helpers/storefront"

jest.setTimeout(120_000)

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    it("answers 401 on every route of the plugin without its credential, writing nothing", async () => {
      const store = await createStorefront(getContainer())
      const routes = routesOnDisk()
      const before = await pluginRowsFingerprint(dbConnection)
      const wrong: string[] = []
      for (const route of routes) {
        const [method, template] = route.split(" ")
        const url = template.replace(/:\w+/g, "id_that_does_not_matter")
        const headers = template.startsWith("/store") ? store.guest.headers : {}
        if (!/^\/(admin|store|intake)\//.test(template) || !["GET", "POST", "DELETE"].includes(method)) {
          wrong.push(`${route}: a route this test does not know how to call without credentials`)
          continue
        }
        const res = await api.request({ method, url, data: method === "GET" ? undefined : {}, headers, validateStatus: () => true })
        if (res.status !== 401) wrong.push(`${route}: ${res.status}`)
      }
      expect(wrong).toEqual([])
      expect(routes.length).toBeGreaterThanOrEqual(45)
      console.info(`route auth: ${routes.length} route-methods, each 401 without its credential`)
      expect(await pluginRowsFingerprint(dbConnection)).toBe(before)
    })
  },
})
