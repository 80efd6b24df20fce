import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { givenConditions, storeScopeSql } from '../sql.ts'

export type RatingHoldReason = 'honeypot' | 'repeat'

export interface NewRating {
  id: string
  storeCode: string
  score: number
  channel: string
  createdAt: string
  receivedAt: string
  chinaDay: string
  chinaHour: number
  chinaWeekday: number
  heldReason: RatingHoldReason | null
}

export type StoredRating = Pick<NewRating, 'id' | 'storeCode' | 'score' | 'channel' | 'createdAt'>

export async function getRating(db: Queryable, id: string): Promise<StoredRating | undefined> {
  return db.get<StoredRating>(
    'SELECT id, store_code AS storeCode, score, channel, created_at AS createdAt FROM ratings WHERE id = ?',
    [id],
  )
}

/** Stores a rating; false when one with this id was already there. */
export async function insertRating(db: Queryable, r: NewRating): Promise<boolean> {
  const res = await db.run(
    `INSERT INTO ratings (id, store_code, score, channel, created_at, received_at, china_day, china_hour, china_weekday, held_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    [r.id, r.storeCode, r.score, r.channel, r.createdAt, r.receivedAt, r.chinaDay, r.chinaHour, r.chinaWeekday, r.heldReason],
  )
  return res.changes === 1
}

export interface RatingFilter {
  scope: Scope | undefined
  district?: string | undefined
  storeCode?: string | undefined
  /** China dates, both included. */
  from?: string | undefined
  to?: string | undefined
}

export interface RatingCount {
  score: number
  chinaHour: number
  chinaWeekday: number
  n: number
}

/** Counted (not held) ratings, grouped by score, hour and weekday. */
export async function countRatings(db: Queryable, f: RatingFilter): Promise<RatingCount[]> {
  const params: Param[] = []
  const where = ['r.held_reason IS NULL', storeScopeSql(f.scope, params, 's.')]
  where.push(
    ...givenConditions(
      [
        ['s.district = ?', f.district],
        ['r.store_code = ?', f.storeCode],
        ['r.china_day >= ?', f.from],
        ['r.china_day <= ?', f.to],
      ],
      params,
    ),
  )
  return db.all<RatingCount>(
    `SELECT r.score, r.china_hour AS chinaHour, r.china_weekday AS chinaWeekday, COUNT(*) AS n
     FROM ratings r JOIN stores s ON s.code = r.store_code
     WHERE ${where.join(' AND ')}
     GROUP BY r.score, r.china_hour, r.china_weekday`,
    params,
  )
}
