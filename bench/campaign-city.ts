// The campaign-progress benchmark's city: 2,500 stores in ten districts,
// 20,000 visits spread over a 30-day campaign (half inspections of the 14
// checklist items, a quarter trainings, a quarter support visits) and a case
// for every failed item, generated in SQL in one transaction. Reproducible:
// no randomness, the mix follows the row number.
import { readConfig } from '../server/config.ts'
import { systemClock } from '../server/clock.ts'
import type { Database } from '../server/db/database.ts'
import { openData } from '../server/open-data.ts'
import { BENCH_ADMIN_PASSWORD } from './big-city.ts'

export async function buildCampaignCity(dataDir: string, stores: number, visits: number): Promise<Database> {
  const { db } = await openData(readConfig({ DATA_DIR: dataDir, SEED_DEMO: '0', ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD }), systemClock)
  const now = '2026-11-30T02:00:00.000Z'
  await db.transaction(async (tx) => {
    await tx.exec(`
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${stores - 1})
      INSERT INTO stores (code, name, district, address, supervisor_name, supervisor_phone, active, created_at, updated_at)
      SELECT printf('45%06d', i), 'store ' || i, 'D' || (i % 10), '', 'S' || (i % 40), '', 1, '${now}', '${now}' FROM n;

      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${visits - 1})
      INSERT INTO visits (id, payload_hash, store_code, type, user_id, started_at, started_day, received_at, note,
        checklist_id, checklist_version, training_topic, training_attendees)
      SELECT 'v' || i, '', printf('45%06d', (i * 7919) % ${stores}),
        CASE i % 4 WHEN 2 THEN 'training' WHEN 3 THEN 'support' ELSE 'inspection' END,
        1, date('2026-11-01', '+' || (i % 30) || ' days') || 'T02:00:00.000Z', date('2026-11-01', '+' || (i % 30) || ' days'),
        '${now}', '',
        CASE WHEN i % 4 < 2 THEN 'store_conduct' END, CASE WHEN i % 4 < 2 THEN 1 END,
        CASE WHEN i % 4 = 2 THEN '警示案例汇编' END, CASE WHEN i % 4 = 2 THEN 2 END
      FROM n;

      WITH RECURSIVE item(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM item WHERE j < 13)
      INSERT INTO visit_results (visit_id, item_id, position, result, note)
      SELECT v.id, 'item' || j, j,
        CASE (CAST(substr(v.id, 2) AS INTEGER) + j) % 10 WHEN 0 THEN 'fail' WHEN 1 THEN 'fixed' ELSE 'pass' END, ''
      FROM visits v CROSS JOIN item WHERE v.type = 'inspection';

      INSERT INTO feedback (id, receipt, payload_hash, store_code, kind, category_id, message, anonymous, channel, status,
        created_at, received_at, due_at, updated_at, visit_id)
      SELECT 'c' || r.visit_id || r.item_id, 'R' || r.visit_id || r.item_id, '', v.store_code, 'report', 'report_other', r.item_id, 0,
        'inspection', 'new', v.started_at, v.started_at, '2026-12-20T16:00:00.000Z', v.started_at, v.id
      FROM visit_results r JOIN visits v ON v.id = r.visit_id WHERE r.result = 'fail';
      UPDATE visit_results SET case_id = 'c' || visit_id || item_id WHERE result = 'fail';
      INSERT INTO visit_daily (store_code, day, inspections, trainings, failed, fixed)
      SELECT v.store_code, v.started_day, SUM(v.type = 'inspection'), SUM(v.type = 'training'),
        COALESCE(SUM((SELECT COUNT(*) FROM visit_results r WHERE r.visit_id = v.id AND r.result = 'fail')), 0),
        COALESCE(SUM((SELECT COUNT(*) FROM visit_results r WHERE r.visit_id = v.id AND r.result = 'fixed')), 0)
      FROM visits v GROUP BY v.store_code, v.started_day;
    `)
  })
  return db
}

/** The same figures as campaign progress, counted the obvious way: every visit and answer read into memory. */
export async function naiveCampaignProgress(db: Database, from: string, to: string): Promise<number> {
  const rows = await db.all<{ storeCode: string; district: string; supervisor: string; type: string; result: string | null }>(
    `SELECT v.store_code AS storeCode, s.district, s.supervisor_name AS supervisor, v.type, r.result
     FROM visits v JOIN stores s ON s.code = v.store_code LEFT JOIN visit_results r ON r.visit_id = v.id
     WHERE v.started_day BETWEEN ? AND ?`,
    [from, to],
  )
  const inspected = new Set<string>()
  let failed = 0
  for (const r of rows) {
    if (r.type === 'inspection') inspected.add(r.storeCode)
    if (r.result === 'fail') failed += 1
  }
  return inspected.size + failed
}
