// A buyer page rendered on the server from the same Preact components the
// browser runs (kiosk/pages/BuyerApp.tsx), so it paints in one round trip
// and works with scripts off. The data it was rendered from is inlined as a
// JSON data block: the script hydrates from it without a second request, and
// the CSP (script-src 'self') is untouched, since a data block never runs.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { BUYER_DATA_ID, type BuyerPageData } from '../../shared/buyer-page-data.ts'
import type { Locale } from '../../shared/i18n/translate.ts'
import { BuyerApp } from '../../kiosk/pages/BuyerApp.tsx'
import { loadPageChunk } from '../../kiosk/pages/page-chunks.ts'
import { LocaleProvider } from '../../kiosk/state/buyer-locale.ts'

const APP_ROOT = '<div id="app"></div>'

export class FrontEndNotBuilt extends Error {}

/** `search`: the query string the page was asked with (`?…` or empty), as the browser's `location.search` gives it. */
export async function renderBuyerPage(staticDir: string, path: string, search: string, data: BuyerPageData, locale: Locale, title?: string): Promise<string> {
  const file = join(staticDir, 'index.html')
  if (!existsSync(file)) throw new FrontEndNotBuilt('The front end is not built: run `npm run build`.')
  const shell = await readFile(file, 'utf8')
  // A page the browser loads in its own chunk is rendered from that chunk's component, loaded first.
  await loadPageChunk(data)
  const body = renderToString(h(LocaleProvider, { initial: locale }, h(BuyerApp, { path, search, data })))
  // `<` escaped so no text in the data can close the element early.
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  let html = shell.replace(
    APP_ROOT,
    `<div id="app">${body}</div><script type="application/json" id="${BUYER_DATA_ID}">${json}</script>`,
  )
  // The page works without scripts, so the shell's "turn JavaScript on" note is not true of it.
  html = html.replace(/<noscript>[\s\S]*?<\/noscript>/, '')
  html = html.replace(/<html lang="[^"]*">/, `<html lang="${locale}">`)
  if (title) html = html.replace(/<title>([^<]*)<\/title>/, (_m, app: string) => `<title>${escapeHtml(title)} · ${app}</title>`)
  return html
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`)
