import { buyer } from '../../shared/i18n/buyer.ts'
import { common } from '../../shared/i18n/common.ts'
import { confirm } from '../../shared/i18n/confirm.ts'
import { mergeCatalogues } from '../../shared/i18n/merge.ts'
import { photos } from '../../shared/i18n/photos.ts'
import { createLocaleContext } from './locale.tsx'

export const buyerCatalogue = mergeCatalogues(mergeCatalogues(mergeCatalogues(common, buyer), photos), confirm)
export const { LocaleProvider, useLocale } = createLocaleContext(buyerCatalogue)
