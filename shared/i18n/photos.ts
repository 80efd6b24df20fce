// Evidence photos (issue 15): the buyer's photo picker and the console's
// photos on a case. Merged into the buyer and the staff catalogues.
import type { Catalogue } from './translate.ts'

const zh = {
  'photos.legend': '照片（可选）',
  'photos.add': '添加照片',
  'photos.hint': '最多 {max} 张。照片会先在手机上缩小，并去掉拍摄地点、时间和手机型号等信息再发送。',
  'photos.thumb': '照片 {n}',
  'photos.remove': '移除照片 {n}',
  'photos.unreadable': '有一张图片无法读取，请换一张',
  'photos.queued': '照片将在网络恢复后随反馈一起发送。',
  'case.photos': '照片',
  'case.photo_open': '打开照片 {n}（{width}×{height}）',
  'audit.photo_viewed': '查看照片',
  'error.too_many_photos': '照片数量已达上限',
  'error.photo_window_closed': '已超过补充照片的时间',
}

export type PhotoMessages = typeof zh

export const photos: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'photos.legend': 'Photos (optional)',
    'photos.add': 'Add photos',
    'photos.hint': 'Up to {max}. Each photo is shrunk on your phone, and its location, time and phone model are removed before it is sent.',
    'photos.thumb': 'Photo {n}',
    'photos.remove': 'Remove photo {n}',
    'photos.unreadable': 'One picture could not be read; please choose another',
    'photos.queued': 'The photos will be sent with your feedback when the network returns.',
    'case.photos': 'Photos',
    'case.photo_open': 'Open photo {n} ({width}×{height})',
    'audit.photo_viewed': 'Photo viewed',
    'error.too_many_photos': 'No more photos can be added',
    'error.photo_window_closed': 'Too late to add photos',
  },
}
