// Counts a stored visit into visit_daily, inside the visit's own
// transaction, so campaign progress never has to sum the answers of a
// whole period.
import type { VisitInput } from '../../shared/field-schemas.ts'
import type { Queryable } from '../db/database.ts'
import { addVisitDay } from '../db/queries/visit-daily.ts'

export async function countVisit(tx: Queryable, input: VisitInput, day: string): Promise<void> {
  const results = input.type === 'inspection' ? input.results : []
  await addVisitDay(tx, input.storeCode, day, {
    inspections: input.type === 'inspection' ? 1 : 0,
    trainings: input.type === 'training' ? 1 : 0,
    failed: results.filter((r) => r.result === 'fail').length,
    fixed: results.filter((r) => r.result === 'fixed').length,
  })
}
