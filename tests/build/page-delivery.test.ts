// What a buyer's phone downloads on 3G (issue 12), over real HTTP from the
// real server: pages, scripts and stylesheets compressed when the browser
// accepts it, hashed files cached for good so a return visit is one round
// trip, and the buyer page's stylesheet inside its HTML, allowed by the CSP
// by its hash alone.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../helpers/server.ts'

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url))
const STORE_PAGE = '/s/44010001'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A GET that leaves the body as sent (fetch would decompress it out of sight). */
function get(url: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

// `npm test` builds the front end (dist/) before the suites run.
describe('delivering the buyer page', () => {
  let server: RunningServer
  beforeAll(async () => (server = await startServer({ RATE_LIMIT: '0' })))
  afterAll(() => server.stop())

  const buyerScript = () => /<script type="module" crossorigin src="(\/assets\/buyer-[\w-]+\.js)">/.exec(readFileSync(`${DIST}index.html`, 'utf8'))![1]!

  it('answers the store page gzipped to a browser that accepts it, and as it is to one that does not', async () => {
    const zipped = await get(server.url + STORE_PAGE, 'gzip, deflate')
    expect(zipped.status).toBe(200)
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toMatch(/accept-encoding/i)
    const html = gunzipSync(zipped.body).toString('utf8')
    expect(html).toContain('<h1>')
    expect(html).toContain('class="notices"')

    const plain = await get(server.url + STORE_PAGE)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toContain('class="notices"')
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2)
  })

  it('answers the buyer script brotli or gzip as the browser accepts, each decoding to the built file', async () => {
    const script = buyerScript()
    const built = readFileSync(DIST + script.slice(1))
    const br = await get(server.url + script, 'gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/javascript/)
    expect(brotliDecompressSync(br.body).equals(built)).toBe(true)
    const gz = await get(server.url + script, 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).equals(built)).toBe(true)
    const plain = await get(server.url + script)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(built)).toBe(true)
    expect(br.body.length).toBeLessThan(built.length / 2)
  })

  it('caches hashed files for a year as immutable, and never the page or the service worker', async () => {
    for (const encoding of ['br', 'gzip', undefined]) {
      const res = await get(server.url + buyerScript(), encoding)
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    }
    expect((await get(server.url + STORE_PAGE, 'gzip')).headers['cache-control']).toBe('no-cache')
    const sw = await get(server.url + '/sw.js', 'gzip')
    expect(sw.headers['cache-control']).toBe('no-cache')
    expect(sw.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(sw.body).toString('utf8')).toContain("addEventListener('fetch'")
  })

  it('carries the stylesheet inside the page, allowed by its hash and nothing wider', async () => {
    for (const path of [STORE_PAGE, '/track']) {
      const res = await get(server.url + path)
      const html = res.body.toString('utf8')
      expect(html).not.toMatch(/<link rel="stylesheet"/)
      const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1]
      expect(css).toContain('.notices')
      const hash = createHash('sha256').update(css!).digest('base64')
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain(`style-src 'self' 'sha256-${hash}'`)
      expect(csp).not.toContain('unsafe-inline')
    }
  })
})
