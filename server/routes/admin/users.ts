// Staff accounts (admin only; see route-roles.ts). Every change is audited;
// disabling an account or giving it a new password ends its sessions.
import { Hono } from 'hono'
import type { SessionUser, StaffUser } from '../../../shared/api-types.ts'
import type { Role } from '../../../shared/enums.ts'
import { userCreateSchema, usernameParamSchema, userUpdateSchema } from '../../../shared/staff-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { hashPassword } from '../../auth/password.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { deleteUserSessions } from '../../db/queries/sessions.ts'
import { createUser, getUserByName, listUsers, updateUser, type UserListing } from '../../db/queries/users.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'

const toStaffUser = (u: UserListing): StaffUser => ({
  username: u.username,
  role: u.role,
  districts: u.districts,
  stores: u.stores,
  disabled: u.disabled,
  createdAt: u.createdAt,
})

/** Only supervisors are limited to an area, and a supervisor without one would see nothing. */
function area(role: Role, districts: string[], stores: string[]): { districts: string[]; stores: string[] } {
  if (role !== 'supervisor') return { districts: [], stores: [] }
  if (districts.length === 0 && stores.length === 0) {
    throw new ApiError(400, 'validation_failed', 'A supervisor needs districts or stores', { districts: 'required' })
  }
  return { districts, stores }
}

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
    const scope = area(input.role, input.districts ?? [], input.stores ?? [])
    const passwordHash = await hashPassword(input.password)
    const now = deps.clock.now().toISOString()
    await deps.db.transaction(async (tx) => {
      if (await getUserByName(tx, input.username)) {
        throw new ApiError(409, 'conflict', 'This username is taken', { username: 'invalid' })
      }
      await createUser(tx, { username: input.username, passwordHash, role: input.role, ...scope }, now)
      await appendAudit(tx, { at: now, actor: c.get('user').username, action: 'user_created', target: input.username, detail: { role: input.role, ...scope } })
    })
    return c.json<StaffUser>(toStaffUser((await getUserByName(deps.db, input.username))!), 201)
  })

  app.patch('/:username', pathParams(usernameParamSchema), jsonBody(userUpdateSchema), async (c) => {
    const { username } = c.req.valid('param')
    const input = c.req.valid('json')
    const existing = await getUserByName(deps.db, username)
    if (!existing) throw new ApiError(404, 'not_found', 'No such user')
    const actor = c.get('user')
    if (username === actor.username && (input.disabled === true || (input.role !== undefined && input.role !== 'admin'))) {
      // The last way back in must not be cut by a slip of the mouse.
      throw new ApiError(409, 'conflict', 'You cannot disable or demote your own account')
    }
    const role = input.role ?? existing.role
    const scope = area(role, input.districts ?? existing.districts, input.stores ?? existing.stores)
    const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password)
    const now = deps.clock.now().toISOString()
    await deps.db.transaction(async (tx) => {
      await updateUser(tx, username, { passwordHash, role, ...scope, disabled: input.disabled })
      if (input.disabled || passwordHash) await deleteUserSessions(tx, username)
      const { password, ...visible } = input
      await appendAudit(tx, {
        at: now,
        actor: actor.username,
        action: 'user_changed',
        target: username,
        detail: { ...visible, ...(password !== undefined && { password: 'changed' }) },
      })
    })
    return c.json<StaffUser>(toStaffUser((await getUserByName(deps.db, username))!))
  })

  return app
}
