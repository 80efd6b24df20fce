import type { CaseSummary } from '../../../shared/api-types.ts'
import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  item: Pick<CaseSummary, 'anonymous' | 'contact'>
}

/** The reporter's contact as the API gives it in lists: masked, or "anonymous". */
export function ContactCell({ item }: Props) {
  const { t } = useLocale()
  if (item.anonymous) return <>{t('cases.anonymous')}</>
  if (!item.contact) return <>—</>
  return <>{[item.contact.name, item.contact.phone].filter(Boolean).join(' ')}</>
}
