// Campaigns and the figures their progress is counted from.
import type { CampaignSummary } from '../../../shared/field-types.ts'
import type { Param, Queryable } from '../database.ts'
import { placeholders } from '../sql.ts'

export interface Campaign extends CampaignSummary {
  targets: { inspectedPct: number | null; trainedPct: number | null }
}

interface CampaignRow {
  id: number
  name: string
  from: string
  to: string
  districts: string
  inspectedPct: number | null
  trainedPct: number | null
}

const SELECT = `SELECT id, name, from_day AS "from", to_day AS "to", districts, inspected_pct AS inspectedPct,
  trained_pct AS trainedPct FROM campaigns`

const toCampaign = (r: CampaignRow): Campaign => ({
  id: r.id,
  name: r.name,
  from: r.from,
  to: r.to,
  districts: JSON.parse(r.districts) as string[],
  targets: { inspectedPct: r.inspectedPct, trainedPct: r.trainedPct },
})

export async function insertCampaign(
  tx: Queryable,
  c: Omit<Campaign, 'id'>,
  createdBy: number,
  at: string,
): Promise<number> {
  const res = await tx.run(
    `INSERT INTO campaigns (name, from_day, to_day, districts, inspected_pct, trained_pct, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [c.name, c.from, c.to, JSON.stringify(c.districts), c.targets.inspectedPct, c.targets.trainedPct, createdBy, at],
  )
  return res.lastID
}

export async function getCampaign(db: Queryable, id: number): Promise<Campaign | undefined> {
  const row = await db.get<CampaignRow>(`${SELECT} WHERE id = ?`, [id])
  return row && toCampaign(row)
}

export async function listCampaigns(db: Queryable): Promise<Campaign[]> {
  return (await db.all<CampaignRow>(`${SELECT} ORDER BY from_day DESC, id DESC`)).map(toCampaign)
}

export interface CampaignStore {
  code: string
  district: string
  supervisor: string
}

/** The licensed stores of these districts (every district when none are named). */
export async function campaignStores(db: Queryable, districts: readonly string[]): Promise<CampaignStore[]> {
  const params: Param[] = [...districts]
  const where = districts.length ? `AND district IN (${placeholders(districts.length)})` : ''
  return db.all<CampaignStore>(
    `SELECT code, district, supervisor_name AS supervisor FROM stores WHERE active = 1 ${where} ORDER BY district, code`,
    params,
  )
}

export interface StoreVisitCounts {
  storeCode: string
  inspections: number
  trainings: number
  failed: number
  fixed: number
}

/** Per store, the inspections and trainings started on these China days, and the items failed and fixed on them. */
export async function visitCountsByStore(db: Queryable, fromDay: string, toDay: string): Promise<StoreVisitCounts[]> {
  return db.all<StoreVisitCounts>(
    `SELECT v.store_code AS storeCode,
       SUM(CASE WHEN v.type = 'inspection' THEN 1 ELSE 0 END) AS inspections,
       SUM(CASE WHEN v.type = 'training' THEN 1 ELSE 0 END) AS trainings,
       COALESCE(SUM(r.failed), 0) AS failed,
       COALESCE(SUM(r.fixed), 0) AS fixed
     FROM visits v
     LEFT JOIN (
       SELECT visit_id, SUM(CASE WHEN result = 'fail' THEN 1 ELSE 0 END) AS failed,
         SUM(CASE WHEN result = 'fixed' THEN 1 ELSE 0 END) AS fixed
       FROM visit_results GROUP BY visit_id
     ) r ON r.visit_id = v.id
     WHERE v.started_day >= ? AND v.started_day <= ?
     GROUP BY v.store_code`,
    [fromDay, toDay],
  )
}

export interface RectificationCase {
  id: string
  storeCode: string
  dueAt: string
}

/** The cases opened by inspections started on these China days. */
export async function rectificationCases(db: Queryable, fromDay: string, toDay: string): Promise<RectificationCase[]> {
  return db.all<RectificationCase>(
    `SELECT f.id, f.store_code AS storeCode, f.due_at AS dueAt
     FROM feedback f JOIN visits v ON v.id = f.visit_id
     WHERE v.started_day >= ? AND v.started_day <= ?`,
    [fromDay, toDay],
  )
}

/** The status changes of those cases made before `before`, oldest first (data is the event's JSON). */
export async function rectificationStatusEvents(
  db: Queryable,
  fromDay: string,
  toDay: string,
  before: string,
): Promise<{ caseId: string; data: string }[]> {
  return db.all(
    `SELECT e.feedback_id AS caseId, e.data
     FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id JOIN visits v ON v.id = f.visit_id
     WHERE e.type = 'status' AND v.started_day >= ? AND v.started_day <= ? AND e.created_at < ?
     ORDER BY e.id`,
    [fromDay, toDay, before],
  )
}
