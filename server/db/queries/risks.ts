// The risk library (风险库): one row per risk, every text a version row.
import type { RiskInput } from '../../../shared/field-schemas.ts'
import type { Risk } from '../../../shared/field-types.ts'
import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { placeholders, storeScopeSql } from '../sql.ts'
import { openProblemSql } from './feedback.ts'

export async function insertRisk(tx: Queryable, r: RiskInput, userId: number, at: string): Promise<number> {
  const { lastID } = await tx.run('INSERT INTO risks (created_at) VALUES (?)', [at])
  await tx.run(
    `INSERT INTO risk_versions (risk_id, version, title, description, level, owner, controls, review_by, category_ids,
       created_by, created_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [lastID, r.title, r.description, r.level, r.owner, r.controls, r.reviewBy, JSON.stringify(r.categoryIds), userId, at],
  )
  return lastID
}

type RiskRow = Omit<Risk, 'categoryIds' | 'openCases'> & { categoryIds: string }

/** The newest version of every risk, the soonest review first. */
export async function listRisks(db: Queryable): Promise<Omit<Risk, 'openCases'>[]> {
  const rows = await db.all<RiskRow>(
    `SELECT r.id, v.version, v.title, v.description, v.level, v.owner, v.controls, v.review_by AS reviewBy,
       v.category_ids AS categoryIds, v.created_at AS updatedAt
     FROM risks r JOIN risk_versions v ON v.risk_id = r.id
     WHERE v.version = (SELECT MAX(x.version) FROM risk_versions x WHERE x.risk_id = r.id)
     ORDER BY v.review_by, r.id`,
  )
  return rows.map((r) => ({ ...r, categoryIds: JSON.parse(r.categoryIds) as string[] }))
}

/** Open problem cases per category, within a scope: what each risk's openCases adds up. */
export async function openCasesByCategory(db: Queryable, categoryIds: readonly string[], scope: Scope | undefined): Promise<Map<string, number>> {
  if (categoryIds.length === 0) return new Map()
  const params: Param[] = [...categoryIds]
  const inScope = scope ? ` AND ${storeScopeSql(scope, params, 's.')}` : ''
  const rows = await db.all<{ categoryId: string; n: number }>(
    `SELECT f.category_id AS categoryId, COUNT(*) AS n
     FROM feedback f LEFT JOIN stores s ON s.code = f.store_code
     WHERE ${openProblemSql('f.')} AND f.category_id IN (${placeholders(categoryIds.length)})${inScope}
     GROUP BY f.category_id`,
    params,
  )
  return new Map(rows.map((r) => [r.categoryId, r.n]))
}
