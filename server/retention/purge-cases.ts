// Case retention (issue 15). With RETENTION_DAYS set, the once-a-minute
// round erases the personal content of every case closed or rejected more
// than that many days ago: the message, the contact data, the reporter's
// and the staff's messages, free text in the timeline, and the photos (rows
// and then each file no row names any more). The skeleton stays (kind,
// category, store, dates, status), so the statistics and the rollups do not
// move. The case is marked purged, with a timeline event. Visit photos
// follow their visit's age, except a failed item's photos, which are the
// evidence of the case that failure opened and go with that case.
// Each case is purged in its own transaction guarded by purged_at, so two
// instances sweeping at once purge each case once; each run that purged
// anything writes one audit entry with the counts.
import { rm } from 'node:fs/promises'
import { appendAudit } from '../db/queries/audit.ts'
import { addEvent } from '../db/queries/case-changes.ts'
import { listCasePhotos } from '../db/queries/photos.ts'
import {
  casesDueForPurge,
  deleteCaseMessages,
  deletePhotos,
  eraseCaseContent,
  eraseFindingNotes,
  eventsWithText,
  oldVisitPhotos,
  setEventData,
  unnamedHashes,
} from '../db/queries/retention.ts'
import type { AppDeps } from '../deps.ts'
import { mediaFile } from '../photos/media-store.ts'

const BATCH = 200
const DAY_MS = 24 * 3600 * 1000
// Free-text fields of timeline entries: a status or deadline reason, a re-check note.
const TEXT_KEYS = ['reason', 'note']

interface PurgeCounts {
  cases: number
  messages: number
  photos: number
  visitPhotos: number
  files: number
}

/** One retention run; does nothing while RETENTION_DAYS is unset or 0. */
export async function purgeExpiredCases(deps: Pick<AppDeps, 'db' | 'clock' | 'config'>): Promise<PurgeCounts> {
  const counts: PurgeCounts = { cases: 0, messages: 0, photos: 0, visitPhotos: 0, files: 0 }
  const days = deps.config.retentionDays
  if (days === 0) return counts
  const nowDate = deps.clock.now()
  const now = nowDate.toISOString()
  const cutoff = new Date(nowDate.getTime() - days * DAY_MS).toISOString()
  const hashes: string[] = []

  for (;;) {
    const ids = await casesDueForPurge(deps.db, cutoff, BATCH)
    for (const id of ids) {
      const done = await deps.db.transaction(async (tx) => {
        if (!(await eraseCaseContent(tx, id, now))) return null
        const messages = await deleteCaseMessages(tx, id)
        for (const e of await eventsWithText(tx, id)) {
          const data = JSON.parse(e.data) as Record<string, unknown>
          if (!TEXT_KEYS.some((k) => k in data)) continue
          for (const k of TEXT_KEYS) delete data[k]
          await setEventData(tx, e.id, JSON.stringify(data))
        }
        await eraseFindingNotes(tx, id)
        const photos = await listCasePhotos(tx, id)
        hashes.push(...(await deletePhotos(tx, photos.map((p) => p.id))))
        await addEvent(tx, { feedbackId: id, userId: null, type: 'purged', data: { days }, at: now })
        return { messages, photos: photos.length }
      })
      if (!done) continue
      counts.cases++
      counts.messages += done.messages
      counts.photos += done.photos
    }
    if (ids.length < BATCH) break
  }

  for (;;) {
    const ids = await oldVisitPhotos(deps.db, cutoff, BATCH)
    if (ids.length === 0) break
    const gone = await deps.db.transaction((tx) => deletePhotos(tx, ids))
    hashes.push(...gone)
    counts.visitPhotos += gone.length
    if (ids.length < BATCH) break
  }

  // A file goes only once no row names it: the same picture may belong to another owner.
  for (const hash of await unnamedHashes(deps.db, hashes)) {
    await rm(mediaFile(deps.config.dataDir, hash), { force: true })
    counts.files++
  }
  if (counts.cases + counts.visitPhotos > 0) {
    await appendAudit(deps.db, { at: now, actor: null, action: 'retention_purged', detail: { days, ...counts } })
  }
  return counts
}
