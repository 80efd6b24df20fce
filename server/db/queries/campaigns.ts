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
    `SELECT store_code AS storeCode, SUM(inspections) AS inspections, SUM(trainings) AS trainings,
       SUM(failed) AS failed, SUM(fixed) AS fixed
     FROM visit_daily WHERE day >= ? AND day <= ? GROUP BY store_code`,
    [fromDay, toDay],
  )
}

// An inspection case's created_at is the instant its inspection started
// (server/visits/record-visit.ts): the period is a range of that column,
// read through the partial index feedback_inspection_created.
const INSPECTION_CASES = `f.channel = 'inspection' AND f.created_at >= ? AND f.created_at <= ?`

export interface StoreCaseCounts {
  storeCode: string
  cases: number
  /** Of them, due before the given instant. */
  pastDue: number
}

/** Per store, the cases opened by inspections started between these instants, and how many were due before `dueBefore`. */
export async function rectificationCounts(db: Queryable, from: string, to: string, dueBefore: string): Promise<StoreCaseCounts[]> {
  return db.all<StoreCaseCounts>(
    `SELECT f.store_code AS storeCode, COUNT(*) AS cases, SUM(CASE WHEN f.due_at < ? THEN 1 ELSE 0 END) AS pastDue
     FROM feedback f WHERE ${INSPECTION_CASES} GROUP BY f.store_code`,
    [dueBefore, from, to],
  )
}

/** The status changes of those cases made before `before`, oldest first (data is the event's JSON). */
export async function rectificationStatusEvents(
  db: Queryable,
  from: string,
  to: string,
  before: string,
): Promise<{ caseId: string; storeCode: string; dueAt: string; data: string }[]> {
  return db.all(
    `SELECT e.feedback_id AS caseId, f.store_code AS storeCode, f.due_at AS dueAt, e.data
     FROM feedback f JOIN feedback_events e ON e.feedback_id = f.id
     WHERE ${INSPECTION_CASES} AND e.type = 'status' AND e.created_at < ?
     ORDER BY e.id`,
    [from, to, before],
  )
}
