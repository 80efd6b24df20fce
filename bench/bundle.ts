// What a buyer's phone downloads on first load: the buyer page's HTML and
// every script and stylesheet it references (entry, shared chunks,
// modulepreloads), gzipped. Chunks loaded later on demand are not counted.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export function buyerBundleGzip(distDir: string): number | undefined {
  const html = join(distDir, 'index.html')
  if (!existsSync(html)) return undefined
  const text = readFileSync(html, 'utf8')
  const files = new Set([...text.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!))
  let total = gzipSync(text, { level: 9 }).length
  for (const f of files) total += gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length
  return total
}
