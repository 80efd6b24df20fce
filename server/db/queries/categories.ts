import type { FeedbackKind } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'
import { jsonRows } from '../sql.ts'

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
  grave: number
}

const COLUMNS = 'id, kind, label_zh AS labelZh, label_en AS labelEn, sla_days AS slaDays, active, grave'
const SELECT = `SELECT ${COLUMNS} FROM categories`
const toCategory = (r: CategoryRow): Category => ({ id: r.id, kind: r.kind, label: { zh: r.labelZh, en: r.labelEn }, slaDays: r.slaDays })

export async function listCategories(db: Queryable): Promise<Category[]> {
  const rows = await db.all<CategoryRow>(`${SELECT} WHERE active = 1 ORDER BY sort_order, id`)
  return rows.map(toCategory)
}

/** Every category, retired ones too (old cases still carry them). */
export async function listAllCategories(db: Queryable): Promise<(Category & { active: boolean; grave: boolean })[]> {
  const rows = await db.all<CategoryRow>(`${SELECT} ORDER BY sort_order, id`)
  return rows.map((r) => ({ ...toCategory(r), active: r.active === 1, grave: r.grave === 1 }))
}

export async function getActiveCategory(db: Queryable, id: string): Promise<Category | undefined> {
  const row = await db.get<CategoryRow>(`${SELECT} WHERE id = ? AND active = 1`, [id])
  return row && toCategory(row)
}

/**
 * The active categories among `ids` and the registered stores among
 * `storeCodes`, in one statement: the look-ups of a batch of submissions in
 * one round trip (issue 14).
 */
export async function activeCategoriesAndStores(
  db: Queryable,
  ids: readonly string[],
  storeCodes: readonly string[],
): Promise<{ categories: Map<string, Category>; stores: Set<string> }> {
  const rows = await db.all<CategoryRow & { storeCode: string | null }>(
    `SELECT ${COLUMNS}, NULL AS storeCode FROM categories WHERE active = 1 AND id IN (SELECT value ->> 'id' FROM jsonb_each(?))
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, code FROM stores WHERE code IN (SELECT value ->> 'code' FROM jsonb_each(?))`,
    [jsonRows(ids.map((id) => ({ id }))), jsonRows(storeCodes.map((code) => ({ code })))],
  )
  const categories = new Map<string, Category>()
  const stores = new Set<string>()
  for (const r of rows) {
    if (r.storeCode === null) categories.set(r.id, toCategory(r))
    else stores.add(r.storeCode)
  }
  return { categories, stores }
}

/** The active category `id`, and whether a store has the code `storeCode` (null: none given). */
export async function getActiveCategoryAndStore(
  db: Queryable,
  id: string,
  storeCode: string | null,
): Promise<{ category: Category | undefined; storeKnown: boolean }> {
  const { categories, stores } = await activeCategoriesAndStores(db, [id], storeCode === null ? [] : [storeCode])
  return { category: categories.get(id), storeKnown: storeCode !== null && stores.has(storeCode) }
}

export async function insertCategory(db: Queryable, c: Category, sortOrder: number, grave = false): Promise<void> {
  await db.run('INSERT INTO categories (id, kind, label_zh, label_en, sla_days, sort_order, grave) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    c.id,
    c.kind,
    c.label.zh,
    c.label.en,
    c.slaDays,
    sortOrder,
    grave ? 1 : 0,
  ])
}

export async function updateCategory(
  db: Queryable,
  id: string,
  ch: {
    slaDays?: number | undefined
    label?: { zh: string; en: string } | undefined
    active?: boolean | undefined
    grave?: boolean | undefined
  },
): Promise<boolean> {
  const flag = (b: boolean | undefined) => (b === undefined ? null : b ? 1 : 0)
  const r = await db.run(
    `UPDATE categories SET sla_days = COALESCE(?, sla_days), label_zh = COALESCE(?, label_zh),
       label_en = COALESCE(?, label_en), active = COALESCE(?, active), grave = COALESCE(?, grave) WHERE id = ?`,
    [ch.slaDays ?? null, ch.label?.zh ?? null, ch.label?.en ?? null, flag(ch.active), flag(ch.grave), id],
  )
  return r.changes > 0
}

/** Whether cases of this category raise the case.grave alert. */
export async function isGraveCategory(db: Queryable, id: string): Promise<boolean> {
  return (await db.get<{ grave: number }>('SELECT grave FROM categories WHERE id = ?', [id]))?.grave === 1
}
