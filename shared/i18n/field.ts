// Strings of the field work (issue 10): supervisors' visits, checklists,
// campaigns and the risk and event libraries.
import type { Catalogue } from './translate.ts'

const zh = {
  'audit.checklist_published': '发布检查表',
  'audit.campaign_created': '创建专项治理',
  'audit.risk_saved': '保存风险',
  'audit.event_saved': '保存事件',
  'progress.campaign': '专项治理',
  'progress.period': '期间',
  'progress.as_of': '截至',
  'progress.group': '分组',
  'progress.name': '名称',
  'progress.stores': '站点数',
  'progress.inspected': '已检查站点',
  'progress.trained': '已培训站点',
  'progress.failed_items': '不合格项',
  'progress.fixed_on_site': '当场整改',
  'progress.group_all': '合计',
  'progress.group_district': '区',
  'progress.group_supervisor': '专管员',
  'progress.rectification_open': '整改中',
  'progress.rectification_closed': '已整改',
  'progress.rectification_overdue': '逾期',
}

const en: Record<keyof typeof zh, string> = {
  'audit.checklist_published': 'Checklist published',
  'audit.campaign_created': 'Campaign created',
  'audit.risk_saved': 'Risk saved',
  'audit.event_saved': 'Event saved',
  'progress.campaign': 'Campaign',
  'progress.period': 'Period',
  'progress.as_of': 'As of',
  'progress.group': 'Group',
  'progress.name': 'Name',
  'progress.stores': 'Stores',
  'progress.inspected': 'Stores inspected',
  'progress.trained': 'Stores trained',
  'progress.failed_items': 'Items failed',
  'progress.fixed_on_site': 'Fixed on the spot',
  'progress.group_all': 'Total',
  'progress.group_district': 'District',
  'progress.group_supervisor': 'Supervisor',
  'progress.rectification_open': 'Being rectified',
  'progress.rectification_closed': 'Rectified',
  'progress.rectification_overdue': 'Overdue',
}

export const field: Catalogue<typeof zh> = { 'zh-CN': zh, en }
