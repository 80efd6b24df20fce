// Every submission goes through the outbox: written to IndexedDB first, then
// sent; removed only once the server answered 200/201. The client-made id
// makes resending safe (the server stores each id once), so a record is
// simply sent again until it is acknowledged: on `online`, on an interval and
// at start-up, with growing pauses while the server stays unreachable.
import type { FeedbackAccepted } from '../../shared/api-types.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { ApiFailure } from '../api/client.ts'
import { localDb, type OutboxRecord } from './local-db.ts'

export type SubmitResult = { state: 'sent'; accepted: FeedbackAccepted } | { state: 'queued' }

export interface OutboxCounts {
  pending: number
  failed: number
}

interface Options {
  send(input: FeedbackInput): Promise<FeedbackAccepted>
  /** Called whenever the outbox's contents changed. */
  onChange?(counts: OutboxCounts): void
  /** The server said this device may not submit (403 device_revoked): stop sending, keep everything. */
  onRevoked?(): void
}

const RETRY_EVERY_MS = 5_000
const BACKOFF_BASE_MS = 2_000
const BACKOFF_MAX_MS = 30_000

// 408 and 429 say "later", 5xx and no answer at all say "not now": retry.
// Any other 4xx will answer the same forever.
const retryable = (err: ApiFailure) => err.status === 0 || err.status >= 500 || err.status === 408 || err.status === 429
const revoked = (err: unknown) => err instanceof ApiFailure && err.code === 'device_revoked'

function backoff(attempts: number): number {
  const pause = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1))
  return pause * (0.8 + Math.random() * 0.4)
}

export function createOutbox({ send, onChange, onRevoked }: Options) {
  let flushing: Promise<void> | null = null
  let paused = false

  async function counts(): Promise<OutboxCounts> {
    const db = await localDb()
    const all = db ? await db.getAll('outbox') : []
    return { pending: all.filter((r) => !r.failed).length, failed: all.filter((r) => r.failed).length }
  }
  const changed = async () => onChange?.(await counts())

  /** One attempt; true when the record is done with (acknowledged or failed for good). */
  async function deliver(record: OutboxRecord): Promise<'done' | 'retry' | 'stop'> {
    const db = (await localDb())!
    try {
      await send(record.input)
      await db.delete('outbox', record.id)
      return 'done'
    } catch (err) {
      if (revoked(err)) {
        paused = true
        onRevoked?.()
        return 'stop'
      }
      if (err instanceof ApiFailure && !retryable(err)) {
        await db.put('outbox', { ...record, failed: { status: err.status, code: err.code } })
        return 'done'
      }
      const attempts = record.attempts + 1
      await db.put('outbox', { ...record, attempts, nextAt: Date.now() + backoff(attempts) })
      return 'retry'
    }
  }

  async function flushOnce(force: boolean): Promise<void> {
    const db = await localDb()
    if (!db || paused) return
    const due = (await db.getAll('outbox'))
      .filter((r) => !r.failed && (force || r.nextAt <= Date.now()))
      .sort((a, b) => a.input.createdAt.localeCompare(b.input.createdAt))
    for (const record of due) {
      // One unreachable server fails every record alike: wait for the next round.
      if ((await deliver(record)) !== 'done') break
    }
    if (due.length > 0) await changed()
  }

  /** Sends what is due (everything when forced); never runs twice at once. */
  function flush(force = false): Promise<void> {
    flushing ??= flushOnce(force).finally(() => (flushing = null))
    return flushing
  }

  return {
    counts,
    flush,

    /**
     * Stores the submission, then tries to send it at once. Without IndexedDB
     * it is only sent, and a failure is the caller's to show. A refusal that
     * the person at the form can fix (400 with fields, unknown store) is
     * thrown and the record dropped: they are still there to correct it.
     */
    async submit(input: FeedbackInput): Promise<SubmitResult> {
      const db = await localDb()
      if (!db) return { state: 'sent', accepted: await send(input) }
      // Not due for the background rounds while this first attempt runs; a
      // reload in between sends it at start-up.
      const record: OutboxRecord = { id: input.id, input, attempts: 0, nextAt: Date.now() + BACKOFF_MAX_MS }
      await db.put('outbox', record)
      await flushing
      try {
        const accepted = await send(input)
        await db.delete('outbox', input.id)
        return { state: 'sent', accepted }
      } catch (err) {
        if (revoked(err)) {
          paused = true
          onRevoked?.()
        } else if (err instanceof ApiFailure && !retryable(err)) {
          await db.delete('outbox', input.id)
          throw err
        } else {
          await db.put('outbox', { ...record, attempts: 1, nextAt: Date.now() + backoff(1) })
        }
        return { state: 'queued' }
      } finally {
        await changed()
      }
    },

    /** Retries on `online`, every few seconds and now; returns the stop function. */
    start(): () => void {
      const online = () => void flush(true)
      addEventListener('online', online)
      const timer = setInterval(() => void flush(), RETRY_EVERY_MS)
      void flush(true).then(changed)
      return () => {
        removeEventListener('online', online)
        clearInterval(timer)
      }
    },
  }
}

export type Outbox = ReturnType<typeof createOutbox>
