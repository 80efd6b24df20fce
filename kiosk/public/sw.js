// @ts-check
// StoreVoice service worker: makes a paired store tablet start and work with
// no network, and lets a buyer's phone reopen pages it has seen. Plain
// JavaScript copied as-is to /sw.js (its scope is the folder it is served
// from, and the whole site needs it), type-checked by `tsc` through the JSDoc
// types below like every other file.
//
// Nothing here is required: where service workers are unavailable (WeChat's
// in-app browser, private modes) the pages simply use the network.

// The parts of the worker's global scope used here. TypeScript's WebWorker
// lib declares them, but it cannot share one program with the DOM lib the
// pages need (https://github.com/microsoft/TypeScript/issues/20595), so they
// are spelled out.
/**
 * @typedef {Event & { waitUntil(work: Promise<unknown>): void }} ExtendableEvent
 * @typedef {ExtendableEvent & { request: Request, respondWith(answer: Response | Promise<Response>): void }} FetchEvent
 * @typedef {object} WorkerScope
 * @property {{ origin: string }} location
 * @property {{ matchAll(options: { type: 'window', includeUncontrolled: boolean }): Promise<readonly { url: string }[]>, claim(): Promise<void> }} clients
 * @property {() => Promise<void>} skipWaiting
 * @property {((type: 'install' | 'activate', listener: (event: ExtendableEvent) => void) => void) & ((type: 'fetch', listener: (event: FetchEvent) => void) => void)} addEventListener
 */
const worker = /** @type {WorkerScope} */ (/** @type {unknown} */ (self))

// Bump on any change to the rules below; old caches are dropped on activate.
const VERSION = 'sv-2'
const SHELL = `${VERSION}-shell`
const DATA = `${VERSION}-data`

// The HTML entries this worker can start offline. Every buyer route answers
// the same index.html and every kiosk route kiosk.html, so one cached copy
// each serves them all. The staff console is left out on purpose: it is
// useless offline and its pages must never come from a shared cache.
const STATIC_FILES = ['/manifest.webmanifest', '/icon.svg']

/** @param {string} pathname @returns {string | null} */
function entryFor(pathname) {
  if (pathname === '/kiosk' || pathname.startsWith('/kiosk/')) return '/kiosk'
  if (pathname === '/' || pathname === '/report' || /^\/(s|track)(\/|$)/.test(pathname)) return '/'
  return null
}

// Public data that a kiosk needs to start offline: the store's page data, the
// categories and the centre's hotline. Never /api/admin (staff data), never
// /api/track (a case's status must not be shown stale, and a shared tablet
// must not keep it), never /api/kiosk or any POST (writes go through the
// page's outbox, which knows how to retry them safely).
/** @param {string} pathname */
function isPublicData(pathname) {
  return /^\/api\/stores\/[^/]+$/.test(pathname) || pathname === '/api/categories' || pathname === '/api/centre'
}

// The hashed files an HTML entry loads; hashed names never change content,
// so they can be cached for good.
/** @param {string} html */
function assetsOf(html) {
  return [...new Set(html.match(/\/assets\/[\w.-]+\.(?:js|css)/g) || [])]
}

// The chunks a script imports, now or later: a page opened on demand
// (import() of tracking) or the form's schemas, which load after the first
// paint to keep the buyer page small (issue 12). Chunks name each other
// relative to /assets/.
/** @param {string} js */
function importsOf(js) {
  return [...new Set([...js.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => `/assets/${m[1]}`))]
}

/** @param {Cache} cache @param {string} entry @param {Response} response */
async function cacheEntry(cache, entry, response) {
  const html = await response.clone().text()
  // Assets first: an HTML entry in the cache must always find its files.
  await cache.addAll(assetsOf(html))
  // Then every chunk its scripts can import, so that what it loads on
  // demand works offline too, even if it was never opened online. Already
  // cached ones are not downloaded again (hashed names never change).
  const seen = new Set(assetsOf(html))
  let scripts = [...seen].filter((a) => a.endsWith('.js'))
  while (scripts.length > 0) {
    /** @type {string[]} */
    const found = []
    for (const script of scripts) {
      let res = await cache.match(script)
      if (!res) {
        res = await fetch(script)
        if (!res.ok) continue
        await cache.put(script, res.clone())
      }
      for (const chunk of importsOf(await res.text())) {
        if (seen.has(chunk)) continue
        seen.add(chunk)
        found.push(chunk)
      }
    }
    scripts = found
  }
  await cache.put(entry, response)
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL)
      // Only the entries of the pages that are open (the one registering us):
      // a buyer's phone on a metered network must not download the tablet's
      // app. Another entry is cached on its first visit (see staleWhileRevalidate).
      const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })
      const entries = new Set(windows.map((w) => entryFor(new URL(w.url).pathname)).filter((e) => e !== null))
      for (const entry of entries.size > 0 ? entries : ['/']) {
        const res = await fetch(entry, { cache: 'no-cache' })
        if (res.ok) await cacheEntry(cache, entry, res)
      }
      await cache.addAll(STATIC_FILES)
      // A new worker takes over at once: the rules are backwards compatible,
      // and a tablet may run for weeks without a full reload.
      await worker.skipWaiting()
    })(),
  )
})

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (!key.startsWith(`${VERSION}-`)) await caches.delete(key)
      // Control the page that registered us now, so it works offline without a reload.
      await worker.clients.claim()
    })(),
  )
})

