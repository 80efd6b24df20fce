// Conflict of interest decided when text is written (issue 13), never when
// it is read: a case is hidden from the store's supervisor account when a
// misconduct report is filed, and from every supervisor account whose name
// appears in the report, a reporter's follow-up or an internal note. The set
// only grows, so changing or blanking a store's supervisor later un-hides
// nothing.
import { MISCONDUCT_CATEGORY } from '../../shared/scope.ts'
import type { Queryable } from '../db/database.ts'
import { addHiddenFrom, namedSupervisors, supervisorsNamed } from '../db/queries/hidden-from.ts'
import { getStore } from '../db/queries/stores.ts'
import { nameKey } from './name-key.ts'

interface Written {
  feedbackId: string
  storeCode: string | null
  /** Set at intake: a misconduct report is hidden from the store's supervisor at that moment. */
  categoryId?: string | undefined
  text: string
  at: string
}

/** Call inside the transaction that stores the text. */
export async function hideFromConcerned(tx: Queryable, w: Written): Promise<void> {
  if (w.categoryId === MISCONDUCT_CATEGORY && w.storeCode) {
    const store = await getStore(tx, w.storeCode)
    const key = store?.supervisorName ? nameKey(store.supervisorName) : ''
    if (key) for (const { id } of await supervisorsNamed(tx, key)) await addHiddenFrom(tx, w.feedbackId, id, 'store_supervisor', w.at)
  }
  const text = nameKey(w.text)
  for (const s of await namedSupervisors(tx)) {
    if (text.includes(s.nameKey)) await addHiddenFrom(tx, w.feedbackId, s.id, 'named', w.at)
  }
}
