// The per-store read model (table store_summary): every number of a store's
// row in the store table, kept up to date in the same transaction as each
// write, so reading the whole city is one pass over 2,500 short rows.
import type { Queryable } from '../db/database.ts'
import { inTurn } from '../db/tx-turn.ts'
import {
  insertStoreSummaries,
  keepStoreSummaryRow,
  takeStoreSummaries,
  updateStoreSummaries,
  type KeysChange,
  type StoreSummaryRow,
} from '../db/queries/store-summary.ts'

/** Days of submissions kept: enough for the 90-day window plus today. */
export const SUMMARY_DAYS = 91

export interface StoreSummary {
  total: number
  open: number
  byCategory: Record<string, number>
  /** Time-to-close histogram: hours bucket → closed cases. */
  closeHours: Record<string, number>
  /** China date of days[0]; days[i] is the date `i` days before it. '' when nothing was counted yet. */
  dayAnchor: string
  days: number[]
}

const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

export function parseSummary(r: Pick<StoreSummaryRow, 'total' | 'open' | 'byCategory' | 'closeHours' | 'dayAnchor' | 'days'>): StoreSummary {
  return {
    total: r.total,
    open: r.open,
    byCategory: JSON.parse(r.byCategory) as Record<string, number>,
    closeHours: JSON.parse(r.closeHours) as Record<string, number>,
    dayAnchor: r.dayAnchor,
    days: JSON.parse(r.days) as number[],
  }
}

/** Counts one submission received on `day` (a China date); `open` when it is an open problem. */
export function countSubmission(s: StoreSummary, categoryId: string, day: string, open: boolean): void {
  s.total += 1
  if (open) s.open += 1
  s.byCategory[categoryId] = (s.byCategory[categoryId] ?? 0) + 1
  if (s.dayAnchor === '' || day > s.dayAnchor) {
    const shift = s.dayAnchor === '' ? SUMMARY_DAYS : daysFrom(s.dayAnchor, day)
    s.days = [...new Array<number>(Math.min(shift, SUMMARY_DAYS)).fill(0), ...s.days].slice(0, SUMMARY_DAYS)
    s.dayAnchor = day
  }
  const i = daysFrom(day, s.dayAnchor)
  if (i < SUMMARY_DAYS) s.days[i] = (s.days[i] ?? 0) + 1
}

export interface RecentSubmissions {
  today: number
  last7: number
  last30: number
  last90: number
  /** The 28 days before today: a store's own normal level, for the burst flag. */
  prior28: number
}

/** Submissions over the recent windows, seen from `today`, in one pass over the days. */
export function recentSubmissions(s: StoreSummary, today: string): RecentSubmissions {
  const r: RecentSubmissions = { today: 0, last7: 0, last30: 0, last90: 0, prior28: 0 }
  if (s.dayAnchor === '') return r
  const lag = daysFrom(s.dayAnchor, today)
  s.days.forEach((n, i) => {
    const ago = i + lag
    if (ago < 0 || n === 0) return
    if (ago === 0) r.today += n
    if (ago < 7) r.last7 += n
    if (ago < 30) r.last30 += n
    if (ago < 90) r.last90 += n
    if (ago >= 1 && ago <= 28) r.prior28 += n
  })
  return r
}

/** A change of one store's summary ('' or null: the row of cases without a store), with what it does to the store's sort keys. */
export interface SummaryChange {
  storeCode: string | null
  change: (s: StoreSummary) => void
  keys: Omit<KeysChange, 'storeCode'>
}

/**
 * Reads, changes and writes back the summaries of the stores the changes
 * are for, with what they do to the time-dependent sort keys, in a few
 * statements however many (issue 14: submissions arriving together are
 * counted together); call inside the write's transaction. The writes of a
 * group-commit batch run side by side, so each store's row is changed by
 * one of them at a time (db/tx-turn.ts).
 */
export function changeStoreSummaries(tx: Queryable, changes: readonly SummaryChange[]): Promise<void> {
  const codes = [...new Set(changes.map((c) => c.storeCode ?? ''))].sort()
  if (codes.length === 0) return Promise.resolve()
  return inTurn(
    tx,
    codes.map((code) => `store_summary:${code}`),
    () => readChangeWrite(tx, codes, changes),
  )
}

async function readChangeWrite(tx: Queryable, codes: readonly string[], changes: readonly SummaryChange[]): Promise<void> {
  // Read and locked in one statement (see takeStoreSummaries).
  let rows = await takeStoreSummaries(tx, codes)
  const missing = codes.filter((code) => !rows.some((r) => r.storeCode === code))
  if (missing.length > 0) {
    await insertStoreSummaries(tx, missing)
    rows = [...rows, ...(await takeStoreSummaries(tx, missing))]
  }
  const summaries = new Map(rows.map((r) => [r.storeCode, parseSummary(r)]))
  for (const c of changes) c.change(summaries.get(c.storeCode ?? '')!)
  await updateStoreSummaries(
    tx,
    [...summaries].map(([storeCode, s]) => ({
      storeCode,
      total: s.total,
      open: s.open,
      byCategory: JSON.stringify(s.byCategory),
      closeHours: JSON.stringify(s.closeHours),
      dayAnchor: s.dayAnchor,
      days: JSON.stringify(s.days),
    })),
    changes.map((c) => ({ ...c.keys, storeCode: c.storeCode ?? '' })),
  )
}

/** Gives a store registered or changed in the registry its summary row, with the district it is in now. */
export async function registerStoreSummary(tx: Queryable, store: { code: string; district: string }): Promise<void> {
  await keepStoreSummaryRow(tx, store.code, store.district)
}
