// Strings of the field work (issue 10): supervisors' visits, checklists,
// campaigns and the risk and event libraries.
import type { Catalogue } from './translate.ts'

const zh = {
  'audit.checklist_published': '发布检查表',
  'audit.campaign_created': '创建专项治理',
  'audit.risk_saved': '保存风险',
  'audit.event_saved': '保存事件',
}

const en: Record<keyof typeof zh, string> = {
  'audit.checklist_published': 'Checklist published',
  'audit.campaign_created': 'Campaign created',
  'audit.risk_saved': 'Risk saved',
  'audit.event_saved': 'Event saved',
}

export const field: Catalogue<typeof zh> = { 'zh-CN': zh, en }
