// The risk library (风险库): one row per risk, every text a version row.
// Version rows are append-only (0165_library_history.sql): a change is a new
// row numbered one past the version its editor started from.
import type { RiskInput } from '../../../shared/field-schemas.ts'
import type { RiskStatus } from '../../../shared/enums.ts'
import type { Risk } from '../../../shared/field-types.ts'
import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { notHiddenFromSql, placeholders, storeScopeSql } from '../sql.ts'
import { openProblemSql } from './feedback.ts'

/** What one version of a risk says. */
export type RiskFields = RiskInput & { status: RiskStatus }

/** A version as stored: its fields, who wrote it and when. */
export type RiskVersion = RiskFields & { version: number; editedBy: string | null; at: string }

export async function insertRisk(tx: Queryable, r: RiskInput, userId: number, at: string): Promise<number> {
  const { lastID } = await tx.run('INSERT INTO risks (created_at) VALUES (?)', [at])
  await insertRiskVersion(tx, lastID, 1, { ...r, status: 'active' }, userId, at)
  return lastID
}

/**
 * Writes version `version` of a risk; false when that version already
 * exists (someone else's change got there first: on PostgreSQL the second
 * writer waits on the primary key, then finds it taken).
 */
export async function insertRiskVersion(tx: Queryable, riskId: number, version: number, r: RiskFields, userId: number, at: string): Promise<boolean> {
  const { changes } = await tx.run(
    `INSERT OR IGNORE INTO risk_versions (risk_id, version, title, description, level, status, owner, controls, review_by,
       category_ids, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [riskId, version, r.title, r.description, r.level, r.status, r.owner, r.controls, r.reviewBy, JSON.stringify(r.categoryIds), userId, at],
  )
  return changes === 1
}

type RiskRow = Omit<Risk, 'categoryIds' | 'openCases'> & { categoryIds: string }

/** The newest version of every risk, the soonest review first. */
export async function listRisks(db: Queryable): Promise<Omit<Risk, 'openCases'>[]> {
  const rows = await db.all<RiskRow>(
    `SELECT r.id, v.version, v.title, v.description, v.level, v.status, v.owner, v.controls, v.review_by AS reviewBy,
       v.category_ids AS categoryIds, v.created_at AS updatedAt
     FROM risks r JOIN risk_versions v ON v.risk_id = r.id
     WHERE v.version = (SELECT MAX(x.version) FROM risk_versions x WHERE x.risk_id = r.id)
     ORDER BY v.review_by, r.id`,
  )
  return rows.map((r) => ({ ...r, categoryIds: JSON.parse(r.categoryIds) as string[] }))
}

type VersionRow = Omit<RiskVersion, 'categoryIds'> & { categoryIds: string }

/** Every version of a risk, the first first; empty for an unknown risk. */
export async function riskVersions(db: Queryable, riskId: number): Promise<RiskVersion[]> {
  const rows = await db.all<VersionRow>(
    `SELECT v.version, v.title, v.description, v.level, v.status, v.owner, v.controls, v.review_by AS reviewBy,
       v.category_ids AS categoryIds, u.username AS editedBy, v.created_at AS at
     FROM risk_versions v LEFT JOIN users u ON u.id = v.created_by
     WHERE v.risk_id = ? ORDER BY v.version`,
    [riskId],
  )
  return rows.map((r) => ({ ...r, categoryIds: JSON.parse(r.categoryIds) as string[] }))
}

/**
 * Open problem cases per category, within a scope and without the cases
 * hidden from `hideConflictsFor` (a supervisor's id): what each risk's
 * openCases adds up.
 */
export async function openCasesByCategory(
  db: Queryable,
  categoryIds: readonly string[],
  scope: Scope | undefined,
  hideConflictsFor: number | undefined,
): Promise<Map<string, number>> {
  if (categoryIds.length === 0) return new Map()
  const params: Param[] = [...categoryIds]
  const inScope = scope ? ` AND ${storeScopeSql(scope, params, 's.')}` : ''
  const notHidden = hideConflictsFor === undefined ? '' : ` AND ${notHiddenFromSql(hideConflictsFor, params)}`
  const rows = await db.all<{ categoryId: string; n: number }>(
    `SELECT f.category_id AS categoryId, COUNT(*) AS n
     FROM feedback f LEFT JOIN stores s ON s.code = f.store_code
     WHERE ${openProblemSql('f.')} AND f.category_id IN (${placeholders(categoryIds.length)})${inScope}${notHidden}
     GROUP BY f.category_id`,
    params,
  )
  return new Map(rows.map((r) => [r.categoryId, r.n]))
}
