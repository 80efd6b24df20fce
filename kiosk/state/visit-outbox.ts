// Visits go through an outbox like the tablet's submissions (outbox.ts):
// written to IndexedDB first, sent, removed once the server answered
// 200/201. The client-made id makes resending safe, so what could not be
// sent (no network in the store) is sent again when the phone is back
// online or the field page opens. Retryable failures follow outbox.ts.
import type { VisitInput } from '../../shared/field-schemas.ts'
import type { VisitCreated } from '../../shared/field-types.ts'
import { ApiFailure } from '../api/client.ts'
import { sendVisit } from '../api/field.ts'
import { localDb } from './local-db.ts'

export type VisitResult = { state: 'sent'; created: VisitCreated } | { state: 'queued' }

const retryable = (err: unknown) => err instanceof ApiFailure && (err.status === 0 || err.status >= 500 || err.status === 408 || err.status === 429)

/** Stores the visit, then tries to send it; a refusal the supervisor can fix is thrown and the record dropped. */
export async function submitVisit(input: VisitInput): Promise<VisitResult> {
  const db = await localDb()
  if (!db) return { state: 'sent', created: await sendVisit(input) }
  await db.put('visits', { id: input.id, input })
  try {
    const created = await sendVisit(input)
    await db.delete('visits', input.id)
    return { state: 'sent', created }
  } catch (err) {
    if (retryable(err)) return { state: 'queued' }
    await db.delete('visits', input.id)
    throw err
  }
}

/** Sends every queued visit; returns how many are still waiting. */
export async function flushVisits(): Promise<number> {
  const db = await localDb()
  if (!db) return 0
  let waiting = 0
  for (const record of await db.getAll('visits')) {
    if (record.failed) continue
    try {
      await sendVisit(record.input)
      await db.delete('visits', record.id)
    } catch (err) {
      if (retryable(err)) waiting += 1
      else if (err instanceof ApiFailure) await db.put('visits', { ...record, failed: { status: err.status, code: err.code } })
    }
  }
  return waiting
}

export async function queuedVisits(): Promise<number> {
  const db = await localDb()
  return db ? (await db.getAll('visits')).filter((r) => !r.failed).length : 0
}
