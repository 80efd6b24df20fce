import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTestApp, type TestApp } from '../helpers/test-app.ts'

// `npm test` builds the front end (dist/) before the suites run.
describe('pages on a direct load', () => {
  let t: TestApp
  beforeAll(async () => (t = await makeTestApp()))
  afterAll(() => t.close())

  // A receipt no case has is the buyer page too, saying so with a 404.
  for (const [path, entry, status = 200] of [
    ['/s/44010001', 'buyer'],
    ['/track', 'buyer'],
    ['/track/ABCD1234EFGHJ', 'buyer', 404],
    ['/report', 'buyer'],
    ['/staff', 'staff'],
    ['/kiosk', 'kiosk'],
    ['/kiosk/anything', 'kiosk'],
  ] as [string, string, number?][]) {
    it(`${path} answers the ${entry} page`, async () => {
      const res = await t.app.request(path)
      expect(res.status).toBe(status)
      expect(res.headers.get('content-type')).toMatch(/text\/html/)
      const html = await res.text()
      expect(html).toContain('lang="zh-CN"')
      expect(html).toMatch(new RegExp(`assets/${entry}-[\\w-]+\\.js`))
    })
  }

  it('keeps the kiosk code out of the buyer page', async () => {
    const html = await (await t.app.request('/s/44010001')).text()
    expect(html).not.toMatch(/assets\/kiosk-/)
  })

  it('serves the service worker and the web manifest under their fixed names, never HTTP-cached', async () => {
    const sw = await t.app.request('/sw.js')
    expect(sw.status).toBe(200)
    expect(sw.headers.get('content-type')).toMatch(/javascript/)
    expect(sw.headers.get('cache-control')).toBe('no-cache')
    expect(await sw.text()).toContain("addEventListener('fetch'")
    const manifest = await t.app.request('/manifest.webmanifest')
    expect(manifest.headers.get('content-type')).toMatch(/manifest\+json/)
    expect(await manifest.json()).toMatchObject({ start_url: '/kiosk', display: 'fullscreen' })
  })

  it("answers the browser's favicon request with the icon, so no page logs a 404", async () => {
    const res = await t.app.request('/favicon.ico')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^image\//)
    expect(await res.text()).toContain('<svg')
  })

  it("names the icon in every page's head", async () => {
    for (const path of ['/s/44010001', '/staff', '/kiosk']) {
      expect(await (await t.app.request(path)).text()).toContain('<link rel="icon" href="/icon.svg"')
    }
  })

  it('sends an address typed with a trailing slash to the page without it', async () => {
    for (const path of ['/s/44010001/', '/report/', '/track/', '/track/ABCD1234EFGHJ/']) {
      const res = await t.app.request(`${path}?lang=en`)
      expect(res.status).toBe(301)
      expect(new URL(res.headers.get('location')!).pathname + new URL(res.headers.get('location')!).search).toBe(`${path.slice(0, -1)}?lang=en`)
    }
    // A POST is not redirected: it would arrive as a GET without its body.
    expect((await t.app.request('/s/44010001/', { method: 'POST' })).status).toBe(404)
  })

  it('answers an unknown API path with the error shape', async () => {
    const res = await t.app.request('/api/nope')
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('not_found')
  })
})
