// Reply templates kept by admins (issue 11).
import type { ReplyTemplate } from '../../../shared/api-types.ts'
import type { Queryable } from '../database.ts'


export async function listTemplates(db: Queryable): Promise<ReplyTemplate[]> {
  return db.all<ReplyTemplate>('SELECT id, title, body FROM reply_templates ORDER BY title, id')
}

export async function getTemplate(db: Queryable, id: number): Promise<ReplyTemplate | undefined> {
  return db.get<ReplyTemplate>('SELECT id, title, body FROM reply_templates WHERE id = ?', [id])
}

export async function insertTemplate(tx: Queryable, t: Omit<ReplyTemplate, 'id'>, now: string): Promise<number> {
  const r = await tx.run('INSERT INTO reply_templates (title, body, created_at, updated_at) VALUES (?, ?, ?, ?)', [t.title, t.body, now, now])
  return r.lastID
}

export async function updateTemplate(tx: Queryable, t: ReplyTemplate, now: string): Promise<void> {
  await tx.run('UPDATE reply_templates SET title = ?, body = ?, updated_at = ? WHERE id = ?', [t.title, t.body, now, t.id])
}

export async function deleteTemplate(tx: Queryable, id: number): Promise<void> {
  await tx.run('DELETE FROM reply_templates WHERE id = ?', [id])
}
