// Column headings of the case export (GET /api/admin/feedback.csv).
import type { Catalogue } from './translate.ts'

const zh = {
  'csv.receipt': '受理编号',
  'csv.receivedAt': '受理时间',
  'csv.storeCode': '站点编号',
  'csv.storeName': '站点名称',
  'csv.district': '区',
  'csv.kind': '类型',
  'csv.category': '类别',
  'csv.status': '状态',
  'csv.assignee': '承办人',
  'csv.dueAt': '办理期限',
  'csv.overdue': '是否超期',
  'csv.closedAt': '办结时间',
  'csv.channel': '渠道',
  'csv.message': '内容',
  'csv.contactName': '联系人',
  'csv.contactPhone': '联系电话',
  'csv.photos': '照片数',
  'csv.yes': '是',
  'csv.no': '否',
}

export const exportMessages: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'csv.receipt': 'Receipt',
    'csv.receivedAt': 'Received',
    'csv.storeCode': 'Station code',
    'csv.storeName': 'Store',
    'csv.district': 'District',
    'csv.kind': 'Kind',
    'csv.category': 'Category',
    'csv.status': 'Status',
    'csv.assignee': 'Assignee',
    'csv.dueAt': 'Due',
    'csv.overdue': 'Overdue',
    'csv.closedAt': 'Closed',
    'csv.channel': 'Channel',
    'csv.message': 'Message',
    'csv.contactName': 'Contact name',
    'csv.contactPhone': 'Contact phone',
    'csv.photos': 'Photos',
    'csv.yes': 'yes',
    'csv.no': 'no',
  },
}
