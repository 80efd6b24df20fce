// GET /api/admin/stats/ratings: the counted ratings folded into the shape
// DESIGN.md fixes (by score, per hour of the day, per weekday), plus the
// weekly trend and the per-district and per-store lists the console shows.
import { mondayOf } from '../../shared/china-time.ts'
import { isPositiveScore } from '../../shared/rating-schemas.ts'
import { RATING_STORE_ROWS, type RatingGroup, type RatingStats } from '../../shared/rating-stats.ts'
import type { Queryable } from '../db/database.ts'
import { countRatings, countRatingsByDay, countRatingsByStore, type RatingFilter } from '../db/queries/ratings.ts'

const share = (positive: number, total: number) => (total === 0 ? 0 : Math.round((positive / total) * 1000) / 1000)

/** Sums score counts into groups keyed by `keyOf`, in the order first seen. */
function grouped<R extends { score: number; n: number }, K extends object>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  fields: (row: R) => K,
): RatingGroup<K>[] {
  const groups = new Map<string, { fields: K; total: number; positive: number }>()
  for (const row of rows) {
    const key = keyOf(row)
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { fields: fields(row), total: 0, positive: 0 }))
    g.total += row.n
    if (isPositiveScore(row.score)) g.positive += row.n
  }
  return [...groups.values()].map((g) => ({ ...g.fields, total: g.total, positiveShare: share(g.positive, g.total) }))
}

const mostFirst = <T extends { total: number }>(list: T[]) => list.sort((a, b) => b.total - a.total)

export async function ratingStats(db: Queryable, filter: RatingFilter): Promise<RatingStats> {
  const [counts, days, stores] = await Promise.all([
    countRatings(db, filter),
    countRatingsByDay(db, filter),
    countRatingsByStore(db, filter),
  ])
  const stats: RatingStats = {
    total: 0,
    byScore: { '1': 0, '2': 0, '3': 0, '4': 0 },
    positiveShare: 0,
    byHour: Array.from({ length: 24 }, () => 0),
    byWeekday: Array.from({ length: 7 }, () => 0),
    byWeek: grouped(days, (d) => mondayOf(d.chinaDay), (d) => ({ week: mondayOf(d.chinaDay) })),
    byDistrict: mostFirst(grouped(stores, (s) => s.district, (s) => ({ district: s.district }))),
    byStore: mostFirst(
      grouped(stores, (s) => s.storeCode, (s) => ({ storeCode: s.storeCode, storeName: s.storeName, district: s.district })),
    ).slice(0, RATING_STORE_ROWS),
  }
  let positive = 0
  for (const row of counts) {
    stats.total += row.n
    stats.byScore[String(row.score) as keyof RatingStats['byScore']] += row.n
    stats.byHour[row.chinaHour]! += row.n
    stats.byWeekday[row.chinaWeekday]! += row.n
    if (isPositiveScore(row.score)) positive += row.n
  }
  stats.positiveShare = share(positive, stats.total)
  return stats
}
