import type { PublicStore } from '../../shared/api-types.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  store: PublicStore
}

export function StoreHeader({ store }: Props) {
  const { t } = useLocale()
  return (
    <header class="store">
      <h1>{store.name}</h1>
      <dl>
        <dt>{t('store.code')}</dt>
        <dd>{store.code}</dd>
        <dt>{t('store.address')}</dt>
        <dd>{store.address}</dd>
        <dt>{t('store.supervisor')}</dt>
        <dd>
          {store.supervisor.name}{' '}
          {store.supervisor.phone && <a href={`tel:${store.supervisor.phone}`}>{store.supervisor.phone}</a>}
        </dd>
        <dt>{t('store.hotline')}</dt>
        <dd>
          <a href={`tel:${store.hotline}`}>{store.hotline}</a>
        </dd>
      </dl>
      <p class="responsible">{t('play.responsible')}</p>
    </header>
  )
}
