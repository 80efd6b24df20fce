import type { FeedbackKind } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'

export interface Category {
  id: string
  kind: FeedbackKind
  label: { zh: string; en: string }
  slaDays: number
}

interface CategoryRow {
  id: string
  kind: FeedbackKind
  labelZh: string
  labelEn: string
  slaDays: number
}

const SELECT = `SELECT id, kind, label_zh AS labelZh, label_en AS labelEn, sla_days AS slaDays FROM categories`
const toCategory = (r: CategoryRow): Category => ({ id: r.id, kind: r.kind, label: { zh: r.labelZh, en: r.labelEn }, slaDays: r.slaDays })

export async function listCategories(db: Queryable): Promise<Category[]> {
  const rows = await db.all<CategoryRow>(`${SELECT} WHERE active = 1 ORDER BY sort_order, id`)
  return rows.map(toCategory)
}

export async function getActiveCategory(db: Queryable, id: string): Promise<Category | undefined> {
  const row = await db.get<CategoryRow>(`${SELECT} WHERE id = ? AND active = 1`, [id])
  return row && toCategory(row)
}

export async function insertCategory(db: Queryable, c: Category, sortOrder: number): Promise<void> {
  await db.run('INSERT INTO categories (id, kind, label_zh, label_en, sla_days, sort_order) VALUES (?, ?, ?, ?, ?, ?)', [
    c.id,
    c.kind,
    c.label.zh,
    c.label.en,
    c.slaDays,
    sortOrder,
  ])
}
