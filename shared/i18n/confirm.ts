// The reporter's answer on /track when a case is resolved (issue 11).
import type { Catalogue } from './translate.ts'

const zh = {
  'confirm.question': '问题解决了吗？',
  'confirm.hint': '中心已将此事标记为已处理。请告诉我们问题是否真的解决了。',
  'confirm.yes': '已解决',
  'confirm.no': '没有解决',
  'confirm.rating': '满意度（可选）',
  'confirm.rating_value': '{n} 分',
  'confirm.comment': '意见（可选）',
  'confirm.comment_no': '哪里还没有解决？',
  'confirm.send': '提交',
  'confirm.thanks_fixed': '感谢您的确认，此事已办结。',
  'confirm.thanks_reopened': '已收到，中心将继续处理。',
  'confirm.auto_close': '如 {date} 前未答复，将自动办结。',
}

export const confirm: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'confirm.question': 'Was the problem solved?',
    'confirm.hint': 'The centre has marked this as resolved. Please tell us whether the problem is really fixed.',
    'confirm.yes': 'Yes, solved',
    'confirm.no': 'No, not solved',
    'confirm.rating': 'Satisfaction (optional)',
    'confirm.rating_value': '{n} of 5',
    'confirm.comment': 'Comment (optional)',
    'confirm.comment_no': 'What is still not solved?',
    'confirm.send': 'Send',
    'confirm.thanks_fixed': 'Thank you for confirming. The case is closed.',
    'confirm.thanks_reopened': 'Received. The centre will keep working on it.',
    'confirm.auto_close': 'Without an answer by {date}, the case closes itself.',
  },
}
