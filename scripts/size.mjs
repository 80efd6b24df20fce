// `npm run size`: each page entry's JavaScript and CSS, gzipped, against its
// budget. Counts the entry's HTML (the buyer page's stylesheet is inlined
// there) and every file it loads (its script, the shared chunks it
// preloads, its stylesheets); not the chunks loaded later on demand. Exits
// non-zero when one is over. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const DIST = new URL('../dist/', import.meta.url)
// The buyer's phone is cheap and its network weak: issue 12's 25 KB.
const BUDGETS_KB = { 'index.html': 25, 'kiosk.html': 60, 'staff.html': 60 }

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
  let bytes = gzipSync(html, { level: 9 }).length
  for (const asset of assets) bytes += gzipSync(readFileSync(new URL(`.${asset}`, DIST)), { level: 9 }).length
  const kb = bytes / 1024
  const ok = kb <= budget
  if (!ok) over = true
  console.log(`${ok ? 'ok  ' : 'OVER'} ${entry.padEnd(11)} ${kb.toFixed(1).padStart(6)} KB gzipped of ${budget} KB  (the HTML and ${assets.length} ${assets.length === 1 ? "file" : "files"})`)
}
process.exit(over ? 1 : 0)
