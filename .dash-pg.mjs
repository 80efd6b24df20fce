import pg from 'pg'
const c = new pg.Client({ connectionString: 'postgres://svmerge:svmergepw@127.0.0.1:5432/svmerge' })
await c.connect(); await c.query(process.argv[2]); await c.end()
