// Every submission goes through the outbox: written to IndexedDB first, then
// sent; removed only once the server answered 200/201. The client-made id
// makes resending safe (the server stores each id once), so a record is
// simply sent again until it is acknowledged: on `online`, on an interval and
// at start-up, with growing pauses while the server stays unreachable.
// A submission's photos ride in the same record as blobs and are sent after
// it, one at a time, each dropped from the record once acknowledged; the
// server answers the same bytes with the same photo, so a reload between
// an upload and its removal sends nothing twice (issue 15).
import type { FeedbackAccepted } from '../../shared/api-types.ts'
import { receiptFromId } from '../../shared/receipt.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { ApiFailure } from '../api/client.ts'
import { localDb, type OutboxRecord } from './local-db.ts'

/** Queued: `busy` when the server answered "later" (408, 429, 5xx), not when it could not be reached. */
export type SubmitResult = { state: 'sent'; accepted: FeedbackAccepted } | { state: 'queued'; busy: boolean }

export interface OutboxCounts {
  pending: number
  failed: number
}

interface Options {
  send(input: FeedbackInput): Promise<FeedbackAccepted>
  /** Sends one photo of an acknowledged submission; outboxes that take no photos leave it out. */
  sendPhoto?(feedbackId: string, photo: Blob): Promise<unknown>
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

export function createOutbox({ send, sendPhoto, onChange, onRevoked }: Options) {
  let flushing: Promise<void> | null = null
  let forced: Promise<void> | null = null
  let paused = false

  async function counts(): Promise<OutboxCounts> {
    const db = await localDb()
    const all = db ? await db.getAll('outbox') : []
    return { pending: all.filter((r) => !r.failed).length, failed: all.filter((r) => r.failed).length }
  }
  const changed = async () => onChange?.(await counts())

  /** Sends the record's photos in turn, writing down each acknowledged one; a photo refused for good is dropped. */
  async function sendPhotos(record: OutboxRecord, save: (r: OutboxRecord) => Promise<unknown>): Promise<void> {
    let left = record.photos ?? []
    while (left.length > 0 && sendPhoto) {
      try {
        await sendPhoto(record.id, left[0]!)
      } catch (err) {
        if (!(err instanceof ApiFailure) || retryable(err)) throw err
      }
      left = left.slice(1)
      await save({ ...record, photos: left })
    }
  }

  /** One attempt; true when the record is done with (acknowledged or failed for good). */
  async function deliver(record: OutboxRecord): Promise<'done' | 'retry' | 'stop'> {
    const db = (await localDb())!
    try {
      if (!record.submitted) {
        // Queued by a version that derived the receipt from the id and showed the buyer that code.
        await send({ receipt: receiptFromId(record.input.id), ...record.input })
        record = { ...record, submitted: true }
        await db.put('outbox', record)
      }
      await sendPhotos(record, (r) => db.put('outbox', (record = r)))
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

  /**
   * Sends what is due (everything when forced); never runs twice at once.
   * Forced during a round (the network came back while one was failing),
   * it runs once more right after it, rather than leave the records to
   * their back-off.
   */
  function flush(force = false): Promise<void> {
    if (flushing && force) {
      forced ??= flushing.catch(() => undefined).then(() => {
        forced = null
        return flush(true)
      })
      return forced
    }
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
    async submit(input: FeedbackInput, photos: Blob[] = []): Promise<SubmitResult> {
      const db = await localDb()
      if (!db) {
        const accepted = await send(input)
        // Nowhere to keep them for later: one try each, after the submission.
        for (const photo of photos) await sendPhoto?.(input.id, photo).catch(() => undefined)
        return { state: 'sent', accepted }
      }
      // Not due for the background rounds while this first attempt runs; a
      // reload in between sends it at start-up.
      const record: OutboxRecord = { id: input.id, input, attempts: 0, nextAt: Date.now() + BACKOFF_MAX_MS, ...(photos.length > 0 && { photos }) }
      await db.put('outbox', record)
      await flushing
      try {
        const accepted = await send(input)
        if (photos.length > 0) {
          // The buyer sees the receipt now; the photos follow in the background.
          await db.put('outbox', { ...record, submitted: true, nextAt: 0 })
          void flush(true)
        } else {
          await db.delete('outbox', input.id)
        }
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
        return { state: 'queued', busy: !paused && err instanceof ApiFailure && err.status !== 0 }
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
