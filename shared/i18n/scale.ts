// Strings of the paged store table (issue 14): at province scale the store
// list is searched and sorted by the server, a page at a time.
import type { Catalogue } from './translate.ts'

const zh = {
  'stores.order.district': '按区和站点编号',
  'stores.stats_search': '站点编号或名称',
  'stores.stats_none': '没有符合条件的站点',
}

export const scale: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'stores.order.district': 'By district and code',
    'stores.stats_search': 'Station code or name',
    'stores.stats_none': 'No store matches',
  },
}
