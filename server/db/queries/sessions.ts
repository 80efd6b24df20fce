import type { Queryable } from '../database.ts'
import type { User } from './users.ts'

export async function insertSession(db: Queryable, tokenHash: string, userId: number, now: string, expiresAt: string): Promise<void> {
  await db.run('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)', [
    tokenHash,
    userId,
    now,
    now,
    expiresAt,
  ])
}

/** The live session's user, or undefined when the token is unknown, expired or its user disabled. */
export async function getSessionUser(db: Queryable, tokenHash: string, now: string): Promise<User | undefined> {
  const row = await db.get<{ id: number; username: string; role: User['role']; districts: string }>(
    `SELECT u.id, u.username, u.role, u.districts FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`,
    [tokenHash, now],
  )
  return row && { ...row, districts: JSON.parse(row.districts) as string[], disabled: false }
}

export async function touchSession(db: Queryable, tokenHash: string, now: string, expiresAt: string): Promise<void> {
  await db.run('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?', [now, expiresAt, tokenHash])
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash])
}
