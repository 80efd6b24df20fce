// The photo files: DATA_DIR/media/<sha256 of the file>.jpg. A name says
// nothing but the content, so it cannot be guessed from a case, and the
// same picture is one file however many owners it has. A file is written
// under a temporary name, fsynced and renamed before its row is committed,
// so a row never names a missing or half-written file.
import { createHash, randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'

export const MEDIA_DIR = 'media'

export const mediaDir = (dataDir: string) => join(dataDir, MEDIA_DIR)
export const contentHash = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')
export const mediaFile = (dataDir: string, hash: string) => join(mediaDir(dataDir), `${hash}.jpg`)

/** Writes the file once (a file of that name already holds these bytes) and returns its hash. */
export async function saveMedia(dataDir: string, data: Uint8Array): Promise<string> {
  const hash = contentHash(data)
  const file = mediaFile(dataDir, hash)
  if (existsSync(file)) return hash
  await mkdir(mediaDir(dataDir), { recursive: true })
  const partial = `${file}.${randomUUID()}.partial`
  try {
    const handle = await open(partial, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(partial, file)
  } finally {
    await rm(partial, { force: true })
  }
  const dir = await open(mediaDir(dataDir), 'r')
  try {
    await dir.sync()
  } finally {
    await dir.close()
  }
  return hash
}

export const readMedia = (dataDir: string, hash: string): Promise<Buffer> => readFile(mediaFile(dataDir, hash))
