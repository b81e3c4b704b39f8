import { type DependencyList, useCallback, useEffect, useState } from "react"

/** Reads something for a page: its value, the error if it failed, and a way to read it again. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<{ value?: T; error?: Error; loading: boolean }>({ loading: true })
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps)
  const reload = useCallback(async () => {
    try {
      const value = await run()
      setState({ value, loading: false })
    } catch (error) {
      setState({ error: error as Error, loading: false })
    }
  }, [run])
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }))
    void reload()
  }, [reload])
  return { ...state, reload }
}
