// What every centre starts with, demo or not: the category taxonomy of the
// design, the notices every store must display, and the hotline. All of it is
// data that staff can change later.
import type { Category } from '../db/queries/categories.ts'

export const DEFAULT_HOTLINE = '400-000-0000'

export const DEFAULT_CATEGORIES: Category[] = [
  { id: 'payout_refused', kind: 'complaint', label: { zh: '拒绝或阻挠兑奖', en: 'Refusing or obstructing prize payout' }, slaDays: 5 },
  { id: 'service_attitude', kind: 'complaint', label: { zh: '服务态度差', en: 'Poor service attitude' }, slaDays: 5 },
  { id: 'store_environment', kind: 'complaint', label: { zh: '站点环境、卫生或安全问题', en: 'Store environment, hygiene or safety' }, slaDays: 5 },
  { id: 'complaint_other', kind: 'complaint', label: { zh: '其他投诉', en: 'Other complaint' }, slaDays: 5 },
  { id: 'sale_to_minors', kind: 'report', label: { zh: '向未成年人销售彩票', en: 'Selling to minors' }, slaDays: 15 },
  { id: 'sale_on_credit', kind: 'report', label: { zh: '赊账销售', en: 'Selling on credit' }, slaDays: 15 },
  { id: 'remote_sales', kind: 'report', label: { zh: '电话、网络、聊天软件等远程或代购销售', en: 'Remote or proxy sales (phone, internet, chat apps)' }, slaDays: 15 },
  { id: 'inducement', kind: 'report', label: { zh: '虚假宣传或诱导过度购彩', en: 'Misleading promotion or inducing excessive play' }, slaDays: 15 },
  { id: 'ticket_irregularities', kind: 'report', label: { zh: '出票不规范', en: 'Ticket issuing irregularities' }, slaDays: 15 },
  { id: 'staff_misconduct', kind: 'report', label: { zh: '中心工作人员或专管员违规', en: 'Misconduct by centre staff or supervisors' }, slaDays: 15 },
  { id: 'report_other', kind: 'report', label: { zh: '其他违规行为', en: 'Other misconduct' }, slaDays: 15 },
  { id: 'suggestion_service', kind: 'suggestion', label: { zh: '服务', en: 'Service' }, slaDays: 15 },
  { id: 'suggestion_environment', kind: 'suggestion', label: { zh: '环境', en: 'Environment' }, slaDays: 15 },
  { id: 'suggestion_products', kind: 'suggestion', label: { zh: '彩票产品', en: 'Products' }, slaDays: 15 },
  { id: 'suggestion_other', kind: 'suggestion', label: { zh: '其他', en: 'Other' }, slaDays: 15 },
  { id: 'praise_service', kind: 'praise', label: { zh: '服务', en: 'Service' }, slaDays: 15 },
  { id: 'praise_environment', kind: 'praise', label: { zh: '环境', en: 'Environment' }, slaDays: 15 },
  { id: 'praise_products', kind: 'praise', label: { zh: '彩票产品', en: 'Products' }, slaDays: 15 },
  { id: 'praise_other', kind: 'praise', label: { zh: '其他', en: 'Other' }, slaDays: 15 },
]

export const DEFAULT_NOTICES = (hotline: string) => [
  {
    title: '销售人员合规要求',
    body: [
      '1. 销售人员须持证上岗，佩戴工作牌，文明礼貌服务。',
      '2. 不向未满十八周岁的未成年人销售彩票，不为未成年人兑奖。',
      '3. 不赊账销售，不通过电话、网络、微信等方式远程销售或代购彩票。',
      '4. 按规定出票，如实告知彩票玩法和中奖规则，不夸大中奖概率，不诱导购彩。',
      '5. 中奖彩票按规定及时兑付，不拒绝、不拖延、不截留奖金。',
    ].join('\n'),
  },
  {
    title: '理性购彩　量力而行',
    body: [
      '彩票是一种公益娱乐方式，请理性购买，量力而行，不要借钱购彩，不要沉迷。',
      '未满十八周岁的未成年人不得购买彩票，也不得兑奖。',
    ].join('\n'),
  },
  {
    title: '投诉举报渠道',
    body: [
      `彩票中心监督电话：${hotline}。也可扫描本站二维码在线投诉、举报或提出建议。`,
      '举报可以匿名。您的联系方式只用于回访本件，仅由承办人员查看；匿名举报不记录任何联系方式，凭受理编号查询进度。',
    ].join('\n'),
  },
]
