// Loads data for a page and reloads it on demand (after an action changed it).
import { useCallback, useEffect, useState } from 'preact/hooks'

export interface Loaded<T> {
  data: T | null
  error: unknown
  reload(): void
}

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    let live = true
    setError(null)
    load().then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(e),
    )
    return () => {
      live = false
    }
  }, [...deps, round])

  const reload = useCallback(() => setRound((r) => r + 1), [])
  return { data, error, reload }
}
