import type { PhotoRef } from '../../../shared/photos.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { PhotoLinks } from './PhotoLinks.tsx'

interface Props {
  photos: PhotoRef[]
}

/** The case's evidence photos: the buyer's, or the supervisor's of the failed item that opened it. */
export function CasePhotos({ photos }: Props) {
  const { t } = useLocale()
  if (photos.length === 0) return null
  return (
    <section class="case-photos" aria-labelledby="photos-title">
      <h2 id="photos-title">{t('case.photos')}</h2>
      <PhotoLinks photos={photos} />
    </section>
  )
}
