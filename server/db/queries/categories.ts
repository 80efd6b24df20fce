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
  active: number
}

const SELECT = `SELECT id, kind, label_zh AS labelZh, label_en AS labelEn, sla_days AS slaDays, active FROM categories`
const toCategory = (r: CategoryRow): Category => ({ id: r.id, kind: r.kind, label: { zh: r.labelZh, en: r.labelEn }, slaDays: r.slaDays })

export async function listCategories(db: Queryable): Promise<Category[]> {
  const rows = await db.all<CategoryRow>(`${SELECT} WHERE active = 1 ORDER BY sort_order, id`)
  return rows.map(toCategory)
}

/** Every category, retired ones too (old cases still carry them). */
export async function listAllCategories(db: Queryable): Promise<(Category & { active: boolean })[]> {
  const rows = await db.all<CategoryRow>(`${SELECT} ORDER BY sort_order, id`)
  return rows.map((r) => ({ ...toCategory(r), active: r.active === 1 }))
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

export async function updateCategory(
  db: Queryable,
  id: string,
  ch: { slaDays?: number | undefined; label?: { zh: string; en: string } | undefined; active?: boolean | undefined },
): Promise<boolean> {
  const r = await db.run(
    `UPDATE categories SET sla_days = COALESCE(?, sla_days), label_zh = COALESCE(?, label_zh),
       label_en = COALESCE(?, label_en), active = COALESCE(?, active) WHERE id = ?`,
    [ch.slaDays ?? null, ch.label?.zh ?? null, ch.label?.en ?? null, ch.active === undefined ? null : ch.active ? 1 : 0, id],
  )
  return r.changes > 0
}
