// The fields of a risk and of an event that a version records, in the order
// the history lists their changes.
import type { FieldEventInput } from '../../shared/field-schemas.ts'
import type { RiskFields } from '../db/queries/risks.ts'

export const RISK_FIELDS = ['title', 'description', 'level', 'status', 'owner', 'controls', 'reviewBy', 'categoryIds'] as const satisfies readonly (keyof RiskFields)[]

export const EVENT_FIELDS = ['title', 'occurredOn', 'storeCodes', 'caseIds', 'followUp'] as const satisfies readonly (keyof FieldEventInput)[]
