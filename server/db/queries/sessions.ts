import type { Queryable } from '../database.ts'
import type { User } from '../../../shared/user.ts'
import { userFromColumns } from './users.ts'

/** Sessions whose idle time ran out are gone for good: nothing keeps them. */
export async function deleteExpiredSessions(db: Queryable, now: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE expires_at <= ?', [now])
}

export async function insertSession(
  db: Queryable,
  s: { tokenHash: string; userId: number; csrfToken: string; now: string; expiresAt: string },
): Promise<void> {
  await db.run(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    [s.tokenHash, s.userId, s.csrfToken, s.now, s.now, s.expiresAt],
  )
}

/** The live session's user and CSRF token, or undefined when the token is unknown, expired or its user disabled. */
export async function getSession(
  db: Queryable,
  tokenHash: string,
  now: string,
): Promise<{ user: User; csrfToken: string; lastSeenAt: string } | undefined> {
  const row = await db.get<{
    id: number
    username: string
    role: User['role']
    districts: string
    stores: string
    disabled: number
    csrfToken: string
    lastSeenAt: string
  }>(
    `SELECT u.id, u.username, u.role, u.districts, u.stores, u.disabled, s.csrf_token AS csrfToken, s.last_seen_at AS lastSeenAt
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`,
    [tokenHash, now],
  )
  return row && { user: userFromColumns(row), csrfToken: row.csrfToken, lastSeenAt: row.lastSeenAt }
}

export async function touchSession(db: Queryable, tokenHash: string, now: string, expiresAt: string): Promise<void> {
  await db.run('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?', [now, expiresAt, tokenHash])
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash])
}

/** Ends every session (a restore brings back sessions that had been logged out since the backup). */
export async function deleteAllSessions(db: Queryable): Promise<void> {
  await db.run('DELETE FROM sessions')
}

/** Ends every session of a user (disabled, or given a new password). */
export async function deleteUserSessions(db: Queryable, username: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)', [username])
}
