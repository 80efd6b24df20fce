// GET /api/admin/stats/ratings: the counted ratings folded into the shape
// DESIGN.md fixes (by score, per hour of the day, per weekday).
import { isPositiveScore } from '../../shared/rating-schemas.ts'
import type { RatingStats } from '../../shared/rating-stats.ts'
import type { Queryable } from '../db/database.ts'
import { countRatings, type RatingFilter } from '../db/queries/ratings.ts'

export async function ratingStats(db: Queryable, filter: RatingFilter): Promise<RatingStats> {
  const stats: RatingStats = {
    total: 0,
    byScore: { '1': 0, '2': 0, '3': 0, '4': 0 },
    positiveShare: 0,
    byHour: Array.from({ length: 24 }, () => 0),
    byWeekday: Array.from({ length: 7 }, () => 0),
  }
  let positive = 0
  for (const row of await countRatings(db, filter)) {
    stats.total += row.n
    stats.byScore[String(row.score) as keyof RatingStats['byScore']] += row.n
    stats.byHour[row.chinaHour]! += row.n
    stats.byWeekday[row.chinaWeekday]! += row.n
    if (isPositiveScore(row.score)) positive += row.n
  }
  stats.positiveShare = stats.total === 0 ? 0 : Math.round((positive / stats.total) * 1000) / 1000
  return stats
}
