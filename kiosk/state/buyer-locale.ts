import { buyer } from '../../shared/i18n/buyer.ts'
import { buyerJourney } from '../../shared/i18n/buyer-journey.ts'
import { buyerPages } from '../../shared/i18n/buyer-pages.ts'
import { common } from '../../shared/i18n/common.ts'
import { confirm } from '../../shared/i18n/confirm.ts'
import { mergeCatalogues } from '../../shared/i18n/merge.ts'
import { photos } from '../../shared/i18n/photos.ts'
import { retention } from '../../shared/i18n/retention.ts'
import type { Translate } from '../../shared/i18n/translate.ts'
import { createLocaleContext } from './locale.tsx'

export const buyerCatalogue = mergeCatalogues(
  mergeCatalogues(mergeCatalogues(mergeCatalogues(mergeCatalogues(mergeCatalogues(common, buyer), buyerJourney), photos), confirm), buyerPages),
  retention,
)
export type BuyerTranslate = Translate<(typeof buyerCatalogue)['zh-CN']>
export const { LocaleProvider, useLocale } = createLocaleContext(buyerCatalogue)
