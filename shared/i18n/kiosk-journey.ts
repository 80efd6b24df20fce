// The tablet, second round (issue 12): the idle countdown and the advice
// before a misconduct report at the counter.
import type { Catalogue } from './translate.ts'

const zh = {
  'kiosk.idle.title': '还在吗？',
  'kiosk.idle.left': '{n} 秒后返回首页，已填写的内容将被清除。',
  'kiosk.idle.stay': '我还在，继续填写',
  'kiosk.report.safer': '用自己的手机匿名举报更安全',
  'kiosk.report.scan': '请用手机扫描下方二维码，在自己的手机上填写，店内人员看不到您填写的内容。',
  'kiosk.report.here': '仍在平板上填写',
}

export const kioskJourney: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'kiosk.idle.title': 'Are you still there?',
    'kiosk.idle.left': 'Back to the start in {n} s; what you typed will be cleared.',
    'kiosk.idle.stay': 'I am here, keep my form',
    'kiosk.report.safer': 'Reporting anonymously from your own phone is safer',
    'kiosk.report.scan': 'Scan the code below and fill in the form on your own phone; staff in the store cannot see what you write.',
    'kiosk.report.here': 'Continue on the tablet',
  },
}
