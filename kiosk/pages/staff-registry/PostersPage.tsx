import { useEffect, useState } from 'preact/hooks'
import type { PublicUrlStatus } from '../../../shared/api-types.ts'
import { postersUrl, publicUrlStatus } from '../../api/registry.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { DistrictSelect } from './DistrictSelect.tsx'

/** Print-ready poster pages for one district or the whole city, A4 or A6. */
export function PostersPage() {
  const { t } = useLocale()
  const [district, setDistrict] = useState('')
  const [address, setAddress] = useState<PublicUrlStatus | null>(null)

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
      <DistrictSelect id="posters-district" label={t('posters.district')} all={t('posters.whole_city')} value={district} onChange={setDistrict} />
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
