// A campaign's progress as CSV for the centre's spreadsheets: UTF-8 with a
// BOM (Excel in China reads it right only then), Chinese headers like the
// case export, one row for the whole campaign, then one per district and one
// per store supervisor, then the rectification figures.
import type { CampaignProgress, ProgressRow } from '../../shared/field-types.ts'
import { field } from '../../shared/i18n/field.ts'
import { translator } from '../../shared/i18n/translate.ts'
import { csvCell, UTF8_BOM } from '../cases/case-csv.ts'

export function progressCsv(p: CampaignProgress): string {
  const t = translator(field, 'zh-CN')
  const line = (cells: (string | number)[]) => cells.map((c) => csvCell(String(c))).join(',') + '\r\n'
  const figures = (r: ProgressRow) => [r.stores, r.inspected, r.trained, r.failedItems, r.fixedOnSite]
  let out = UTF8_BOM
  out += line([t('progress.campaign'), p.campaign.name, t('progress.period'), `${p.campaign.from} – ${p.campaign.to}`, t('progress.as_of'), p.asOf])
  out += line([
    t('progress.group'),
    t('progress.name'),
    t('progress.stores'),
    t('progress.inspected'),
    t('progress.trained'),
    t('progress.failed_items'),
    t('progress.fixed_on_site'),
  ])
  out += line([t('progress.group_all'), p.campaign.name, ...figures(p)])
  for (const d of p.byDistrict) out += line([t('progress.group_district'), d.district, ...figures(d)])
  for (const s of p.bySupervisor) out += line([t('progress.group_supervisor'), s.supervisor, ...figures(s)])
  out += line([t('progress.rectification_open'), p.rectification.open, t('progress.rectification_closed'), p.rectification.closed, t('progress.rectification_overdue'), p.rectification.overdue])
  return out
}
