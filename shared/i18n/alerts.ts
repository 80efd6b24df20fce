// The words of the alerts sent to staff (issue 11): WeCom and DingTalk group
// robots, e-mail. Alerts go out in the centre's language (zh-CN).
import type { Catalogue } from './translate.ts'

const zh = {
  'alert.event.case.created': '新案件',
  'alert.event.case.grave': '重要案件',
  'alert.event.case.ack_overdue': '案件超时未受理',
  'alert.event.case.overdue': '案件已逾期',
  'alert.event.case.reporter_message': '反映人补充了信息',
  'alert.event.digest.daily': '每日案件摘要',
  'alert.kind.complaint': '投诉',
  'alert.kind.report': '举报',
  'alert.kind.suggestion': '建议',
  'alert.kind.praise': '表扬',
  'alert.title': '【{event}】{kind} · {category}',
  'alert.store': '站点：{store}',
  'alert.no_store': '站点：未指定',
  'alert.district': '区：{district}',
  'alert.due': '期限：{due}',
  'alert.open': '在控制台打开',
  'alert.digest.title': '【{event}】{date}',
  'alert.digest.row': '{district}：新增 {new}，逾期 {overdue}，今日到期 {dueToday}，未受理 {unacknowledged}',
  'alert.digest.no_district': '未指定站点',
  'alert.digest.empty': '没有待处理的案件。',
}

export const alertMessages: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'alert.event.case.created': 'New case',
    'alert.event.case.grave': 'Grave case',
    'alert.event.case.ack_overdue': 'Case not acknowledged in time',
    'alert.event.case.overdue': 'Case overdue',
    'alert.event.case.reporter_message': 'The reporter wrote again',
    'alert.event.digest.daily': 'Daily case digest',
    'alert.kind.complaint': 'Complaint',
    'alert.kind.report': 'Report',
    'alert.kind.suggestion': 'Suggestion',
    'alert.kind.praise': 'Praise',
    'alert.title': '[{event}] {kind} · {category}',
    'alert.store': 'Store: {store}',
    'alert.no_store': 'Store: not given',
    'alert.district': 'District: {district}',
    'alert.due': 'Due: {due}',
    'alert.open': 'Open in the console',
    'alert.digest.title': '[{event}] {date}',
    'alert.digest.row': '{district}: new {new}, overdue {overdue}, due today {dueToday}, not acknowledged {unacknowledged}',
    'alert.digest.no_district': 'No store given',
    'alert.digest.empty': 'Nothing waiting.',
  },
}
