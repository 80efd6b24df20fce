import type { CaseSummary } from '../../../shared/api-types.ts'
import { formatReceipt } from '../../../shared/receipt.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ContactCell } from './ContactCell.tsx'
import { DueFlags } from './DueFlags.tsx'
import { formatDateTime } from './format.ts'
import { Link } from './Link.tsx'

interface Props {
  items: CaseSummary[]
  /** With a selection, each row has a check box and the head one for the whole page. */
  selection?: { ids: ReadonlySet<string>; toggle(id: string): void; toggleAll(): void }
}

/** The inbox rows; the receipt opens the case. */
export function CaseTable({ items, selection }: Props) {
  const { t, locale } = useLocale()
  const allSelected = selection !== undefined && items.length > 0 && items.every((c) => selection.ids.has(c.id))
  return (
    <table class="cases">
      <thead>
        <tr>
          {selection && (
            <th scope="col" class="select">
              <input type="checkbox" aria-label={t('cases.select_all')} checked={allSelected} onChange={selection.toggleAll} />
            </th>
          )}
          <th scope="col">{t('cases.receipt')}</th>
          <th scope="col">{t('cases.store')}</th>
          <th scope="col">{t('cases.kind')}</th>
          <th scope="col">{t('cases.message')}</th>
          <th scope="col">{t('cases.contact')}</th>
          <th scope="col">{t('cases.status')}</th>
          <th scope="col">{t('cases.assignee')}</th>
          <th scope="col">{t('cases.received')}</th>
          <th scope="col">{t('cases.due')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id} data-case={c.id} class={c.overdue ? 'overdue' : c.dueSoon ? 'due-soon' : undefined}>
            {selection && (
              <td class="select">
                <input
                  type="checkbox"
                  aria-label={`${t('cases.select')} ${formatReceipt(c.receipt)}`}
                  checked={selection.ids.has(c.id)}
                  onChange={() => selection.toggle(c.id)}
                />
              </td>
            )}
            <td class="mono">
              <Link href={`/staff/cases/${encodeURIComponent(c.id)}`}>{formatReceipt(c.receipt)}</Link>
            </td>
            <td>
              {c.storeName ? `${c.storeName}（${c.storeCode}）` : t('cases.no_store')}
              {c.district && <div class="sub">{c.district}</div>}
            </td>
            <td>
              {t(`kind.${c.kind}`)}
              <div class="sub">{locale === 'en' ? c.categoryLabel.en : c.categoryLabel.zh}</div>
            </td>
            <td class="message">{c.message}</td>
            <td>
              <ContactCell item={c} />
            </td>
            <td>{t(`status.${c.status}`)}</td>
            <td>{c.assignee ?? '—'}</td>
            <td>{formatDateTime(c.receivedAt, locale)}</td>
            <td>
              {formatDateTime(c.dueAt, locale)} <DueFlags overdue={c.overdue} dueSoon={c.dueSoon} ackOverdue={c.ackOverdue} updated={c.hasReporterUpdate} notFixed={c.notFixed} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
