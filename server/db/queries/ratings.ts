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

/** The WHERE clause of the counted (not held) ratings a filter selects. */
function countedWhere(f: RatingFilter, params: Param[]): string {
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
  return where.join(' AND ')
}

/** Counted (not held) ratings, grouped by score, hour and weekday. */
export async function countRatings(db: Queryable, f: RatingFilter): Promise<RatingCount[]> {
  const params: Param[] = []
  const where = countedWhere(f, params)
  return db.all<RatingCount>(
    `SELECT r.score, r.china_hour AS chinaHour, r.china_weekday AS chinaWeekday, COUNT(*) AS n
     FROM ratings r JOIN stores s ON s.code = r.store_code
     WHERE ${where}
     GROUP BY r.score, r.china_hour, r.china_weekday`,
    params,
  )
}

export interface RatingDayCount {
  chinaDay: string
  score: number
  n: number
}

/** Counted ratings per China day and score, oldest day first. */
export async function countRatingsByDay(db: Queryable, f: RatingFilter): Promise<RatingDayCount[]> {
  const params: Param[] = []
  const where = countedWhere(f, params)
  return db.all<RatingDayCount>(
    `SELECT r.china_day AS chinaDay, r.score, COUNT(*) AS n
     FROM ratings r JOIN stores s ON s.code = r.store_code
     WHERE ${where}
     GROUP BY r.china_day, r.score
     ORDER BY r.china_day`,
    params,
  )
}

export interface RatingStoreCount {
  storeCode: string
  storeName: string
  district: string
  score: number
  n: number
}

/** Counted ratings per store and score. */
export async function countRatingsByStore(db: Queryable, f: RatingFilter): Promise<RatingStoreCount[]> {
  const params: Param[] = []
  const where = countedWhere(f, params)
  return db.all<RatingStoreCount>(
    `SELECT r.store_code AS storeCode, s.name AS storeName, s.district, r.score, COUNT(*) AS n
     FROM ratings r JOIN stores s ON s.code = r.store_code
     WHERE ${where}
     GROUP BY r.store_code, s.name, s.district, r.score
     ORDER BY r.store_code`,
    params,
  )
}
