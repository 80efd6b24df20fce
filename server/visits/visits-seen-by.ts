// The visits list as a user may read it. A visit is the work record of the
// supervisor who made it (who went where, when, and which items passed or
// failed), so it stays listed for anyone whose area holds the store. The
// cases it opened or re-checked do not, when hidden from the reader by a
// conflict of interest: their ids are left out, and so is a failed item's
// note, which is the message of the case it opened (record-visit.ts), and
// the item's photos, whose URLs answer 404 to that reader.
import type { StoredVisitSummary, VisitSummary } from '../../shared/field-types.ts'
import type { User } from '../../shared/user.ts'
import { casesHiddenAmong } from '../auth/case-access.ts'
import type { Queryable } from '../db/database.ts'
import { withVisitPhotos } from '../photos/photo-access.ts'

export async function visitsSeenBy(db: Queryable, user: User, visits: StoredVisitSummary[]): Promise<VisitSummary[]> {
  const hidden = await casesHiddenAmong(db, user, visits.flatMap((v) => [...v.results.map((r) => r.caseId), v.recheck?.caseId]))
  return (await withVisitPhotos(db, visits, hidden)).map((v) => ({
    ...v,
    results: v.results.map((r) => (r.caseId && hidden.has(r.caseId) ? { ...r, caseId: null, note: '' } : r)),
    recheck: v.recheck && hidden.has(v.recheck.caseId) ? null : v.recheck,
  }))
}
