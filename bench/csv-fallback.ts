// Stand-in for GET /api/admin/feedback.csv while that endpoint is not on
// this branch: the same kind of streamed export, in a process of its own so
// that its peak memory can be read. Rows are read a page at a time by key
// (received_at, id), and the next page waits until the output has drained:
// memory stays flat whatever the number of cases. Prints one JSON line.
// Run: node --import tsx bench/csv-fallback.ts <dataDir>
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../server/db/database.ts'
import { DB_FILE } from '../server/open-data.ts'
import { memoryOf } from './measure.ts'

const PAGE = 2000
type Row = Record<string, string | number | null> & { receivedAt: string; id: string }

const db = await openDatabase(join(process.argv[2]!, DB_FILE))
const out = createWriteStream('/dev/null')
const cell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v)
  const guarded = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return /[",\n\r]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded
}
const started = performance.now()
let rows = 0
let after: [string, string] = ['9999', '']
for (;;) {
  const page = await db.all<Row>(
    `SELECT f.received_at AS receivedAt, f.id, f.receipt, f.store_code, s.name, s.district, f.kind, f.category_id, f.status,
       f.message, f.contact_phone, f.due_at
     FROM feedback f LEFT JOIN stores s ON s.code = f.store_code
     WHERE (f.received_at, f.id) < (?, ?) ORDER BY f.received_at DESC, f.id DESC LIMIT ${PAGE}`,
    after,
  )
  if (page.length === 0) break
  const text = page.map((r) => `${Object.values(r).map(cell).join(',')}\r\n`).join('')
  rows += page.length
  const last = page[page.length - 1]!
  after = [last.receivedAt, last.id]
  if (!out.write(text)) await once(out, 'drain')
}
out.end()
await once(out, 'finish')
const seconds = (performance.now() - started) / 1000
await db.close()
console.log(JSON.stringify({ rows, seconds, peak: memoryOf(process.pid).peak }))
