// A library entry's history read from its version rows: what each version
// changed, field by field, against the one before it. The rows themselves
// are the record (append-only); the differences are derived, never stored,
// so they cannot disagree with it.
import type { FieldChange, LibraryVersion } from '../../shared/field-types.ts'

interface StoredVersion {
  version: number
  editedBy: string | null
  at: string
}

/** The fields of `after` that differ from `before` (every field for a first version, before null). */
export function changedFields<T extends object>(before: T | undefined, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields
    .filter((f) => !before || JSON.stringify(before[f]) !== JSON.stringify(after[f]))
    .map((f) => ({ field: f, before: before ? before[f] : null, after: after[f] }))
}

export function versionHistory<T extends StoredVersion>(versions: readonly T[], fields: readonly (keyof T & string)[]): LibraryVersion[] {
  return versions.map((v, i) => ({ version: v.version, editedBy: v.editedBy, at: v.at, changes: changedFields(versions[i - 1], v, fields) }))
}

/** Just these fields of a version row. */
export function pick<F, K extends keyof F>(from: F, fields: readonly K[]): Pick<F, K> {
  return Object.fromEntries(fields.map((f) => [f, from[f]])) as Pick<F, K>
}
