// One action on a page (assign, reply, …): busy while it runs, its error
// kept to show next to it, and a callback when it succeeded.
import { useState } from 'preact/hooks'

export interface Action {
  busy: boolean
  error: unknown
  run(work: () => Promise<unknown>): Promise<boolean>
}

export function useAction(onDone: () => void): Action {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  return {
    busy,
    error,
    async run(work) {
      setBusy(true)
      setError(null)
      try {
        await work()
        onDone()
        return true
      } catch (err) {
        setError(err)
        return false
      } finally {
        setBusy(false)
      }
    },
  }
}
