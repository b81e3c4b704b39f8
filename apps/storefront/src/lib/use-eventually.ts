import { type DependencyList, useEffect, useState } from "react"

/**
 * Reads every `everyMs` until `settled(value)` holds or `forMs` have passed:
 * what the plugin books on Medusa's events (a sign-up bonus, an order's
 * points) arrives a moment after the request that caused it.
 */
export function useEventually<T>(
  read: () => Promise<T>,
  settled: (value: T) => boolean,
  deps: DependencyList,
  { everyMs = 1000, forMs = 30_000 } = {}
) {
  const [value, setValue] = useState<T | undefined>(undefined)
  const [error, setError] = useState<Error | undefined>(undefined)
  // false once settled, failed or out of time: the caller can stop saying "on its way"
  const [waiting, setWaiting] = useState(true)
  useEffect(() => {
    let stopped = false
    const until = Date.now() + forMs
    setWaiting(true)
    const next = async () => {
      try {
        const current = await read()
        if (stopped) return
        setValue(current)
        if (!settled(current) && Date.now() < until) setTimeout(next, everyMs)
        else setWaiting(false)
      } catch (e) {
        if (!stopped) {
          setError(e as Error)
          setWaiting(false)
        }
      }
    }
    void next()
    return () => {
      stopped = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return { value, error, waiting, loading: value === undefined && !error }
}
