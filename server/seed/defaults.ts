// What every centre starts with, demo or not: the category taxonomy of the
// design, the notices every store must display, and the hotline. All of it is
// data that staff can change later.
import type { Category } from '../db/queries/categories.ts'

export const DEFAULT_HOTLINE = '400-000-0000'

/** Categories whose cases raise the case.grave alert until an admin says otherwise (issue 11). */
export const DEFAULT_GRAVE_CATEGORIES: readonly string[] = ['sale_to_minors', 'staff_misconduct']

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

// Plain words a buyer reads at the counter. `key` lets other parts find a
// notice (the poster prints the compliance notice's headline).
// The default notices restate rules that were in force long before the kit,
// so they are dated back rather than from the first start.
export const DEFAULT_NOTICES_EFFECTIVE = '2020-01-01'

export const DEFAULT_NOTICES = (hotline: string) => [
  {
    key: 'compliance',
    title: '销售人员合规要求',
    titleEn: 'What sales staff must do',
    body: [
      '1. 销售人员持证上岗，佩戴工作牌，文明服务。',
      '2. 不向未满18周岁的未成年人销售彩票，也不为未成年人兑奖。',
      '3. 不赊账销售，不借钱给购彩者。',
      '4. 不通过电话、网络、微信等方式远程销售或代购彩票。',
      '5. 如实介绍玩法和中奖规则，不夸大中奖机会，不劝人多买。',
      '6. 中奖彩票按规定兑奖，不拒绝、不拖延、不克扣奖金。',
    ].join('\n'),
    bodyEn: [
      '1. Sales staff are licensed, wear a name badge and serve politely.',
      '2. No sales to anyone under 18, and no prize payouts to minors.',
      '3. No sales on credit, no lending money to buyers.',
      '4. No remote or proxy sales by phone, internet or chat apps.',
      '5. Explain games and prize rules truthfully; never overstate the chance of winning or urge anyone to buy more.',
      '6. Pay out winning tickets as the rules say: no refusing, delaying or cutting prizes.',
    ].join('\n'),
  },
  {
    key: 'responsible_play',
    title: '理性购彩　量力而行',
    titleEn: 'Play responsibly, within your means',
    body: [
      '买彩票是娱乐，也是支持公益，不是赚钱的办法。',
      '请按自己的经济能力少量购买，不借钱买彩票，不追号加倍，觉得停不下来时请及时休息。',
      '未满18周岁的未成年人不能购买彩票，也不能兑奖。',
    ].join('\n'),
    bodyEn: [
      'Lottery is entertainment that supports good causes, not a way to make money.',
      'Buy a little, within your means. Never borrow to play or chase losses; take a break when it is hard to stop.',
      'People under 18 may not buy lottery tickets or claim prizes.',
    ].join('\n'),
  },
  {
    key: 'hotline',
    title: '投诉举报渠道',
    titleEn: 'How to complain or report',
    body: [
      `彩票中心监督电话：${hotline}。也可以扫描本站二维码，在线投诉、举报或提建议。`,
      '举报可以匿名。留下的联系方式只用于回访这件事，只有办理人员能看到。',
      '匿名举报不记录任何联系方式，请保存好受理编号，凭编号查询办理进度。',
    ].join('\n'),
    bodyEn: [
      `Lottery centre hotline: ${hotline}. You can also scan this store's QR code to complain, report or suggest online.`,
      'Reports may be anonymous. Contact details you leave are used only to follow up this case and are seen only by the staff handling it.',
      'An anonymous report keeps no contact details: keep your receipt code to follow the case.',
    ].join('\n'),
  },
]
