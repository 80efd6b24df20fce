import type { Role } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'

export interface User {
  id: number
  username: string
  role: Role
  districts: string[]
  disabled: boolean
}

interface UserRow {
  id: number
  username: string
  role: Role
  districts: string
  disabled: number
  passwordHash: string
}

const SELECT = 'SELECT id, username, role, districts, disabled, password_hash AS passwordHash FROM users'
const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  role: r.role,
  districts: JSON.parse(r.districts) as string[],
  disabled: r.disabled === 1,
})

export async function getUserForLogin(db: Queryable, username: string): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db.get<UserRow>(`${SELECT} WHERE username = ?`, [username])
  return row && { ...toUser(row), passwordHash: row.passwordHash }
}

export async function createUser(
  db: Queryable,
  u: { username: string; passwordHash: string; role: Role; districts: string[] },
  now: string,
): Promise<number> {
  const r = await db.run('INSERT INTO users (username, password_hash, role, districts, created_at) VALUES (?, ?, ?, ?, ?)', [
    u.username,
    u.passwordHash,
    u.role,
    JSON.stringify(u.districts),
    now,
  ])
  return r.lastID
}

export async function setPassword(db: Queryable, username: string, passwordHash: string): Promise<boolean> {
  const r = await db.run('UPDATE users SET password_hash = ? WHERE username = ?', [passwordHash, username])
  return r.changes > 0
}
