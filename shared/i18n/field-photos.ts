// Supervisors' photos (issue 15): the field page's pickers and states, and
// the photos of a visit in the console. Merged into the staff catalogue.
import type { Catalogue } from './translate.ts'

const zh = {
  'field.photos_hint': '每个检查项可附照片 {item} 张，整次走访另可附 {visit} 张。照片会先在手机上缩小，并去掉拍摄地点、时间和手机型号等信息再发送。',
  'field.item_photos': '该项照片',
  'field.visit_photos': '走访照片（可选）',
  'field.with_photos': '（含照片 {n} 张）',
  'field.photos_sent': '照片 {n} 张已发送',
  'field.photos_waiting': '走访已发送；照片 {n} 张已保存在本机，联网后自动发送',
  'field.pending_visit': '站点 {code}：{state}',
  'field.pending_saved': '走访已保存在本机，尚未发送',
  'field.pending_photos': '走访已发送，照片 {n} 张尚未发送',
  'store.visit_photos': '走访照片',
  'store.item_photos': '{item}的照片',
}

export const fieldPhotos: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'field.photos_hint': 'Up to {item} photos per checklist item, and {visit} more of the visit as a whole. Each photo is shrunk on your phone, and its location, time and phone model are removed before it is sent.',
    'field.item_photos': 'Photos of this item',
    'field.visit_photos': 'Photos of the visit (optional)',
    'field.with_photos': ' (with {n} photos)',
    'field.photos_sent': '{n} photos sent',
    'field.photos_waiting': 'Visit sent; {n} photos are saved on this phone and sent when the network is back',
    'field.pending_visit': 'Store {code}: {state}',
    'field.pending_saved': 'visit saved on this phone, not sent yet',
    'field.pending_photos': 'visit sent, {n} photos not sent yet',
    'store.visit_photos': 'Photos of the visit',
    'store.item_photos': 'Photos of {item}',
  },
}
