// Visits go through an outbox like the tablet's submissions (outbox.ts):
// written to IndexedDB first, sent, removed once the server answered
// 200/201. The client-made id makes resending safe, so what could not be
// sent (no network in the store) is sent again when the phone is back
// online or the field page opens. Retryable failures follow outbox.ts.
// A visit's photos (issue 15) ride in the same record as blobs and are
// sent only after the visit is acknowledged (the server takes photos of
// stored visits only), each removed from the record once the server has
// it; the server answers the same bytes with the same photo, so a reload
// between sending one and writing that down cannot store it twice.
import type { VisitInput } from '../../shared/field-schemas.ts'
import type { VisitCreated } from '../../shared/field-types.ts'
import { ApiFailure } from '../api/client.ts'
import { sendVisit, sendVisitPhoto } from '../api/field.ts'
import { localDb, type VisitOutboxRecord, type VisitPhoto } from './local-db.ts'

/** sent: the server has the visit; photosWaiting of its photos are still kept on the phone. */
export type VisitResult = { state: 'sent'; created: VisitCreated; photosWaiting: number } | { state: 'queued' }

type LocalDb = NonNullable<Awaited<ReturnType<typeof localDb>>>

const retryable = (err: unknown) => err instanceof ApiFailure && (err.status === 0 || err.status >= 500 || err.status === 408 || err.status === 429)

/** Stores the visit with its photos, then tries to send them; a refusal the supervisor can fix is thrown and the record dropped. */
export async function submitVisit(input: VisitInput, photos: VisitPhoto[] = []): Promise<VisitResult> {
  const db = await localDb()
  if (!db) {
    const created = await sendVisit(input)
    let waiting = 0
    for (const p of photos) await sendVisitPhoto(input.id, p.itemId, p.blob).catch(() => (waiting += 1))
    return { state: 'sent', created, photosWaiting: waiting }
  }
  const record: VisitOutboxRecord = { id: input.id, input, ...(photos.length > 0 && { photos }) }
  await db.put('visits', record)
  let created: VisitCreated
  try {
    created = await sendVisit(input)
  } catch (err) {
    if (retryable(err)) return { state: 'queued' }
    await db.delete('visits', input.id)
    throw err
  }
  return { state: 'sent', created, photosWaiting: await sendPhotos(db, { ...record, submitted: true }) }
}

/**
 * Sends the photos of an acknowledged visit in turn, writing down each one
 * the server has; one it refuses for good (no longer an image it takes, or
 * over the limit) is dropped. Returns how many are still waiting.
 */
async function sendPhotos(db: LocalDb, record: VisitOutboxRecord): Promise<number> {
  let left = record.photos ?? []
  await db.put('visits', record)
  while (left.length > 0) {
    const [photo, ...rest] = left as [VisitPhoto, ...VisitPhoto[]]
    try {
      await sendVisitPhoto(record.id, photo.itemId, photo.blob)
    } catch (err) {
      if (retryable(err) || !(err instanceof ApiFailure)) return left.length
    }
    left = rest
    await db.put('visits', { ...record, photos: left })
  }
  await db.delete('visits', record.id)
  return 0
}

let flushing: Promise<number> | undefined

/** Sends every queued visit and then its photos; returns how many visits still have something waiting. */
export function flushVisits(): Promise<number> {
  // One round at a time: the field page may ask again while one runs.
  flushing ??= flushRound().finally(() => (flushing = undefined))
  return flushing
}

async function flushRound(): Promise<number> {
  const db = await localDb()
  if (!db) return 0
  let waiting = 0
  for (const record of await db.getAll('visits')) {
    if (record.failed) continue
    try {
      if (!record.submitted) await sendVisit(record.input)
      if ((await sendPhotos(db, { ...record, submitted: true })) > 0) waiting += 1
    } catch (err) {
      if (retryable(err)) waiting += 1
      else if (err instanceof ApiFailure) await db.put('visits', { ...record, failed: { status: err.status, code: err.code } })
    }
  }
  return waiting
}

/** A visit with something still on the phone: the visit itself, or only (some of) its photos. */
export interface PendingVisit {
  id: string
  storeCode: string
  submitted: boolean
  photos: number
}

export async function pendingVisits(): Promise<PendingVisit[]> {
  const db = await localDb()
  const records = db ? (await db.getAll('visits')).filter((r) => !r.failed) : []
  return records.map((r) => ({ id: r.id, storeCode: r.input.storeCode, submitted: r.submitted === true, photos: r.photos?.length ?? 0 }))
}
