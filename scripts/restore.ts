// `npm run restore -- <file>`: stop the server, restore, start it again.
// Refuses while a server is running on the same DATA_DIR.
import { join } from 'node:path'
import { readConfig } from '../server/config.ts'
import { restoreDatabase } from '../server/db/backup.ts'
import { openDatabase } from '../server/db/database.ts'
import { deleteAllSessions } from '../server/db/queries/sessions.ts'
import { DB_FILE } from '../server/open-data.ts'
import { restoreMedia } from '../server/photos/media-backup.ts'
import { runningServer } from '../server/pid-file.ts'

const source = process.argv[2]
if (!source) {
  console.error('Usage: npm run restore -- <backup-file>   (stop the server first)')
  process.exit(2)
}
const config = readConfig(process.env)
const pid = runningServer(config.dataDir)?.pid
if (pid !== undefined) {
  console.error(`Restore refused: a server (pid ${pid}) is running on ${config.dataDir}. Stop it first.`)
  process.exit(1)
}
try {
  // The photo files first: copying them is harmless if the restore then fails.
  const photos = await restoreMedia(source, config.dataDir)
  const liveFile = join(config.dataDir, DB_FILE)
  const { keptAs, cases } = await restoreDatabase(source, liveFile, new Date())
  // Sessions in the backup may have been logged out or disabled since it
  // was taken: everyone logs in again (issue 13).
  const db = await openDatabase(liveFile)
  await deleteAllSessions(db)
  await db.close()
  console.log(`Restored ${cases} cases and ${photos} photo files from ${source}.`)
  if (keptAs) console.log(`The database it replaced is kept as ${keptAs}.`)
  console.log('Start the server again (npm start); it applies any newer migrations to the restored data.')
} catch (err) {
  console.error(`Restore failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
