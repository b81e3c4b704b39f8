export { progressBar } from "../../src/lib/progress"

/** Runs `worker` over `items` with at most `concurrency` at once, reporting each completion. */
export async function runPool<T>(
  items: T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<void>,
  onDone?: (completed: number) => void
) {
  let next = 0
  let completed = 0
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      await worker(items[index], index)
      onDone?.(++completed)
    }
  })
  await Promise.all(lanes)
}

/** Polls `condition` until it holds (what a subscriber does comes a moment after its event). */
export async function waitUntil(what: string, condition: () => Promise<boolean>, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`gave up waiting for ${what} after ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
