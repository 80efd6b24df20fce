import { useEffect, useState } from 'preact/hooks'
import type { CaseSummary, Page } from '../../../shared/api-types.ts'
import { formatReceipt } from '../../../shared/receipt.ts'
import { listCases } from '../../api/staff.ts'
import { useLocale } from '../../state/staff-locale.ts'

const date = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })

export function CaseList() {
  const { t } = useLocale()
  const [page, setPage] = useState(1)
  const [data, setData] = useState<Page<CaseSummary> | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    listCases(page).then(setData, () => setFailed(true))
  }, [page])

  if (failed) return <p role="alert">{t('error.generic')}</p>
  if (!data) return <p>{t('loading')}</p>
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize))
  return (
    <section aria-labelledby="cases-title">
      <h2 id="cases-title">
        {t('cases.title')} <small>{t('cases.total', { n: data.total })}</small>
      </h2>
      {data.items.length === 0 ? (
        <p>{t('cases.empty')}</p>
      ) : (
        <table class="cases">
          <thead>
            <tr>
              <th scope="col">{t('cases.receipt')}</th>
              <th scope="col">{t('cases.store')}</th>
              <th scope="col">{t('cases.kind')}</th>
              <th scope="col">{t('cases.message')}</th>
              <th scope="col">{t('cases.contact')}</th>
              <th scope="col">{t('cases.status')}</th>
              <th scope="col">{t('cases.received')}</th>
              <th scope="col">{t('cases.due')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((c) => (
              <tr key={c.id} data-case={c.id} class={c.overdue ? 'overdue' : undefined}>
                <td class="mono">{formatReceipt(c.receipt)}</td>
                <td>{c.storeName ? `${c.storeName}（${c.storeCode}）` : t('cases.no_store')}</td>
                <td>{t(`kind.${c.kind}`)}</td>
                <td class="message">{c.message}</td>
                <td>{c.anonymous ? t('cases.anonymous') : [c.contact?.name, c.contact?.phone].filter(Boolean).join(' ')}</td>
                <td>{t(`status.${c.status}`)}</td>
                <td>{date(c.receivedAt)}</td>
                <td>
                  {date(c.dueAt)} {c.overdue && <strong>{t('cases.overdue')}</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="pager">
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('cases.prev')}
        </button>{' '}
        {page} / {pages}{' '}
        <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          {t('cases.next')}
        </button>
      </p>
    </section>
  )
}
