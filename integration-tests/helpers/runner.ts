import { WorkflowScheduler } from "@medusajs/framework/orchestration"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { restoreClock } from "./clock"
import { subscribersIdle, trackSubscribers } from "./subscribers"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's integration test runner, where a test ends only when the
 * subscribers it set off have finished: the next test restores the database,
 * and work still running then would fail against it (or leak into it).
 * The app runs on the clock `SPA_TEST_NOW` sets (see ./clock), and without
 * its scheduler: the tests run the jobs themselves.
 */
export function spaIntegrationTestRunner(options: RunnerOptions) {
  // before the app boots, so that everything in it reads this clock
  restoreClock()
  return medusaIntegrationTestRunner({
    ...options,
    testSuite: (suite) => {
      // after the runner's own beforeAll, which boots the app
      beforeAll(async () => {
        trackSubscribers(suite.getContainer())
        // the scheduled jobs would fire in the middle of unrelated tests (the catch-up 5 s
        // after boot, the retries every 10 minutes, the nightly jobs at midnight) and race
        // the database restore between tests
        await new WorkflowScheduler().clear()
      })
      // after the runner's own afterEach (workflow executions), before the next restore;
      // the file's clock first, should a test have left it pinned
      afterEach(() => {
        restoreClock()
        return subscribersIdle(suite.getContainer())
      })
      options.testSuite(suite)
    },
  })
}
