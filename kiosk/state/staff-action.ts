// One action on a page (assign, reply, …): busy while it runs, its error
// kept to show next to it, and a callback when it succeeded.
import { useState } from 'preact/hooks'
import type * as v from 'valibot'
import { parseWith } from '../../shared/schemas.ts'
import { ApiFailure } from '../api/client.ts'

interface Action {
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

/**
 * The input checked against the API's own schema before it is sent; a
 * failure is thrown in the API's error shape, so it is shown the same way.
 */
export function validated<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const parsed = parseWith(schema, input)
  if (parsed.ok) return parsed.value
  throw new ApiFailure(400, { error: { code: 'validation_failed', message: 'invalid input', fields: parsed.fields } })
}
