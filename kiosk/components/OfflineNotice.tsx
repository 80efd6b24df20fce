import { useLocale } from '../state/buyer-locale.ts'
import { useOnline } from '../state/use-online.ts'

/** Says so, calmly, while the device has no network. */
export function OfflineNotice() {
  const { t } = useLocale()
  return useOnline() ? null : (
    <p class="offline" role="status">
      {t('offline.notice')}
    </p>
  )
}
