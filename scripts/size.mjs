// `npm run size`: each page entry's JavaScript and CSS, gzipped, against its
// budget. Counts every file the entry's HTML loads (its script, the shared
// chunks it preloads, its stylesheets). Exits non-zero when one is over.
// Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const DIST = new URL('../dist/', import.meta.url)
// The buyer's phone is cheap and its network weak. Issue 12 aims at 25 KB;
// with photos (issue 15) and the fix confirmation (issue 11) the page is at
// 27.9 KB, so the hard limit stays the 35 KB of issue 3 until the page is
// trimmed (README, Test it).
const BUDGETS_KB = { 'index.html': 35, 'kiosk.html': 60, 'staff.html': 60 }

let over = false
for (const [entry, budget] of Object.entries(BUDGETS_KB)) {
  const file = new URL(entry, DIST)
  if (!existsSync(file)) {
    console.error(`${entry}: not built (run npm run build)`)
    over = true
    continue
  }
  const html = readFileSync(file, 'utf8')
  const assets = [...new Set(html.match(/\/assets\/[\w.-]+\.(?:js|css)/g) ?? [])]
  let bytes = 0
  for (const asset of assets) bytes += gzipSync(readFileSync(new URL(`.${asset}`, DIST)), { level: 9 }).length
  const kb = bytes / 1024
  const ok = kb <= budget
  if (!ok) over = true
  console.log(`${ok ? 'ok  ' : 'OVER'} ${entry.padEnd(11)} ${kb.toFixed(1).padStart(6)} KB gzipped of ${budget} KB  (${assets.length} files)`)
}
process.exit(over ? 1 : 0)
