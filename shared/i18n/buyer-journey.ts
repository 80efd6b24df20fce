// The buyer's journey, second round (issue 12): the server-rendered store
// page, per-field messages, kept receipts, honest states and ratings.
import type { Catalogue } from './translate.ts'

const zh = {
  'journey.actions': '我要',
  'journey.report_elsewhere': '在线反映（选择其他站点或不指定站点）',
  'journey.receipt_store': '站点：{name}',
  'journey.back_to_store': '返回站点页面',
  'journey.error_title': '未能提交',
  'journey.rate_limited': '提交过于频繁，请过几分钟再试。您填写的内容没有保存。',
  'field_msg.category.required': '请选择问题类别',
  'field_msg.category.invalid': '请选择问题类别',
  'field_msg.category.unknown': '请重新选择问题类别',
  'field_msg.category.kind_mismatch': '该类别不属于所选类型，请重新选择',
  'field_msg.kind.invalid': '请选择投诉、举报、建议或表扬',
  'field_msg.message.required': '请填写具体情况',
  'field_msg.message.too_short': '具体情况至少写 {min} 个字',
  'field_msg.message.too_long': '具体情况最多 {max} 字',
  'field_msg.contact.phone.invalid': '手机号应为 11 位',
  'field_msg.contact.name.too_long': '姓名最多 {name_max} 个字',
  'field_msg.contact.not_allowed': '匿名提交时请不要填写姓名和电话',
  'field_msg.id.invalid': '页面已过期，请刷新后重新提交',
  'field_msg.id.required': '页面已过期，请刷新后重新提交',
}

export const buyerJourney: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'journey.actions': 'I want to send',
    'journey.report_elsewhere': 'Send feedback online (pick another store or none)',
    'journey.receipt_store': 'Store: {name}',
    'journey.back_to_store': 'Back to the store page',
    'journey.error_title': 'Not sent',
    'journey.rate_limited': 'Too many submissions; please try again in a few minutes. What you wrote was not saved.',
    'field_msg.category.required': 'Choose a category',
    'field_msg.category.invalid': 'Choose a category',
    'field_msg.category.unknown': 'Choose the category again',
    'field_msg.category.kind_mismatch': 'This category is not for the chosen type; choose again',
    'field_msg.kind.invalid': 'Choose complaint, report, suggestion or praise',
    'field_msg.message.required': 'Describe what happened',
    'field_msg.message.too_short': 'Write at least {min} characters',
    'field_msg.message.too_long': 'Write at most {max} characters',
    'field_msg.contact.phone.invalid': 'A mobile number has 11 digits',
    'field_msg.contact.name.too_long': 'A name has at most {name_max} characters',
    'field_msg.contact.not_allowed': 'Leave name and phone empty for an anonymous report',
    'field_msg.id.invalid': 'This page has expired; reload it and send again',
    'field_msg.id.required': 'This page has expired; reload it and send again',
  },
}
