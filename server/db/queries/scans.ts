import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { storeScopeSql } from '../sql.ts'
import type { SilentStore } from '../../../shared/api-types.ts'

/** The tablet's own QR code carries this instead of a poster version. */
const KIOSK_SCAN_VERSION = 'k'

export async function addScans(db: Queryable, storeCode: string, posterVersion: string, day: string, n: number): Promise<void> {
  await db.run(
    `INSERT INTO store_scans (store_code, poster_version, day, n) VALUES (?, ?, ?, ?)
     ON CONFLICT (store_code, poster_version, day) DO UPDATE SET n = store_scans.n + excluded.n`,
    [storeCode, posterVersion, day, n],
  )
}

export interface ScanCount {
  posterVersion: string
  day: string
  n: number
}

export async function scansOfStore(db: Queryable, storeCode: string, sinceDay: string): Promise<ScanCount[]> {
  return db.all<ScanCount>(
    `SELECT poster_version AS posterVersion, day, n FROM store_scans WHERE store_code = ? AND day >= ? ORDER BY day DESC, poster_version`,
    [storeCode, sinceDay],
  )
}

/**
 * Active stores whose poster has not been scanned since `sinceDay`, leaving
 * out those whose poster (or, never printed, the store itself) is newer than
 * that: they have not had the time. Kiosk scans do not count: the poster is
 * what is being checked.
 */
export async function silentStores(db: Queryable, sinceDay: string, sinceInstant: string, scope: Scope | undefined): Promise<SilentStore[]> {
  const scopeParams: Param[] = []
  const scoped = `AND ${storeScopeSql(scope, scopeParams, 's.')}`
  return db.all<SilentStore>(
    `SELECT s.code, s.name, s.district, s.supervisor_name AS supervisorName,
       p.version AS posterVersion, p.issued_at AS posterIssuedAt, last.day AS lastScanDay
     FROM stores s
     LEFT JOIN store_posters p ON p.store_code = s.code
     LEFT JOIN (SELECT store_code, MAX(day) AS day FROM store_scans WHERE poster_version <> ? GROUP BY store_code) last
       ON last.store_code = s.code
     WHERE s.active = 1 ${scoped}
       AND (last.day IS NULL OR last.day < ?)
       AND COALESCE(p.issued_at, s.created_at) < ?
     ORDER BY s.district, s.code`,
    [KIOSK_SCAN_VERSION, ...scopeParams, sinceDay, sinceInstant],
  )
}
