import { kiosk } from '../../shared/i18n/kiosk.ts'
import { kioskJourney } from '../../shared/i18n/kiosk-journey.ts'
import { mergeCatalogues } from '../../shared/i18n/merge.ts'
import { buyerCatalogue } from './buyer-locale.ts'
import { createLocaleContext } from './locale.tsx'

// The tablet's own words on top of the buyer's. The shared buyer components
// read the buyer context, so the kiosk provides both and switches them together.
const kioskCatalogue = mergeCatalogues(mergeCatalogues(buyerCatalogue, kiosk), kioskJourney)
export const { LocaleProvider, useLocale } = createLocaleContext(kioskCatalogue)
