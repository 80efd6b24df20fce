import { buyer } from '../../shared/i18n/buyer.ts'
import { common } from '../../shared/i18n/common.ts'
import { mergeCatalogues } from '../../shared/i18n/merge.ts'
import { createLocaleContext } from './locale.tsx'

export const buyerCatalogue = mergeCatalogues(common, buyer)
export const { LocaleProvider, useLocale } = createLocaleContext(buyerCatalogue)
