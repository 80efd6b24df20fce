// The store list as the centre's office keeps it in Excel: decoded (UTF-8
// with or without BOM, or GBK/GB18030 as Excel in China saves "CSV"),
// parsed with a real CSV parser (quoted fields, commas and line breaks
// inside them), headers matched by name in Chinese or English, and every
// row checked with the same schema as the console's store form.
import Papa from 'papaparse'
import type { StoreField, StoreImportReport } from '../../shared/api-types.ts'
import { storeCreateSchema, type StoreCreateInput } from '../../shared/registry-schemas.ts'
import { parseWith } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'

type Column = 'code' | StoreField

// Normalised (trimmed, lower-case, no spaces or underscores) header → field.
const HEADERS: Record<string, Column> = {
  站点编号: 'code',
  站点编码: 'code',
  编号: 'code',
  code: 'code',
  名称: 'name',
  站点名称: 'name',
  name: 'name',
  区: 'district',
  所属区: 'district',
  区县: 'district',
  district: 'district',
  地址: 'address',
  address: 'address',
  专管员: 'supervisorName',
  supervisor: 'supervisorName',
  专管员电话: 'supervisorPhone',
  supervisorphone: 'supervisorPhone',
  在营: 'active',
  active: 'active',
}
const REQUIRED: Column[] = ['code', 'name', 'district']
const YES = new Set(['', '是', 'y', 'yes', '1', 'true'])
const NO = new Set(['否', 'n', 'no', '0', 'false'])

interface CsvStoreRow {
  line: number
  store: StoreCreateInput
}

export interface ParsedStoreCsv {
  encoding: StoreImportReport['encoding']
  /** The optional columns the file has: only those are compared with the registry. */
  columns: Set<Column>
  rows: CsvStoreRow[]
  /** Station codes of every row, valid or not, so an invalid row does not count as a missing store. */
  mentioned: Set<string>
  invalid: StoreImportReport['invalid']
  unknownColumns: string[]
}

function decodeCsv(bytes: Uint8Array): { text: string; encoding: StoreImportReport['encoding'] } {
  // Valid UTF-8 is almost never valid-looking GBK by accident and vice versa
  // fails fast, so strict UTF-8 first, then GB18030 (a superset of GBK).
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' }
    } catch {
      throw new ApiError(400, 'bad_request', 'The file is neither UTF-8 nor GBK/GB18030 text')
    }
  }
}

export function parseStoreCsv(bytes: Uint8Array): ParsedStoreCsv {
  const { text, encoding } = decodeCsv(bytes)
  const records: { line: number; cells: string[] }[] = []
  let lineBreaks = 0
  let consumed = 0
  const countBreaks = (end: number, onlyBlank: boolean) => {
    for (; consumed < end; consumed++) {
      const ch = text.charCodeAt(consumed)
      if (onlyBlank && ch !== 10 && ch !== 13 && ch !== 32 && ch !== 9) return
      if (ch === 10) lineBreaks++
    }
  }
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      // The parser reports where each record ended; the line a record starts
      // on is found by counting line breaks up to there, stepping over the
      // blank lines it skipped first. Quoted fields may span lines.
      countBreaks(result.meta.cursor, true)
      records.push({ line: lineBreaks + 1, cells: result.data })
      countBreaks(result.meta.cursor, false)
    },
  })
  const header = records.shift()
  if (!header) throw new ApiError(400, 'bad_request', 'The file is empty')

  const byIndex: (Column | undefined)[] = []
  const unknownColumns: string[] = []
  for (const raw of header.cells) {
    const name = raw.trim()
    const column = HEADERS[name.toLowerCase().replace(/[\s_]/g, '')]
    if (column && !byIndex.includes(column)) byIndex.push(column)
    else {
      byIndex.push(undefined)
      if (name) unknownColumns.push(name)
    }
  }
  const missing = REQUIRED.filter((c) => !byIndex.includes(c))
  if (missing.length > 0) {
    throw new ApiError(
      400,
      'validation_failed',
      `The header row lacks the columns ${missing.join(', ')} (站点编号, 名称, 区)`,
      Object.fromEntries(missing.map((c) => [`column.${c}`, 'required'])),
    )
  }

  const parsed: ParsedStoreCsv = {
    encoding,
    columns: new Set(byIndex.filter((c): c is Column => !!c)),
    rows: [],
    mentioned: new Set(),
    invalid: [],
    unknownColumns,
  }
  const seen = new Set<string>()
  for (const { line, cells } of records) {
    const input: Record<string, string | boolean> = {}
    byIndex.forEach((column, i) => {
      // Every field is one line on a poster: line breaks and runs of spaces
      // inside a quoted cell become one space.
      if (column) input[column] = (cells[i] ?? '').replace(/\s+/g, ' ').trim()
    })
    const code = String(input.code ?? '')
    if (code) parsed.mentioned.add(code)
    if (typeof input.active === 'string') {
      const flag = input.active.toLowerCase()
      if (YES.has(flag)) input.active = true
      else if (NO.has(flag)) input.active = false
    }
    const result = parseWith(storeCreateSchema, input)
    if (!result.ok) {
      for (const [field, reason] of Object.entries(result.fields)) parsed.invalid.push({ line, field, reason, ...(code && { code }) })
      continue
    }
    if (seen.has(result.value.code)) {
      parsed.invalid.push({ line, field: 'code', reason: 'duplicate', code })
      continue
    }
    seen.add(result.value.code)
    parsed.rows.push({ line, store: result.value })
  }
  return parsed
}
