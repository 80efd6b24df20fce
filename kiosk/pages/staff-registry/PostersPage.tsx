import { useEffect, useState } from 'preact/hooks'
import type { PublicUrlStatus } from '../../../shared/api-types.ts'
import { postersUrl, publicUrlStatus, storeDistricts } from '../../api/registry.ts'
import { useLocale } from '../../state/staff-locale.ts'

/** Print-ready poster pages for one district or the whole city, A4 or A6. */
export function PostersPage() {
  const { t } = useLocale()
  const [districts, setDistricts] = useState<string[]>([])
  const [district, setDistrict] = useState('')
  const [address, setAddress] = useState<PublicUrlStatus | null>(null)

  useEffect(() => void storeDistricts().then(setDistricts, () => setDistricts([])), [])
  // Without the address the page still prints; the warning is only a help.
  useEffect(() => void publicUrlStatus().then(setAddress, () => setAddress(null)), [])

  return (
    <section aria-labelledby="posters-title">
      <h2 id="posters-title">{t('posters.title')}</h2>
      <p>{t('posters.help')}</p>
      {address?.problem && (
        <p class="warning" role="alert">
          {t(`posters.public_url.${address.problem}`, { url: address.publicUrl })}
        </p>
      )}
      <label for="posters-district">{t('posters.district')}</label>
      <select id="posters-district" value={district} onChange={(e) => setDistrict(e.currentTarget.value)}>
        <option value="">{t('posters.whole_city')}</option>
        {districts.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <p>
        <a class="button" href={postersUrl(district, 'a4')} target="_blank" rel="noopener">
          {t('posters.a4')}
        </a>{' '}
        <a class="button" href={postersUrl(district, 'a6')} target="_blank" rel="noopener">
          {t('posters.a6')}
        </a>
      </p>
    </section>
  )
}
