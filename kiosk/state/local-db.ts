// The device's own IndexedDB: the outbox of submissions not yet acknowledged,
// and a small key-value store (the kiosk's device token, the store's public
// data for offline starts). Some browsers have no IndexedDB (private modes,
// some in-app browsers): then this resolves to null and callers go without.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { VisitInput } from '../../shared/field-schemas.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'

export interface OutboxRecord {
  id: string
  input: FeedbackInput
  attempts: number
  /** Epoch ms before which an automatic retry is not due. */
  nextAt: number
  /** Set when the server refused it for good (a 4xx other than 408/429): kept for staff, not retried. */
  failed?: { status: number; code: string }
  /** Photos still to send (issue 15), each removed once the server has it. */
  photos?: Blob[]
  /** The submission itself was acknowledged; only its photos are left. */
  submitted?: boolean
}

/** A supervisor's visit not yet acknowledged (a basement store without network). */
export interface VisitOutboxRecord {
  id: string
  input: VisitInput
  /** Set when the server refused it for good: kept and shown, not retried. */
  failed?: { status: number; code: string }
  /** Photos still to send (issue 15), each removed once the server has it. */
  photos?: VisitPhoto[]
  /** The visit itself was acknowledged; only its photos are left. */
  submitted?: boolean
}

/** A supervisor's photo: of one checklist item, or (itemId null) of the visit as a whole. */
export interface VisitPhoto {
  itemId: string | null
  blob: Blob
}

interface LocalSchema extends DBSchema {
  outbox: { key: string; value: OutboxRecord }
  kv: { key: string; value: unknown }
  visits: { key: string; value: VisitOutboxRecord }
}

type LocalDb = IDBPDatabase<LocalSchema>

const LOCAL_DB_NAME = 'storevoice'

let opened: Promise<LocalDb | null> | undefined

export function localDb(): Promise<LocalDb | null> {
  opened ??= (async () => {
    try {
      return await openDB<LocalSchema>(LOCAL_DB_NAME, 2, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            db.createObjectStore('outbox', { keyPath: 'id' })
            db.createObjectStore('kv')
          }
          // Version 2 (issue 10): the console's outbox of field visits.
          if (oldVersion < 2) db.createObjectStore('visits', { keyPath: 'id' })
        },
      })
    } catch {
      return null
    }
  })()
  return opened
}

export async function readKv<T>(key: string): Promise<T | undefined> {
  const db = await localDb()
  return (await db?.get('kv', key)) as T | undefined
}

export async function writeKv(key: string, value: unknown): Promise<void> {
  const db = await localDb()
  await db?.put('kv', value, key)
}
