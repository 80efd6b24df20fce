// Staff accounts (admin only; see route-roles.ts). The rules of a change are
// in accounts/accounts.ts, shared with `npm run user`.
import { Hono } from 'hono'
import type { SessionUser, StaffUser } from '../../../shared/api-types.ts'
import { userCreateSchema, usernameParamSchema, userUpdateSchema } from '../../../shared/staff-schemas.ts'
import { changeAccount, createAccount } from '../../accounts/accounts.ts'
import { getUserByName, listUsers, type UserListing } from '../../db/queries/users.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'

const toStaffUser = (u: UserListing): StaffUser => ({
  username: u.username,
  role: u.role,
  name: u.name,
  districts: u.districts,
  stores: u.stores,
  disabled: u.disabled,
  createdAt: u.createdAt,
})

/** GET /api/admin/assignees: who a case can be handed to, for everyone who works cases (the user list is admin-only). */
export function adminAssigneeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/', async (c) => {
    const users = await listUsers(deps.db)
    return c.json<SessionUser[]>(
      users
        .filter((u) => !u.disabled && u.role !== 'viewer')
        .map(({ username, role, districts, stores }) => ({ username, role, districts, stores })),
    )
  })
  return app
}

export function adminUserRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => c.json<StaffUser[]>((await listUsers(deps.db)).map(toStaffUser)))

  app.post('/', jsonBody(userCreateSchema), async (c) => {
    const input = c.req.valid('json')
    await createAccount(deps.db, input, c.get('user').username, deps.clock.now().toISOString())
    return c.json<StaffUser>(toStaffUser((await getUserByName(deps.db, input.username))!), 201)
  })

  app.patch('/:username', pathParams(usernameParamSchema), jsonBody(userUpdateSchema), async (c) => {
    const { username } = c.req.valid('param')
    await changeAccount(deps.db, username, c.req.valid('json'), c.get('user').username, deps.clock.now().toISOString())
    return c.json<StaffUser>(toStaffUser((await getUserByName(deps.db, username))!))
  })

  return app
}