worker.addEventListener('fetch', (event) => {
  const req = event.request
  // Writes are never cached or replayed here (see isPublicData).
  if (req.method !== 'GET') return
  const url = new URL(req.url)
  if (url.origin !== worker.location.origin) return

  if (req.mode === 'navigate') {
    if (isServerRendered(url.pathname)) return event.respondWith(serverRendered(event, req, url))
    const entry = entryFor(url.pathname)
    if (entry) event.respondWith(staleWhileRevalidate(event, entry, req))
    return
  }
  if (url.pathname.startsWith('/assets/')) return event.respondWith(cacheFirst(req))
  if (STATIC_FILES.includes(url.pathname)) return event.respondWith(cacheFirst(req))
  if (isPublicData(url.pathname)) return event.respondWith(networkFirst(event, req, url))
  // Anything else goes to the network untouched.
})

// Pages: answer from the cache at once (a weak mobile network must not keep
// the buyer staring at a blank screen) and fetch a fresh copy for next time,
// so a new deploy is picked up on the following visit.
/** @param {FetchEvent} event @param {string} entry @param {Request} req */
async function staleWhileRevalidate(event, entry, req) {
  const cache = await caches.open(SHELL)
  const cached = await cache.match(entry)
  const fresh = fetch(req).then(async (res) => {
    if (res.ok) await cacheEntry(cache, entry, res.clone())
    return res
  })
  if (!cached) return fresh
  event.waitUntil(fresh.catch(() => undefined))
  return cached
}

// The buyer pages the server renders with their data (issue 12): the store
// page, /report and tracking. Never stored as the shell every route shares.
/** @param {string} pathname */
function isServerRendered(pathname) {
  return pathname.startsWith('/s/') || pathname === '/report' || /^\/track(\/|$)/.test(pathname)
}

// The network's answer first. A store page and /report are kept by path
// (without the query: ?v= only counts a poster scan) in the data cache like
// the store's API data, so they reopen without network. A receipt shown
// again (?receipt=) is not kept: it is not that page. Tracking is never
// kept, like /api/track: a case's status must not be shown stale.
/** @param {FetchEvent} event @param {Request} req @param {URL} url */
async function serverRendered(event, req, url) {
  const cache = await caches.open(DATA)
  const tracking = url.pathname.startsWith('/track')
  try {
    const res = await fetch(req)
    if (res.ok && !tracking && !url.searchParams.has('receipt')) event.waitUntil(cache.put(url.pathname, res.clone()))
    return res
  } catch (err) {
    const kept = (!tracking && (await cache.match(url.pathname))) || (await (await caches.open(SHELL)).match('/'))
    if (kept) return kept
    throw err
  }
}

// Hashed assets never change: the cache is always right.
/** @param {Request} req */
async function cacheFirst(req) {
  const cache = await caches.open(SHELL)
  const cached = await cache.match(req)
  if (cached) return cached
  const res = await fetch(req)
  if (res.ok) await cache.put(req, res.clone())
  return res
}

// Store data, categories and the hotline: the network's answer when there is
// one (notices change and must be current), the last copy when there is none.
// Keyed without the query, because ?v= only tells the server which poster
// version was scanned (it counts the scan) and does not change the answer.
/** @param {FetchEvent} event @param {Request} req @param {URL} url */
async function networkFirst(event, req, url) {
  const cache = await caches.open(DATA)
  const key = url.origin + url.pathname
  try {
    const res = await fetch(req)
    if (res.ok) event.waitUntil(cache.put(key, res.clone()))
    return res
  } catch (err) {
    const cached = await cache.match(key)
    if (cached) return cached
    throw err
  }
}
