// A CSV upload's body: the content types browsers and tools send for .csv
// files. Its size limit, larger than any JSON payload's since a city's store
// list is long, is set with every other in middleware/body-limits.ts.
import type { Context } from 'hono'
import { ApiError } from '../../api-error.ts'

// Windows browsers label .csv files application/vnd.ms-excel.
const CSV_TYPES = /^(text\/csv|application\/csv|text\/plain|application\/vnd\.ms-excel)\s*(;|$)/i

export async function readCsvBody(c: Context): Promise<Uint8Array> {
  if (!CSV_TYPES.test(c.req.header('content-type') ?? '')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the file as text/csv')
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer())
  if (bytes.byteLength === 0) throw new ApiError(400, 'bad_request', 'The file is empty')
  return bytes
}
