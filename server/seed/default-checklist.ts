// The store conduct checklist every centre starts with (issue 10), drawn from
// the centre's rules. Each item names the category of the default taxonomy
// (defaults.ts) a failure is filed under in the ledger. Data, not code: a
// centre publishes its own versions from the console.
import type { ChecklistInput } from '../../shared/field-schemas.ts'

export const DEFAULT_CHECKLIST_ID = 'store_conduct'

export const DEFAULT_CHECKLIST: ChecklistInput = {
  id: DEFAULT_CHECKLIST_ID,
  title: { zh: '站点规范经营检查表', en: 'Store conduct checklist' },
  items: [
    { id: 'rules_posted', label: { zh: '销售人员合规要求已张贴', en: 'Compliance requirements for sales staff posted' }, categoryId: 'report_other' },
    { id: 'contacts_posted', label: { zh: '柜台公示专管员姓名、电话和监督举报电话', en: "Supervisor's name and phone and the report hotline posted at the counter" }, categoryId: 'report_other' },
    { id: 'minors_sign', label: { zh: '张贴"不向未成年人销售彩票"标识', en: 'No-sales-to-minors sign displayed' }, categoryId: 'sale_to_minors' },
    { id: 'responsible_play_sign', label: { zh: '张贴理性购彩提示', en: 'Responsible-play sign displayed' }, categoryId: 'inducement' },
    { id: 'badges_certificates', label: { zh: '销售人员佩戴工作牌、持证上岗', en: 'Staff wear badges and hold certificates' }, categoryId: 'report_other' },
    { id: 'no_credit', label: { zh: '无赊账销售', en: 'No sales on credit' }, categoryId: 'sale_on_credit' },
    { id: 'no_remote_sales', label: { zh: '无电话、网络等远程或代购销售', en: 'No remote or proxy sales' }, categoryId: 'remote_sales' },
    { id: 'no_misleading_promotion', label: { zh: '无虚假宣传或诱导购彩', en: 'No misleading promotion' }, categoryId: 'inducement' },
    { id: 'prizes_paid', label: { zh: '奖金足额、及时兑付', en: 'Prizes paid in full and on time' }, categoryId: 'payout_refused' },
    { id: 'tickets_issued', label: { zh: '出票规范', en: 'Tickets issued properly' }, categoryId: 'ticket_irregularities' },
    { id: 'hygiene_safety', label: { zh: '环境卫生、消防和用电安全', en: 'Hygiene, fire and electrical safety' }, categoryId: 'store_environment' },
    { id: 'camera_works', label: { zh: '监控摄像头正常工作', en: 'The surveillance camera works' }, categoryId: 'store_environment' },
    { id: 'qr_poster', label: { zh: '二维码海报张贴完好、可以扫码', en: 'The QR poster is present and scannable' }, categoryId: 'store_environment' },
    { id: 'tablet_notices', label: { zh: '平板（如有）显示当前公示内容', en: 'The tablet (where there is one) shows the current notices' }, categoryId: 'report_other' },
  ],
}
