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

/** The figures of one district's stores under one supervisor. */
export interface AreaCounts {
  district: string
  supervisor: string
  stores: number
  inspected: number
  trained: number
  failedItems: number
  fixedOnSite: number
}

/** The licensed stores of these districts (every district when none are named): `alias` is the stores table's. */
function campaignStoresSql(districts: readonly string[], params: Param[], alias: string): string {
  params.push(...districts)
  return `${alias}active = 1${districts.length ? ` AND ${alias}district IN (${placeholders(districts.length)})` : ''}`
}

/**
 * The campaign's stores counted per district and supervisor in one pass:
 * each store's visits of these China days are summed first (a store is
 * inspected or trained once however often it was visited), then the stores
 * are grouped, so a few dozen rows leave the database rather than a row per
 * store.
 */
export async function progressByArea(db: Queryable, districts: readonly string[], fromDay: string, toDay: string): Promise<AreaCounts[]> {
  const params: Param[] = [fromDay, toDay]
  const where = campaignStoresSql(districts, params, 's.')
  return db.all<AreaCounts>(
    `SELECT district, supervisor, COUNT(*) AS stores,
       SUM(CASE WHEN inspections > 0 THEN 1 ELSE 0 END) AS inspected, SUM(CASE WHEN trainings > 0 THEN 1 ELSE 0 END) AS trained,
       SUM(failed) AS failedItems, SUM(fixed) AS fixedOnSite
     FROM (
       SELECT s.code, s.district, s.supervisor_name AS supervisor, COALESCE(SUM(v.inspections), 0) AS inspections,
         COALESCE(SUM(v.trainings), 0) AS trainings, COALESCE(SUM(v.failed), 0) AS failed, COALESCE(SUM(v.fixed), 0) AS fixed
       FROM stores s LEFT JOIN visit_daily v ON v.store_code = s.code AND v.day >= ? AND v.day <= ?
       WHERE ${where}
       GROUP BY s.code, s.district, s.supervisor_name
     ) AS per_store
     GROUP BY district, supervisor`,
    params,
  )
}

// An inspection case's created_at is the instant its inspection started
// (server/visits/record-visit.ts): the period is a range of that column,
// read through the partial index feedback_inspection_rectification, which
// also holds the columns counted (0166_campaign_progress_indexes.sql).
// CROSS JOIN keeps SQLite's planner on that order (the period's cases
// first); PostgreSQL reads it as a plain join.
const INSPECTION_CASES = `f.channel = 'inspection' AND f.created_at >= ? AND f.created_at <= ?`

/** Of the campaign's stores, the cases opened by inspections started between these instants, and how many were due before `dueBefore`. */
export async function rectificationCounts(
  db: Queryable,
  districts: readonly string[],
  from: string,
  to: string,
  dueBefore: string,
): Promise<{ cases: number; pastDue: number }> {
  const params: Param[] = [dueBefore, from, to]
  const where = campaignStoresSql(districts, params, 's.')
  const row = await db.get<{ cases: number; pastDue: number | null }>(
    `SELECT COUNT(*) AS cases, SUM(CASE WHEN f.due_at < ? THEN 1 ELSE 0 END) AS pastDue
     FROM feedback f CROSS JOIN stores s WHERE ${INSPECTION_CASES} AND s.code = f.store_code AND ${where}`,
    params,
  )
  return { cases: row?.cases ?? 0, pastDue: row?.pastDue ?? 0 }
}

/** The status changes of those cases made before `before`, oldest first (data is the event's JSON). */
export async function rectificationStatusEvents(
  db: Queryable,
  districts: readonly string[],
  from: string,
  to: string,
  before: string,
): Promise<{ caseId: string; dueAt: string; data: string }[]> {
  const params: Param[] = [from, to, before]
  const where = campaignStoresSql(districts, params, 's.')
  return db.all(
    `SELECT e.feedback_id AS caseId, f.due_at AS dueAt, e.data
     FROM feedback f CROSS JOIN feedback_events e CROSS JOIN stores s
     WHERE ${INSPECTION_CASES} AND e.feedback_id = f.id AND s.code = f.store_code AND e.type = 'status' AND e.created_at < ? AND ${where}
     ORDER BY e.id`,
    params,
  )
}
