// The photo files travel with the database: a backup `f.db` gets a folder
// `f.db.media/` holding every file its photos name, and a restore copies
// them back into DATA_DIR/media/. Files are named by their content and
// never change, so copying after the database snapshot is consistent: every
// row in the snapshot was committed after its file was written.
import { existsSync } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { photoHashesIn } from '../db/backup.ts'
import { mediaDir, mediaFile } from './media-store.ts'

export const mediaBackupDir = (backupFile: string) => `${backupFile}.media`

/** Copies the files the backup's photos name beside it; returns how many. */
export async function backupMedia(dataDir: string, backupFile: string): Promise<number> {
  const hashes = await photoHashesIn(backupFile)
  const target = mediaBackupDir(backupFile)
  await mkdir(target, { recursive: true })
  for (const hash of hashes) await copyFile(mediaFile(dataDir, hash), join(target, `${hash}.jpg`))
  return hashes.length
}

/** Copies a backup's photo files into the data directory, failing when one its database names is missing. */
export async function restoreMedia(backupFile: string, dataDir: string): Promise<number> {
  const hashes = await photoHashesIn(backupFile)
  const source = mediaBackupDir(backupFile)
  const missing = hashes.filter((h) => !existsSync(join(source, `${h}.jpg`)) && !existsSync(mediaFile(dataDir, h)))
  if (missing.length > 0) throw new Error(`${missing.length} photo files named by ${backupFile} are not in ${source}`)
  await mkdir(mediaDir(dataDir), { recursive: true })
  for (const hash of hashes) {
    if (!existsSync(mediaFile(dataDir, hash))) await copyFile(join(source, `${hash}.jpg`), mediaFile(dataDir, hash))
  }
  return hashes.length
}
