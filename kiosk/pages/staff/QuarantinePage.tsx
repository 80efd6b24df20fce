import { useState } from 'preact/hooks'
import type { HeldSubmission } from '../../../shared/api-types.ts'
import { discardHeld, listHeld, releaseHeld } from '../../api/staff.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { formatDateTime } from '../../components/staff/format.ts'
import { Pager } from '../../components/staff/Pager.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { useAction } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useRouter } from '../../state/staff-router.tsx'

/** Held submissions (bot signals, store floods): release as a case or discard (issue 13). */
export function QuarantinePage() {
  const { t } = useLocale()
  const { query, navigate } = useRouter()
  const page = Math.max(1, Number(query.get('page')) || 1)
  const [reload, setReload] = useState(0)
  const [done, setDone] = useState('')
  const { data, error } = useLoad(() => listHeld(page), [page, reload])
  return (
    <>
      <h1>{t('quarantine.title')}</h1>
      {!data ? (
        <Pending error={error} />
      ) : (
        <>
          <p>{t('quarantine.hint', { days: data.keptDays })}</p>
          {done && <p role="status">{done}</p>}
          {data.items.length === 0 ? (
            <p>{t('quarantine.empty')}</p>
          ) : (
            <table class="quarantine">
              <thead>
                <tr>
                  <th scope="col">{t('quarantine.received')}</th>
                  <th scope="col">{t('quarantine.reason')}</th>
                  <th scope="col">{t('quarantine.store')}</th>
                  <th scope="col">{t('quarantine.message')}</th>
                  <th scope="col">{t('quarantine.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((h) => (
                  <HeldRow key={h.id} item={h} onDone={(message) => (setDone(message), setReload((n) => n + 1))} />
                ))}
              </tbody>
            </table>
          )}
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => navigate(`/staff/quarantine?page=${p}`)} />
        </>
      )}
    </>
  )
}

interface RowProps {
  item: HeldSubmission
  onDone(message: string): void
}

function HeldRow({ item, onDone }: RowProps) {
  const { t, locale } = useLocale()
  const action = useAction(() => undefined)
  const release = () =>
    action.run(async () => {
      const { receipt } = await releaseHeld(item.id)
      onDone(t('quarantine.released', { receipt }))
    })
  const discard = () => action.run(async () => (await discardHeld(item.id), onDone(t('quarantine.discarded'))))
  return (
    <tr data-id={item.id}>
      <td>{formatDateTime(item.receivedAt, locale)}</td>
      <td>{t(`quarantine.reason.${item.reason}`)}</td>
      <td class="mono">{item.storeCode ?? t('quarantine.no_store')}</td>
      <td>{item.message}</td>
      <td>
        <button type="button" disabled={action.busy} onClick={() => void release()}>
          {t('quarantine.release')}
        </button>{' '}
        <button type="button" disabled={action.busy} onClick={() => void discard()}>
          {t('quarantine.discard')}
        </button>
        <ApiProblem error={action.error} />
      </td>
    </tr>
  )
}
