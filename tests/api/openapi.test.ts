// /api/openapi.json describes the API the server really serves, from the
// schemas its routes validate with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_ROUTE_ROLES } from '../../server/auth/route-roles.ts'
import { makeTestApp, type TestApp } from '../helpers/test-app.ts'

type Operation = {
  parameters: { name: string; in: string }[]
  requestBody?: { content: { 'application/json': { schema: { properties: Record<string, unknown>; required?: string[] } } } }
  security?: unknown[]
}
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> }

describe('the OpenAPI document', () => {
  let t: TestApp
  let doc: Doc
  beforeAll(async () => {
    t = await makeTestApp()
    const res = await t.app.request('/api/openapi.json')
    expect(res.status).toBe(200)
    doc = (await res.json()) as Doc
  })
  afterAll(() => t.close())

  const operations = () => Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))

  it('is OpenAPI 3.1 and lists every staff route of the role table, behind the session', () => {
    expect(doc.openapi).toBe('3.1.0')
    const listed = new Set(operations())
    for (const key of Object.keys(ADMIN_ROUTE_ROLES)) {
      const [method, path] = key.split(' ')
      const documented = `${method} /api/admin${path!.replace(/:([A-Za-z_]+)/g, '{$1}')}`
      expect(listed, documented).toContain(documented)
      expect(doc.paths[documented.split(' ')[1]!]![method!.toLowerCase()]!.security).toEqual([{ session: [] }])
    }
  })

  it('lists the public contract routes with the schemas they check', () => {
    const listed = operations()
    for (const op of ['GET /api/stores/{code}', 'GET /api/stores', 'GET /api/categories', 'POST /api/feedback', 'GET /api/track/{receipt}',
      'POST /api/track/{receipt}/messages', 'POST /api/auth/login', 'POST /api/kiosk/pair', 'POST /api/kiosk/heartbeat']) {
      expect(listed).toContain(op)
    }
    const body = doc.paths['/api/feedback']!.post!.requestBody!.content['application/json'].schema
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['id', 'storeCode', 'kind', 'category', 'message', 'contact', 'channel', 'createdAt']))
    expect(body.required).toEqual(expect.arrayContaining(['id', 'kind', 'message', 'channel']))
    const stats = doc.paths['/api/admin/stats/stores']!.get!.parameters.map((p) => `${p.in}:${p.name}`)
    expect(stats).toEqual(expect.arrayContaining(['query:page', 'query:pageSize', 'query:sort', 'query:district', 'query:q']))
    expect(doc.paths['/api/stores/{code}']!.get!.parameters).toContainEqual(expect.objectContaining({ name: 'code', in: 'path', required: true }))
  })

  it('describes only routes the server answers', async () => {
    // A path the router does not know gets the catch-all answer "Nothing at …".
    expect(await (await t.app.request('/api/no-such-thing')).text()).toContain('Nothing at GET /api/no-such-thing')
    for (const op of operations()) {
      const [method, path] = op.split(' ')
      const concrete = path!.replace(/\{[A-Za-z_]+\}/g, 'x')
      const res = await t.app.request(concrete, { method: method! })
      const text = await res.text()
      expect(text, op).not.toContain(`Nothing at ${method} ${concrete}`)
    }
  })
})
