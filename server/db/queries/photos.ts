import type { Queryable } from '../database.ts'
import { placeholders } from '../sql.ts'

/** What a photo belongs to: a case, or (issue 10) a visit and one of its checklist items. */
export type PhotoOwner = { type: 'feedback'; id: string } | { type: 'visit'; id: string; itemId: string | null }

export interface PhotoRecord {
  id: string
  ownerType: PhotoOwner['type']
  ownerId: string
  /** '' for a case, or for a visit as a whole. */
  itemId: string
  contentHash: string
  width: number
  height: number
  bytes: number
  createdAt: string
}

const COLUMNS = `id, owner_type AS ownerType, owner_id AS ownerId, item_id AS itemId, content_hash AS contentHash,
  width, height, bytes, created_at AS createdAt`

const ownerParams = (o: PhotoOwner) => [o.type, o.id, o.type === 'visit' ? (o.itemId ?? '') : '']

/** A new photo; `sourceHash` is the SHA-256 of the bytes as sent, which finds a retry before decoding. */
export async function insertPhoto(
  tx: Queryable,
  owner: PhotoOwner,
  p: Omit<PhotoRecord, 'ownerType' | 'ownerId' | 'itemId'> & { sourceHash: string },
): Promise<void> {
  await tx.run(
    `INSERT INTO photos (id, owner_type, owner_id, item_id, content_hash, source_hash, width, height, bytes, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [p.id, ...ownerParams(owner), p.contentHash, p.sourceHash, p.width, p.height, p.bytes, p.createdAt],
  )
}

export async function getPhoto(db: Queryable, id: string): Promise<PhotoRecord | undefined> {
  return db.get<PhotoRecord>(`SELECT ${COLUMNS} FROM photos WHERE id = ?`, [id])
}

/** The owner's photo with this content, if it has one already. */
export async function findOwnerPhoto(db: Queryable, owner: PhotoOwner, contentHash: string): Promise<PhotoRecord | undefined> {
  return db.get<PhotoRecord>(
    `SELECT ${COLUMNS} FROM photos WHERE owner_type = ? AND owner_id = ? AND item_id = ? AND content_hash = ?`,
    [...ownerParams(owner), contentHash],
  )
}

/** The owner's photo that was sent as exactly these bytes, if it has one. */
export async function findOwnerPhotoBySource(db: Queryable, owner: PhotoOwner, sourceHash: string): Promise<PhotoRecord | undefined> {
  return db.get<PhotoRecord>(
    `SELECT ${COLUMNS} FROM photos WHERE owner_type = ? AND owner_id = ? AND item_id = ? AND source_hash = ?`,
    [...ownerParams(owner), sourceHash],
  )
}

/**
 * A case's evidence: the photos sent with it and, for an inspection case,
 * those the supervisor took of the failed item that opened it.
 */
export async function listCasePhotos(db: Queryable, caseId: string): Promise<PhotoRecord[]> {
  return db.all<PhotoRecord>(
    `SELECT ${COLUMNS} FROM photos p
     WHERE (p.owner_type = 'feedback' AND p.owner_id = ?)
        OR (p.owner_type = 'visit' AND EXISTS (
             SELECT 1 FROM visit_results r WHERE r.case_id = ? AND r.visit_id = p.owner_id AND r.item_id = p.item_id))
     ORDER BY p.created_at, p.id`,
    [caseId, caseId],
  )
}

/** The photos of these visits, per item and of each visit as a whole, oldest first. */
export async function listVisitPhotos(db: Queryable, visitIds: readonly string[]): Promise<PhotoRecord[]> {
  if (visitIds.length === 0) return []
  return db.all<PhotoRecord>(
    `SELECT ${COLUMNS} FROM photos WHERE owner_type = 'visit' AND owner_id IN (${placeholders(visitIds.length)}) ORDER BY created_at, id`,
    visitIds,
  )
}

/** How many photos an owner has (a visit: per item). */
export async function countOwnerPhotos(db: Queryable, owner: PhotoOwner): Promise<number> {
  const row = await db.get<{ n: number }>(
    'SELECT COUNT(*) AS n FROM photos WHERE owner_type = ? AND owner_id = ? AND item_id = ?',
    ownerParams(owner),
  )
  return row?.n ?? 0
}

/** Photo counts of these cases, for the CSV export (cases without photos are absent). */
export async function countCasePhotos(db: Queryable, caseIds: readonly string[]): Promise<Map<string, number>> {
  if (caseIds.length === 0) return new Map()
  const rows = await db.all<{ ownerId: string; n: number }>(
    `SELECT owner_id AS ownerId, COUNT(*) AS n FROM photos WHERE owner_type = 'feedback' AND owner_id IN (${placeholders(caseIds.length)})
     GROUP BY owner_id`,
    caseIds,
  )
  return new Map(rows.map((r) => [r.ownerId, r.n]))
}
