// Conflict of interest decided when text is written (issue 13), never when
// it is read: a case is hidden from the store's supervisor account when a
// misconduct report is filed, and from every supervisor account whose name
// appears in the report, a reporter's follow-up or an internal note. The set
// only grows, so changing or blanking a store's supervisor later un-hides
// nothing.
import { MISCONDUCT_CATEGORY } from '../../shared/scope.ts'
import type { Queryable } from '../db/database.ts'
import {
  addHiddenFrom,
  caseTextsAfter,
  casesWithStoreSupervisor,
  messageTextsAfter,
  namedSupervisors,
  supervisorsNamed,
} from '../db/queries/hidden-from.ts'
import { getStore } from '../db/queries/stores.ts'
import { onceIn } from '../db/tx-memo.ts'
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
  // Read once per transaction: a batch of submissions shares one list.
  const named = await onceIn(tx, 'namedSupervisors', () => namedSupervisors(tx))
  if (named.length === 0) return
  const text = nameKey(w.text)
  for (const s of named) {
    if (text.includes(s.nameKey)) await addHiddenFrom(tx, w.feedbackId, s.id, 'named', w.at)
  }
}

const SCAN_PAGE = 2000

/**
 * A supervisor account that gets its name (or a named account that becomes a
 * supervisor) is hidden from the cases already written that concern it: every
 * text naming the person, and the misconduct reports of the stores the
 * registry gives them. Call inside the transaction that stores the name, so
 * no text written meanwhile escapes both this scan and its own check. Paged,
 * so a large ledger is read a page at a time.
 */
export async function hideExistingFrom(tx: Queryable, account: { id: number; name: string }, at: string): Promise<number> {
  const key = nameKey(account.name)
  if (!key) return 0
  const hidden = new Set<string>()
  for (const c of await casesWithStoreSupervisor(tx, MISCONDUCT_CATEGORY)) {
    if (nameKey(c.supervisorName) === key) {
      await addHiddenFrom(tx, c.id, account.id, 'store_supervisor', at)
      hidden.add(c.id)
    }
  }
  const named = async (feedbackId: string, text: string) => {
    if (hidden.has(feedbackId) || !nameKey(text).includes(key)) return
    await addHiddenFrom(tx, feedbackId, account.id, 'named', at)
    hidden.add(feedbackId)
  }
  for (let page = await caseTextsAfter(tx, '', SCAN_PAGE); page.length > 0; page = await caseTextsAfter(tx, page.at(-1)!.id, SCAN_PAGE)) {
    for (const c of page) await named(c.id, c.text)
  }
  for (let page = await messageTextsAfter(tx, 0, SCAN_PAGE); page.length > 0; page = await messageTextsAfter(tx, page.at(-1)!.id, SCAN_PAGE)) {
    for (const m of page) await named(m.feedbackId, m.text)
  }
  return hidden.size
}
