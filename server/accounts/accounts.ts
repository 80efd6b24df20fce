// Creating and changing staff accounts, for the console (routes/admin/users.ts)
// and the shell (`npm run user`) alike: the same area rule, the same password
// hashing, sessions ended on the same changes, the same audit entries.
import type { Role } from '../../shared/enums.ts'
import { ApiError } from '../api-error.ts'
import { hideExistingFrom } from '../conflicts/hide-from-concerned.ts'
import { nameKey } from '../conflicts/name-key.ts'
import { hashPassword } from '../auth/password.ts'
import type { Database } from '../db/database.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { deleteUserSessions } from '../db/queries/sessions.ts'
import { createUser, getUserByName, updateUser, usernameTaken, type UserChanges } from '../db/queries/users.ts'

export interface NewAccount {
  username: string
  password: string
  role: Role
  /** The person's name as the store registry writes it (专管员). */
  name?: string | undefined
  districts?: string[] | undefined
  stores?: string[] | undefined
}

/** What the row can change, with the password in clear (hashed here). */
export interface AccountChanges extends Omit<UserChanges, 'passwordHash' | 'name'> {
  password?: string | undefined
  name?: string | undefined
}

/** Who makes the change: a signed-in user, or null for the shell (audited as `via: 'cli'`). */
type Actor = string | null

/** Only supervisors are limited to an area, and a supervisor without one would see nothing. */
function area(role: Role, districts: string[], stores: string[]): { districts: string[]; stores: string[] } {
  if (role !== 'supervisor') return { districts: [], stores: [] }
  if (districts.length === 0 && stores.length === 0) {
    throw new ApiError(400, 'validation_failed', 'A supervisor needs districts or stores', { districts: 'required' })
  }
  return { districts, stores }
}

const namedAs = (name: string | undefined) => (name === undefined ? undefined : { name, key: nameKey(name) })

const via = (actor: Actor) => (actor === null ? { via: 'cli' } : {})

export async function createAccount(db: Database, input: NewAccount, actor: Actor, now: string): Promise<void> {
  const scope = area(input.role, input.districts ?? [], input.stores ?? [])
  const passwordHash = await hashPassword(input.password)
  await db.transaction(async (tx) => {
    if (await usernameTaken(tx, input.username)) {
      throw new ApiError(409, 'conflict', 'This username is taken', { username: 'invalid' })
    }
    const id = await createUser(tx, { username: input.username, passwordHash, role: input.role, name: namedAs(input.name), ...scope }, now)
    const hiddenCases = input.role === 'supervisor' && input.name ? await hideExistingFrom(tx, { id, name: input.name }, now) : 0
    const detail = { role: input.role, ...(input.name && { name: input.name }), ...scope, ...(hiddenCases > 0 && { hiddenCases }), ...via(actor) }
    await appendAudit(tx, { at: now, actor, action: 'user_created', target: input.username, detail })
  })
}

/** Disabling an account or giving it a new password ends its sessions. */
export async function changeAccount(db: Database, username: string, input: AccountChanges, actor: Actor, now: string): Promise<void> {
  const existing = await getUserByName(db, username)
  if (!existing) throw new ApiError(404, 'not_found', 'No such user')
  if (username === actor && (input.disabled === true || (input.role !== undefined && input.role !== 'admin'))) {
    // The last way back in must not be cut by a slip of the mouse.
    throw new ApiError(409, 'conflict', 'You cannot disable or demote your own account')
  }
  const role = input.role ?? existing.role
  const scope = area(role, input.districts ?? existing.districts, input.stores ?? existing.stores)
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password)
  await db.transaction(async (tx) => {
    await updateUser(tx, username, { passwordHash, role, name: namedAs(input.name), ...scope, disabled: input.disabled })
    if (input.disabled || passwordHash) await deleteUserSessions(tx, username)
    // A new name, or a named account becoming a supervisor, is checked against what is already written.
    const name = input.name ?? existing.name
    const named = role === 'supervisor' && name && (input.name !== undefined || existing.role !== 'supervisor')
    const hiddenCases = named ? await hideExistingFrom(tx, { id: existing.id, name }, now) : 0
    const { password, ...visible } = input
    await appendAudit(tx, {
      at: now,
      actor,
      action: 'user_changed',
      target: username,
      detail: { ...visible, ...(password !== undefined && { password: 'changed' }), ...(hiddenCases > 0 && { hiddenCases }), ...via(actor) },
    })
  })
}
