import type { Queryable } from '../database.ts'

export interface Notice {
  id: number
  title: string
  body: string
  version: number
}

export async function listActiveNotices(db: Queryable): Promise<Notice[]> {
  return db.all<Notice>('SELECT id, title, body, version FROM notices WHERE active = 1 ORDER BY sort_order, id')
}

export async function insertNotice(db: Queryable, n: Omit<Notice, 'id'> & { sortOrder: number }, now: string): Promise<void> {
  await db.run('INSERT INTO notices (title, body, version, sort_order, created_at) VALUES (?, ?, ?, ?, ?)', [
    n.title,
    n.body,
    n.version,
    n.sortOrder,
    now,
  ])
}
