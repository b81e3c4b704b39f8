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

