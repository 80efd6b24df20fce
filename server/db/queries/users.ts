import type { Role } from '../../../shared/enums.ts'
import type { User } from '../../../shared/user.ts'
import type { Queryable } from '../database.ts'

export interface UserListing extends User {
  name: string | null
  createdAt: string
}

/** The columns of a user as stored: the area lists as JSON, the flag as 0/1. */
interface UserColumns {
  id: number
  username: string
  role: Role
  districts: string
  stores: string
  disabled: number
}

interface UserRow extends UserColumns {
  name: string | null
  createdAt: string
  passwordHash: string
}

const SELECT = `SELECT id, username, role, name, districts, stores, disabled, created_at AS createdAt,
  password_hash AS passwordHash FROM users`
const toUser = (r: UserRow): UserListing => ({ ...userFromColumns(r), name: r.name, createdAt: r.createdAt })

/** Parses the JSON columns of a joined user row (sessions use this too). */
export function userFromColumns(r: UserColumns): User {
  return {
    id: r.id,
    username: r.username,
    role: r.role,
    districts: JSON.parse(r.districts) as string[],
    stores: JSON.parse(r.stores) as string[],
    disabled: r.disabled === 1,
  }
}

/** Usernames are unique without regard to case (migration 0131), so "Admin" logs in as admin. */
export async function getUserForLogin(db: Queryable, username: string): Promise<(UserListing & { passwordHash: string }) | undefined> {
  const row = await db.get<UserRow>(`${SELECT} WHERE lower(username) = lower(?)`, [username])
  return row && { ...toUser(row), passwordHash: row.passwordHash }
}

export async function getUserByName(db: Queryable, username: string): Promise<UserListing | undefined> {
  const row = await db.get<UserRow>(`${SELECT} WHERE username = ?`, [username])
  return row && toUser(row)
}

/** Whether a username is taken, ignoring case. */
export async function usernameTaken(db: Queryable, username: string): Promise<boolean> {
  return (await db.get('SELECT 1 AS one FROM users WHERE lower(username) = lower(?)', [username])) !== undefined
}

/** When `npm run user -- unlock` last lifted the login lock of a username. */
export async function getLoginUnlock(db: Queryable, username: string): Promise<string | undefined> {
  const row = await db.get<{ unlockedAt: string }>('SELECT unlocked_at AS unlockedAt FROM login_unlocks WHERE username_key = lower(?)', [username])
  return row?.unlockedAt
}

export async function recordLoginUnlock(db: Queryable, username: string, at: string): Promise<void> {
  await db.run(
    `INSERT INTO login_unlocks (username_key, unlocked_at) VALUES (lower(?), ?)
     ON CONFLICT (username_key) DO UPDATE SET unlocked_at = excluded.unlocked_at`,
    [username, at],
  )
}

export async function listUsers(db: Queryable): Promise<UserListing[]> {
  const rows = await db.all<UserRow>(`${SELECT} ORDER BY username`)
  return rows.map(toUser)
}

export async function createUser(
  db: Queryable,
  u: { username: string; passwordHash: string; role: Role; name?: NamedAs | undefined; districts: string[]; stores?: string[] },
  now: string,
): Promise<number> {
  const r = await db.run(
    'INSERT INTO users (username, password_hash, role, name, name_key, districts, stores, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [u.username, u.passwordHash, u.role, u.name?.name ?? null, u.name?.key ?? null, JSON.stringify(u.districts), JSON.stringify(u.stores ?? []), now],
  )
  return r.lastID
}

/** A person's name and its normalised key (server/conflicts/name-key.ts), stored side by side. */
export interface NamedAs {
  name: string
  key: string
}

export interface UserChanges {
  passwordHash?: string | undefined
  name?: NamedAs | undefined
  role?: Role | undefined
  districts?: string[] | undefined
  stores?: string[] | undefined
  disabled?: boolean | undefined
}

export async function updateUser(db: Queryable, username: string, ch: UserChanges): Promise<boolean> {
  const sets: string[] = []
  const params: (string | number)[] = []
  const set = (column: string, value: string | number) => {
    sets.push(`${column} = ?`)
    params.push(value)
  }
  if (ch.passwordHash !== undefined) set('password_hash', ch.passwordHash)
  if (ch.role !== undefined) set('role', ch.role)
  if (ch.name !== undefined) {
    set('name', ch.name.name)
    set('name_key', ch.name.key)
  }
  if (ch.districts !== undefined) set('districts', JSON.stringify(ch.districts))
  if (ch.stores !== undefined) set('stores', JSON.stringify(ch.stores))
  if (ch.disabled !== undefined) set('disabled', ch.disabled ? 1 : 0)
  if (sets.length === 0) return (await getUserByName(db, username)) !== undefined
  const r = await db.run(`UPDATE users SET ${sets.join(', ')} WHERE username = ?`, [...params, username])
  return r.changes > 0
}

export async function setPassword(db: Queryable, username: string, passwordHash: string): Promise<boolean> {
  return updateUser(db, username, { passwordHash })
}

/** Usernames of active accounts that may be handed cases. */
export async function getAssignableUser(db: Queryable, username: string): Promise<User | undefined> {
  const row = await db.get<UserRow>(`${SELECT} WHERE username = ? AND disabled = 0 AND role IN ('admin', 'staff', 'supervisor')`, [username])
  return row && toUser(row)
}
