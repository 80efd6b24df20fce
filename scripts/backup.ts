// `npm run backup -- <file>`: a consistent copy of the live database, safe
// while the server runs, and its photo files in <file>.media/. Reads
// DATA_DIR like the server does.
import { join } from 'node:path'
import { readConfig } from '../server/config.ts'
import { backupDatabase } from '../server/db/backup.ts'
import { DB_FILE } from '../server/open-data.ts'
import { backupMedia, mediaBackupDir } from '../server/photos/media-backup.ts'

const target = process.argv[2]
if (!target) {
  console.error('Usage: npm run backup -- <backup-file>')
  process.exit(2)
}
const config = readConfig(process.env)
try {
  const check = await backupDatabase(join(config.dataDir, DB_FILE), target)
  if (check.integrity !== 'ok') throw new Error(`the backup fails its integrity check: ${check.integrity}`)
  const photos = await backupMedia(config.dataDir, target)
  console.log(`Backed up ${check.cases} cases to ${target} (integrity ok) and ${photos} photo files to ${mediaBackupDir(target)}`)
} catch (err) {
  console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
