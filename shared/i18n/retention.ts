// Case retention (issue 15): a case whose personal content was erased
// RETENTION_DAYS after it closed. Merged into the staff and the buyer
// catalogues.
import type { Catalogue } from './translate.ts'

const zh = {
  'retention.case_purged': '已按保存期限清除：留言、联系方式、往来消息和照片已于 {at} 删除，仅保留统计所需的信息。',
  'retention.track_purged': '此反映已超过保存期限，内容已删除，仅保留处理状态和日期。',
  'event.purged': '超过保存期限（办结后 {days} 天），个人信息已清除',
  'audit.retention_purged': '按保存期限清除案件内容',
}

export const retention: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'retention.case_purged': 'Purged by retention: the message, contact data, messages and photos were deleted on {at}; only what the statistics need is kept.',
    'retention.track_purged': 'This report is past its retention period: its content was deleted, only its status and dates are kept.',
    'event.purged': 'Past the retention period ({days} days after closing): personal content erased',
    'audit.retention_purged': 'Case content purged by retention',
  },
}
