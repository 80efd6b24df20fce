import { common } from '../../shared/i18n/common.ts'
import { consoleParts } from '../../shared/i18n/console.ts'
import { loop } from '../../shared/i18n/loop.ts'
import { field } from '../../shared/i18n/field.ts'
import { fieldNames } from '../../shared/i18n/field-names.ts'
import { fieldPhotos } from '../../shared/i18n/field-photos.ts'
import { library } from '../../shared/i18n/library.ts'
import { mergeCatalogues } from '../../shared/i18n/merge.ts'
import { photos } from '../../shared/i18n/photos.ts'
import { registry } from '../../shared/i18n/registry.ts'
import { retention } from '../../shared/i18n/retention.ts'
import { scale } from '../../shared/i18n/scale.ts'
import { security } from '../../shared/i18n/security.ts'
import { staff } from '../../shared/i18n/staff.ts'
import { createLocaleContext } from './locale.tsx'

const caseWork = mergeCatalogues(mergeCatalogues(mergeCatalogues(common, staff), registry), photos)
const loopAndSecurity = mergeCatalogues(mergeCatalogues(loop, security), field)
const laterAreas = mergeCatalogues(mergeCatalogues(mergeCatalogues(mergeCatalogues(mergeCatalogues(scale, fieldPhotos), consoleParts), library), retention), fieldNames)
export const staffCatalogue = mergeCatalogues(mergeCatalogues(caseWork, loopAndSecurity), laterAreas)
export const { LocaleProvider, useLocale } = createLocaleContext(staffCatalogue)

export type StaffMessageKey = keyof (typeof staffCatalogue)['zh-CN'] & string
