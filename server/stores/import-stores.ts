// A CSV import compared with the registry: what would be added, changed,
// deactivated or left alone. The same comparison runs for the dry run and,
// inside the write transaction, for the apply, so what is applied is exactly
// what the registry holds at that moment. Valid rows are applied; invalid
// rows are reported and skipped. A store the file does not mention is only
// reported ("missing"), unless the caller asks to deactivate such stores:
// an office that exports one district must not switch off the other nine.
import type { StoreField, StoreImportReport } from '../../shared/api-types.ts'
import type { Database } from '../db/database.ts'
import { allStores, type Store } from '../db/queries/stores.ts'
import { parseStoreCsv, type ParsedStoreCsv } from './store-csv.ts'
import { addStore, changeStore } from './store-writes.ts'

export interface ImportOptions {
  apply: boolean
  deactivateMissing: boolean
  now: string
}

const FIELDS: StoreField[] = ['name', 'district', 'address', 'supervisorName', 'supervisorPhone', 'active']

export async function importStores(db: Database, bytes: Uint8Array, opts: ImportOptions): Promise<StoreImportReport> {
  const parsed = parseStoreCsv(bytes)
  if (!opts.apply) return plan(parsed, await allStores(db), opts).report
  return db.transaction(async (tx) => {
    const existing = await allStores(tx)
    const { report, inserts, updates } = plan(parsed, existing, opts)
    const districtOf = new Map(existing.map((s) => [s.code, s.district]))
    for (const s of inserts) await addStore(tx, s, opts.now)
    for (const s of updates) await changeStore(tx, s, districtOf.get(s.code)!, opts.now)
    return { ...report, applied: true }
  })
}

function plan(parsed: ParsedStoreCsv, existing: Store[], opts: ImportOptions) {
  const byCode = new Map(existing.map((s) => [s.code, s]))
  const report: StoreImportReport = {
    applied: false,
    rows: parsed.rows.length + new Set(parsed.invalid.map((i) => i.line)).size,
    add: [],
    change: [],
    deactivate: [],
    unchanged: 0,
    invalid: parsed.invalid,
    missing: [],
    unknownColumns: parsed.unknownColumns,
    encoding: parsed.encoding,
  }
  const inserts: Store[] = []
  const updates: Store[] = []

  for (const { line, store: row } of parsed.rows) {
    const current = byCode.get(row.code)
    if (!current) {
      inserts.push(row)
      report.add.push({ line, code: row.code, name: row.name, district: row.district })
      continue
    }
    // Only the columns the file has are compared: a file without addresses
    // does not blank the addresses on record.
    const next: Store = { ...current }
    const changes: StoreImportReport['change'][number]['changes'] = {}
    for (const field of FIELDS) {
      if (!parsed.columns.has(field) || current[field] === row[field]) continue
      changes[field] = { from: current[field], to: row[field] }
      Object.assign(next, { [field]: row[field] })
    }
    if (Object.keys(changes).length === 0) report.unchanged++
    else {
      updates.push(next)
      if (current.active && !next.active) report.deactivate.push({ line, code: row.code, name: current.name })
      else report.change.push({ line, code: row.code, changes })
    }
  }

  for (const s of existing) {
    if (!s.active || parsed.mentioned.has(s.code)) continue
    report.missing.push({ code: s.code, name: s.name, district: s.district })
    if (opts.deactivateMissing) {
      updates.push({ ...s, active: false })
      report.deactivate.push({ line: null, code: s.code, name: s.name })
    }
  }
  return { report, inserts, updates }
}

