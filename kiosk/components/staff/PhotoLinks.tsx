import { photoUrl, type PhotoRef } from '../../../shared/photos.ts'
import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  photos: PhotoRef[]
}

/**
 * Evidence photos as thumbnails, each a link to the full picture. Both are
 * the same session-guarded URL (same origin, so the session cookie goes
 * with it and the CSP's img-src 'self' allows it); the server audits every
 * load and forbids caching.
 */
export function PhotoLinks({ photos }: Props) {
  const { t } = useLocale()
  return (
    <ul class="photo-links">
      {photos.map((p, i) => (
        <li key={p.id}>
          <a href={photoUrl(p.id)} target="_blank" rel="noopener" aria-label={t('case.photo_open', { n: i + 1, width: p.width, height: p.height })}>
            <img src={photoUrl(p.id)} alt="" width={p.width} height={p.height} loading="lazy" />
          </a>
        </li>
      ))}
    </ul>
  )
}
