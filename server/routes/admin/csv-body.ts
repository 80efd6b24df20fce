// A CSV upload's body: its own size limit (a city's store list is far
// larger than any JSON payload, so the JSON limit does not apply) and the
// content types browsers and tools send for .csv files.
import type { Context } from 'hono'
import { ApiError } from '../../api-error.ts'

const MAX_CSV_BYTES = 5 * 1024 * 1024

// Windows browsers label .csv files application/vnd.ms-excel.
const CSV_TYPES = /^(text\/csv|application\/csv|text\/plain|application\/vnd\.ms-excel)\s*(;|$)/i

export async function readCsvBody(c: Context): Promise<Uint8Array> {
  if (!CSV_TYPES.test(c.req.header('content-type') ?? '')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the file as text/csv')
  }
  const tooLarge = () => new ApiError(413, 'payload_too_large', `The file is larger than ${MAX_CSV_BYTES} bytes`)
  if (Number(c.req.header('content-length') ?? 0) > MAX_CSV_BYTES) throw tooLarge()
  const bytes = new Uint8Array(await c.req.arrayBuffer())
  if (bytes.byteLength > MAX_CSV_BYTES) throw tooLarge()
  if (bytes.byteLength === 0) throw new ApiError(400, 'bad_request', 'The file is empty')
  return bytes
}
