// The buyer pages the server renders, third round (issue 12): /report and
// /track without scripts, notices in English, saving a receipt in WeChat.
import type { Catalogue } from './translate.ts'

const zh = {
  'pages.district': '区',
  'pages.search': '搜索',
  'pages.pick': '选择',
  'pages.more': '下一页',
  'pages.found': '找到 {n} 个站点',
  'pages.track_missing': '没有找到这个受理编号',
  'pages.no_english': '暂无英文版本，以下为中文原文。',
  'pages.wechat_title': '收藏到微信',
  'pages.wechat_steps': '点右上角「···」，再点「收藏」。以后在微信「我 › 收藏」里就能找到这张回执。',
  'pages.wechat_hint': '在微信里打开时，可点右上角「···」再点「收藏」保存本页；也可以截图保存这张回执。',
}

export const buyerPages: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'pages.district': 'District',
    'pages.search': 'Search',
    'pages.pick': 'Choose',
    'pages.more': 'Next page',
    'pages.found': '{n} stores found',
    'pages.track_missing': 'No case has this receipt code',
    'pages.no_english': 'No English text yet; shown in Chinese.',
    'pages.wechat_title': 'Save to WeChat favourites',
    'pages.wechat_steps': 'Tap “···” at the top right, then “Favourite” (收藏). You will find this receipt again under Me › Favourites.',
    'pages.wechat_hint': 'In WeChat, tap “···” at the top right, then “Favourite” (收藏) to keep this page; or take a screenshot of this receipt.',
  },
}
