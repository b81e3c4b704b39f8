import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { subscribersIdle, trackSubscribers } from "./subscribers"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's integration test runner, where a test ends only when the
 * subscribers it set off have finished: the next test restores the database,
 * and work still running then would fail against it (or leak into it).
 */
export function spaIntegrationTestRunner(options: RunnerOptions) {
  return medusaIntegrationTestRunner({
    ...options,
    testSuite: (suite) => {
      // after the runner's own beforeAll, which boots the app
      beforeAll(() => {
        trackSubscribers(suite.getContainer())
      })
      // after the runner's own afterEach (workflow executions), before the next restore
      afterEach(() => subscribersIdle(suite.getContainer()))
      options.testSuite(suite)
    },
  })
}
