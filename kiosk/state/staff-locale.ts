import { common } from '../../shared/i18n/common.ts'
import { mergeCatalogues } from '../../shared/i18n/merge.ts'
import { registry } from '../../shared/i18n/registry.ts'
import { scale } from '../../shared/i18n/scale.ts'
import { staff } from '../../shared/i18n/staff.ts'
import { createLocaleContext } from './locale.tsx'

export const staffCatalogue = mergeCatalogues(mergeCatalogues(mergeCatalogues(common, staff), registry), scale)
export const { LocaleProvider, useLocale } = createLocaleContext(staffCatalogue)

export type StaffMessageKey = keyof (typeof staffCatalogue)['zh-CN'] & string
