// Checklist templates and their versions. Only inserts: a published
// version is never edited.
import type { ChecklistTemplate } from '../../../shared/field-types.ts'
import type { Queryable } from '../database.ts'

interface ItemRow {
  checklistId: string
  version: number
  titleZh: string
  titleEn: string
  itemId: string
  labelZh: string
  labelEn: string
  categoryId: string
}

function group(rows: ItemRow[]): ChecklistTemplate[] {
  const out = new Map<string, ChecklistTemplate>()
  for (const r of rows) {
    let t = out.get(r.checklistId)
    if (!t) {
      t = { id: r.checklistId, version: r.version, title: { zh: r.titleZh, en: r.titleEn }, items: [] }
      out.set(r.checklistId, t)
    }
    t.items.push({ id: r.itemId, label: { zh: r.labelZh, en: r.labelEn }, categoryId: r.categoryId })
  }
  return [...out.values()]
}

const ITEM_SELECT = `SELECT v.checklist_id AS checklistId, v.version, v.title_zh AS titleZh, v.title_en AS titleEn,
    i.item_id AS itemId, i.label_zh AS labelZh, i.label_en AS labelEn, i.category_id AS categoryId
  FROM checklist_versions v
  JOIN checklist_items i ON i.checklist_id = v.checklist_id AND i.version = v.version`

/** The newest version of every template. */
export async function listCurrentChecklists(db: Queryable): Promise<ChecklistTemplate[]> {
  const rows = await db.all<ItemRow>(
    `${ITEM_SELECT}
     WHERE v.version = (SELECT MAX(x.version) FROM checklist_versions x WHERE x.checklist_id = v.checklist_id)
     ORDER BY v.checklist_id, i.position`,
  )
  return group(rows)
}

export async function getChecklistVersion(db: Queryable, id: string, version: number): Promise<ChecklistTemplate | undefined> {
  const rows = await db.all<ItemRow>(`${ITEM_SELECT} WHERE v.checklist_id = ? AND v.version = ? ORDER BY i.position`, [id, version])
  return group(rows)[0]
}

export async function latestChecklistVersion(db: Queryable, id: string): Promise<number> {
  const row = await db.get<{ version: number | null }>('SELECT MAX(version) AS version FROM checklist_versions WHERE checklist_id = ?', [id])
  return row?.version ?? 0
}

export async function insertChecklist(tx: Queryable, id: string, at: string): Promise<void> {
  await tx.run('INSERT INTO checklists (id, created_at) VALUES (?, ?)', [id, at])
}

export async function insertChecklistVersion(
  tx: Queryable,
  t: ChecklistTemplate,
  publishedBy: number | null,
  at: string,
): Promise<void> {
  await tx.run(
    `INSERT INTO checklist_versions (checklist_id, version, title_zh, title_en, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?)`,
    [t.id, t.version, t.title.zh, t.title.en, publishedBy, at],
  )
  for (const [position, item] of t.items.entries()) {
    await tx.run(
      `INSERT INTO checklist_items (checklist_id, version, item_id, position, label_zh, label_en, category_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [t.id, t.version, item.id, position, item.label.zh, item.label.en, item.categoryId],
    )
  }
}
