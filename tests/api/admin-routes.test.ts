// Walks the whole /api/admin route table: every route answers 401 without a
// session and 403 to every role the role table does not list for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_PREFIX, ADMIN_ROUTE_ROLES } from '../../server/auth/route-roles.ts'
import { ROLES, type Role } from '../../shared/enums.ts'
import { loginSession, makeTestApp, staffSession, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('the /api/admin route table', () => {
  let t: TestApp
  const sessions = {} as Record<Role, StaffSession>
  let routes: { method: string; path: string; key: string; url: string }[]

  beforeAll(async () => {
    t = await makeTestApp()
    sessions.admin = await loginSession(t.app)
    sessions.staff = await staffSession(t, 'walk-staff', 'staff')
    sessions.supervisor = await staffSession(t, 'walk-sup', 'supervisor', { districts: ['东城区'] })
    sessions.viewer = await staffSession(t, 'walk-viewer', 'viewer')
    const seen = new Set<string>()
    routes = []
    for (const r of t.app.routes) {
      if (r.method === 'ALL' || !r.path.startsWith(`${ADMIN_PREFIX}/`)) continue
      const key = `${r.method} ${r.path.slice(ADMIN_PREFIX.length)}`
      if (seen.has(key)) continue
      seen.add(key)
      routes.push({ method: r.method, path: r.path, key, url: r.path.replace(/:[a-z]+/gi, 'x1') })
    }
  })
  afterAll(() => t.close())

  const send = (r: { method: string; url: string }, headers: Record<string, string> = {}) =>
    t.app.request(r.url, {
      method: r.method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(r.method === 'GET' ? {} : { body: '{}' }),
    })

  it('has an entry in the role table for every route, and no entry without a route', () => {
    expect(routes.length).toBeGreaterThan(10)
    const keys = routes.map((r) => r.key)
    expect(keys.filter((k) => !(k in ADMIN_ROUTE_ROLES))).toEqual([])
    expect(Object.keys(ADMIN_ROUTE_ROLES).filter((k) => !keys.includes(k))).toEqual([])
  })

  it('answers 401 on every route without a session', async () => {
    for (const r of routes) {
      const res = await send(r)
      expect(res.status, r.key).toBe(401)
      expect((await res.json()).error.code, r.key).toBe('unauthorized')
    }
  })

  it('answers 403 on every route to every role not listed for it, and lets the listed roles through', async () => {
    let refused = 0
    for (const r of routes) {
      for (const role of ROLES) {
        const res = await send(r, sessions[role].headers)
        const allowed = ADMIN_ROUTE_ROLES[r.key]!.includes(role)
        const code = res.status === 200 ? null : (await res.json()).error?.code
        if (allowed) {
          expect([401, 403], `${role} ${r.key}`).not.toContain(res.status)
        } else {
          expect([res.status, code], `${role} ${r.key}`).toEqual([403, 'forbidden'])
          refused++
        }
      }
    }
    // The viewer alone is refused every case route: the walk did check something.
    expect(refused).toBeGreaterThan(routes.length)
  })
})
