import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  page: number
  pageSize: number
  total: number
  onPage(page: number): void
}

export function Pager({ page, pageSize, total, onPage }: Props) {
  const { t } = useLocale()
  const pages = Math.max(1, Math.ceil(total / pageSize))
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pager.prev')}
      </button>
      <span>{t('pager.position', { page, pages })}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  )
}
