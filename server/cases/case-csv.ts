// One CSV line per case for the export (RFC 4180 quoting), with cells that a
// spreadsheet would run as a formula defused by a leading apostrophe
// (OWASP "CSV injection"): a reporter's message is untrusted text. Times are
// China time to the minute, as staff read them (issue 9).
import { chinaMinute } from '../../shared/china-time.ts'
import { common } from '../../shared/i18n/common.ts'
import { exportMessages } from '../../shared/i18n/export.ts'
import { translator, type Locale } from '../../shared/i18n/translate.ts'
import type { CaseRow } from '../db/queries/cases.ts'
import { maskedContact, type Moment, toCaseSummary } from './case-summary.ts'

export const UTF8_BOM = '\uFEFF'

export function csvCell(value: string | null): string {
  let text = value ?? ''
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const COLUMNS = [
  'receipt', 'receivedAt', 'storeCode', 'storeName', 'district', 'kind', 'category', 'status', 'assignee',
  'dueAt', 'overdue', 'closedAt', 'channel', 'message', 'contactName', 'contactPhone', 'photos',
] as const

export function csvWriter(locale: Locale, m: Moment, reveal: boolean) {
  const t = translator(exportMessages, locale)
  const words = translator(common, locale)
  return {
    header: () => COLUMNS.map((col) => csvCell(t(`csv.${col}`))).join(',') + '\r\n',
    /** One case; its photos only as a count (issue 15): a spreadsheet never carries the pictures. */
    line(r: CaseRow, photoCount: number): string {
      const s = toCaseSummary(r, m)
      const contact = reveal ? { name: r.contactName, phone: r.contactPhone } : maskedContact(r)
      const cells: Record<(typeof COLUMNS)[number], string | null> = {
        receipt: r.receipt,
        receivedAt: chinaMinute(r.receivedAt),
        storeCode: r.storeCode,
        storeName: r.storeName,
        district: r.district,
        kind: words(`kind.${r.kind}`),
        category: locale === 'en' ? r.labelEn : r.labelZh,
        status: words(`status.${r.status}`),
        assignee: r.assignee,
        dueAt: chinaMinute(r.dueAt),
        overdue: t(s.overdue ? 'csv.yes' : 'csv.no'),
        closedAt: r.closedAt && chinaMinute(r.closedAt),
        channel: words(`channel.${r.channel}`),
        message: r.message,
        contactName: contact?.name ?? null,
        contactPhone: contact?.phone ?? null,
        photos: String(photoCount),
      }
      return COLUMNS.map((col) => csvCell(cells[col])).join(',') + '\r\n'
    },
  }
}
