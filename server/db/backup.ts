// Online backup and offline restore of the one database file.
//
// A backup is `VACUUM INTO` on a second connection to the live database:
// in WAL mode it reads one consistent snapshot while the server goes on
// writing, and produces a compact single file (no -wal beside it). It is
// written under a temporary name, fsynced and renamed, so a backup file that
// exists is a whole one.
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import sqlite3 from 'sqlite3'

export interface BackupCheck {
  integrity: string
  cases: number
  migrations: number
}

export async function backupDatabase(liveFile: string, target: string): Promise<BackupCheck> {
  if (existsSync(target)) throw new Error(`${target} exists already; choose a new file name`)
  const partial = `${target}.partial`
  rmSync(partial, { force: true })
  const db = await open(liveFile, sqlite3.OPEN_READWRITE)
  try {
    await new Promise<void>((resolve, reject) => db.run('VACUUM INTO ?', [partial], (err) => (err ? reject(err) : resolve())))
  } finally {
    await close(db)
  }
  // A backup holds every reporter's contact data: the owner's alone (issue 13).
  chmodSync(partial, 0o600)
  fsyncFile(partial)
  renameSync(partial, target)
  fsyncFile(dirname(target))
  return checkDatabaseFile(target)
}

/** Opens a database file and says whether it is whole, and what it holds. */
export async function checkDatabaseFile(file: string): Promise<BackupCheck> {
  if (!existsSync(file)) throw new Error(`${file} does not exist`)
  // Read-only, so that checking a backup never changes it.
  const db = await open(file, sqlite3.OPEN_READONLY)
  const get = (sql: string) =>
    new Promise<Record<string, unknown> | undefined>((resolve, reject) =>
      db.get(sql, (err, row) => (err ? reject(err) : resolve(row as Record<string, unknown> | undefined))),
    )
  try {
    const integrity = String((await get('PRAGMA integrity_check'))?.integrity_check ?? 'no answer')
    if (integrity !== 'ok') return { integrity, cases: 0, migrations: 0 }
    const migrations = Number((await get('SELECT COUNT(*) AS n FROM schema_migrations'))?.n ?? 0)
    const cases = Number((await get('SELECT COUNT(*) AS n FROM feedback'))?.n ?? 0)
    return { integrity, cases, migrations }
  } finally {
    await close(db)
  }
}

/** The content hashes of the photo files a database names (none before the photos table existed). */
export async function photoHashesIn(file: string): Promise<string[]> {
  const db = await open(file, sqlite3.OPEN_READONLY)
  try {
    const rows = await new Promise<{ contentHash: string }[]>((resolve, reject) =>
      db.all('SELECT DISTINCT content_hash AS contentHash FROM photos ORDER BY content_hash', (err, rows) =>
        err ? (/no such table/.test(err.message) ? resolve([]) : reject(err)) : resolve(rows as { contentHash: string }[]),
      ),
    )
    return rows.map((r) => r.contentHash)
  } finally {
    await close(db)
  }
}

/**
 * Puts a backup in place of the database (the server must be stopped). The
 * database it replaces is kept beside it, with its -wal and -shm, under
 * `<name>.before-restore-<time>`, so a restore can itself be undone.
 */
export async function restoreDatabase(backup: string, liveFile: string, now: Date): Promise<{ keptAs: string | undefined } & BackupCheck> {
  const check = await checkDatabaseFile(backup)
  if (check.integrity !== 'ok') throw new Error(`${backup} is damaged: ${check.integrity}`)
  if (check.migrations === 0) throw new Error(`${backup} is not a StoreVoice database`)
  const partial = `${liveFile}.restoring`
  copyFileSync(backup, partial)
  chmodSync(partial, 0o600)
  fsyncFile(partial)
  let keptAs: string | undefined
  if (existsSync(liveFile)) {
    keptAs = `${liveFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(liveFile + suffix)) renameSync(liveFile + suffix, keptAs + suffix)
    }
  }
  renameSync(partial, liveFile)
  fsyncFile(dirname(liveFile))
  return { keptAs, ...check }
}

function open(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(db)))
  })
}

function close(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())))
}

// A directory is fsynced too, so that a rename in it survives a power cut.
function fsyncFile(file: string): void {
  const fd = openSync(file, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
