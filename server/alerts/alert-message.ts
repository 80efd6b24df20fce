// What an alert says, and how each kind of channel wants it written. An
// alert carries the case's category, store, district and deadline and a
// link to the console — never contact data, the receipt code (the
// reporter's secret) or the text of the message: the facts are picked here,
// field by field, so nothing else can slip in.
import type { AlertChannelType, AlertEvent } from '../../shared/alert-schemas.ts'
import type { CaseStatus, FeedbackKind } from '../../shared/enums.ts'
import { alertMessages } from '../../shared/i18n/alerts.ts'
import { DEFAULT_LOCALE, translator } from '../../shared/i18n/translate.ts'

export interface CaseFacts {
  id: string
  kind: FeedbackKind
  category: string
  categoryLabel: string
  storeCode: string | null
  storeName: string | null
  district: string | null
  status: CaseStatus
  dueAt: string
}

export interface DigestRow {
  district: string | null
  /** Only in a digest counted per store supervisor: theirs, or null for stores without one. */
  supervisor?: string | null
  new: number
  overdue: number
  dueToday: number
  unacknowledged: number
}

export interface DigestFacts {
  /** The China date of the digest. */
  date: string
  /** New cases are those received from this instant on (the previous digest's time). */
  since: string
  rows: DigestRow[]
}

/** What the outbox keeps for one alert: enough to write it in any channel's format, again and again the same. */
export type AlertPayload = { occurredAt: string; case: CaseFacts } | { occurredAt: string; digest: DigestFacts }

export interface OutgoingMessage {
  /** The body as sent (JSON for the webhooks, text for e-mail). */
  body: string
  subject: string
}

const t = translator(alertMessages, DEFAULT_LOCALE)

const chinaTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })

function caseLines(event: AlertEvent, c: CaseFacts): string[] {
  return [
    t('alert.title', { event: t(`alert.event.${event}`), kind: t(`alert.kind.${c.kind}`), category: c.categoryLabel }),
    c.storeName ? t('alert.store', { store: `${c.storeName} (${c.storeCode})` }) : t('alert.no_store'),
    t('alert.district', { district: c.district ?? '—' }),
    t('alert.due', { due: chinaTime(c.dueAt) }),
  ]
}

function digestLines(d: DigestFacts): string[] {
  const lines = [t('alert.digest.title', { event: t('alert.event.digest.daily'), date: d.date })]
  for (const { supervisor, ...r } of d.rows) {
    const district = r.district ?? t('alert.digest.no_district')
    lines.push(
      supervisor === undefined
        ? t('alert.digest.row', { ...r, district })
        : t('alert.digest.supervisor_row', { ...r, district, supervisor: supervisor ?? t('alert.digest.no_supervisor') }),
    )
  }
  if (d.rows.length === 0) lines.push(t('alert.digest.empty'))
  return lines
}

/** The message for one channel; links point into the console at `publicUrl`. */
export function writeMessage(type: AlertChannelType, deliveryId: string, event: AlertEvent, p: AlertPayload, publicUrl: string): OutgoingMessage {
  const lines = 'case' in p ? caseLines(event, p.case) : digestLines(p.digest)
  const url = 'case' in p ? `${publicUrl}/staff/cases/${p.case.id}` : `${publicUrl}/staff/cases`
  const subject = lines[0]!
  switch (type) {
    case 'webhook': {
      const body = 'case' in p ? { id: deliveryId, event, occurredAt: p.occurredAt, case: { ...p.case, url } } : { id: deliveryId, event, ...p }
      return { subject, body: JSON.stringify(body) }
    }
    case 'wecom':
      // https://developer.work.weixin.qq.com/document/path/91770 (群机器人 markdown)
      return { subject, body: JSON.stringify({ msgtype: 'markdown', markdown: { content: [...lines, `[${t('alert.open')}](${url})`].join('\n') } }) }
    case 'dingtalk':
      // https://open.dingtalk.com/document/robots/custom-robot-access (自定义机器人 markdown)
      return {
        subject,
        body: JSON.stringify({ msgtype: 'markdown', markdown: { title: subject, text: [...lines, `[${t('alert.open')}](${url})`].join('\n\n') } }),
      }
    case 'email':
      return { subject, body: [...lines, '', url].join('\n') }
  }
}
