import { common } from '../../shared/i18n/common.ts'
import { loop } from '../../shared/i18n/loop.ts'
import { field } from '../../shared/i18n/field.ts'
import { library } from '../../shared/i18n/library.ts'
import { mergeCatalogues } from '../../shared/i18n/merge.ts'
import { photos } from '../../shared/i18n/photos.ts'
import { registry } from '../../shared/i18n/registry.ts'
import { scale } from '../../shared/i18n/scale.ts'
import { security } from '../../shared/i18n/security.ts'
import { staff } from '../../shared/i18n/staff.ts'
import { createLocaleContext } from './locale.tsx'

export const staffCatalogue = mergeCatalogues(
  mergeCatalogues(
    mergeCatalogues(mergeCatalogues(mergeCatalogues(mergeCatalogues(mergeCatalogues(common, staff), registry), photos), loop), security),
    field,
  ),
  mergeCatalogues(scale, library),
)
export const { LocaleProvider, useLocale } = createLocaleContext(staffCatalogue)

export type StaffMessageKey = keyof (typeof staffCatalogue)['zh-CN'] & string
