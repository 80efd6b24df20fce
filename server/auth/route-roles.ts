// Who may call each staff route: the one table the authorize middleware
// reads. A route missing from here answers 403 to everyone, and the
// route-table test fails until it is added.
import type { Role } from '../../shared/enums.ts'
import { ADMIN_ONLY as ADMIN, CASE_WORKERS as CASES, CENTRE_STAFF as CENTRE, EVERYONE as ALL } from '../../shared/role-sets.ts'

/** Keys are "METHOD path" with the path as registered, relative to /api/admin. */
export const ADMIN_ROUTE_ROLES: Readonly<Record<string, readonly Role[]>> = {
  'GET /feedback': CASES,
  'GET /feedback.csv': CASES,
  'GET /feedback/:id': CASES,
  'PATCH /feedback/:id': CASES,
  'POST /feedback/:id/replies': CASES,
  'POST /feedback/:id/reveal': CASES,
  'GET /assignees': CASES,
  'GET /users': ADMIN,
  'POST /users': ADMIN,
  'PATCH /users/:username': ADMIN,
  'GET /categories': ALL,
  'PATCH /categories/:id': ADMIN,
  'GET /calendar': ALL,
  'PUT /calendar/:year': ADMIN,
  'GET /stats/stores': ALL,
  'GET /stats/stores/:code': ALL,
  'GET /stats/districts': ALL,
  'GET /stats/dashboard': ALL,
  'GET /stats/ratings': ALL,
  'GET /audit': ADMIN,
  'GET /stores': ALL,
  'POST /stores': CENTRE,
  'POST /stores/import': CENTRE,
  'GET /stores/silent': ALL,
  'GET /stores/:code': ALL,
  'PATCH /stores/:code': CENTRE,
  'GET /stores/:code/scans': ALL,
  'GET /stores/:code/qr.svg': ALL,
  'GET /stores/:code/qr.png': ALL,
  'GET /notices': ALL,
  'POST /notices': CENTRE,
  'POST /notices/:id/versions': CENTRE,
  'GET /posters': CASES,
  'GET /public-url': CASES,
  'PATCH /centre': ADMIN,
  'POST /stores/:code/pairing-codes': CASES,
  'GET /devices': ALL,
  'PATCH /devices/:id': CASES,
  'POST /devices/:id/revoke': CASES,
}

export const ADMIN_PREFIX = '/api/admin'
