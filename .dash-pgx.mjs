import pg from 'pg'
const c = new pg.Client({ connectionString: 'postgres://svmerge:svmergepw@127.0.0.1:5432/svmerge?options=-c%20search_path%3Dsv_dash_bench' })
await c.connect()
const now = new Date().toISOString()
const forms = {
  join: `SELECT s.district, COUNT(*) AS n FROM feedback f JOIN stores s ON s.code = f.store_code WHERE f.status IN ('new', 'assigned', 'in_progress') AND f.kind <> 'praise' AND f.due_at < $1 GROUP BY s.district`,
  corr: `SELECT (SELECT s.district FROM stores s WHERE s.code = f.store_code) AS district, COUNT(*) AS n FROM feedback f WHERE f.status IN ('new', 'assigned', 'in_progress') AND f.kind <> 'praise' AND f.due_at < $1 AND f.store_code IS NOT NULL GROUP BY 1`,
}
const ts = { join: [], corr: [] }
for (let i = 0; i < 8; i++) for (const [name, q] of Object.entries(forms)) { const t = performance.now(); await c.query(q, [now]); ts[name].push(performance.now() - t) }
for (const [k, v] of Object.entries(ts)) console.log(k, v.sort((a, b) => a - b).map((x) => x.toFixed(1)).join(' '))
await c.end()
