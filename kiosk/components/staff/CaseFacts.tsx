import type { CaseSummary } from '../../../shared/api-types.ts'
import { formatReceipt } from '../../../shared/receipt.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ContactCell } from './ContactCell.tsx'
import { DueFlags } from './DueFlags.tsx'
import { formatDateTime } from './format.ts'
import { Link } from './Link.tsx'

interface Props {
  item: CaseSummary
}

/** What a case is: the message and every fact about it at a glance. */
export function CaseFacts({ item }: Props) {
  const { t, locale } = useLocale()
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : '—')
  return (
    <section class="facts" aria-labelledby="facts-title">
      <h2 id="facts-title" class="visually-hidden">{t('case.facts')}</h2>
      {item.purgedAt ? (
        <p class="case-purged" role="note">
          {t('retention.case_purged', { at: when(item.purgedAt) })}
        </p>
      ) : (
        <blockquote class="case-message">{item.message}</blockquote>
      )}
      <dl class="pairs">
        <dt>{t('cases.receipt')}</dt>
        <dd class="mono">{formatReceipt(item.receipt)}</dd>
        <dt>{t('cases.store')}</dt>
        <dd>
          {item.storeCode ? (
            <Link href={`/staff/stores/${encodeURIComponent(item.storeCode)}`}>{`${item.storeName ?? ''}（${item.storeCode}）`}</Link>
          ) : (
            t('cases.no_store')
          )}
          {item.district && ` · ${item.district}`}
        </dd>
        <dt>{t('cases.kind')}</dt>
        <dd>{`${t(`kind.${item.kind}`)} · ${locale === 'en' ? item.categoryLabel.en : item.categoryLabel.zh}`}</dd>
        <dt>{t('case.channel')}</dt>
        <dd>
          {t(`channel.${item.channel}`)}
          {item.visitId && item.storeCode && (
            <>
              {' · '}
              <Link href={`/staff/stores/${item.storeCode}#visit-${item.visitId}`}>{t('case.visit_link')}</Link>
            </>
          )}
        </dd>
        <dt>{t('cases.contact')}</dt>
        <dd>
          <ContactCell item={item} />
        </dd>
        <dt>{t('cases.status')}</dt>
        <dd data-status={item.status}>{t(`status.${item.status}`)}</dd>
        <dt>{t('cases.assignee')}</dt>
        <dd data-assignee={item.assignee ?? ''}>{item.assignee ?? t('case.unassigned')}</dd>
        <dt>{t('cases.received')}</dt>
        <dd>{when(item.receivedAt)}</dd>
        <dt>{t('case.written')}</dt>
        <dd>{when(item.createdAt)}</dd>
        <dt>{t('cases.due')}</dt>
        <dd>
          {when(item.dueAt)} <DueFlags overdue={item.overdue} dueSoon={item.dueSoon} ackOverdue={item.ackOverdue} updated={item.hasReporterUpdate} notFixed={item.notFixed} />
        </dd>
        <dt>{t('case.updated')}</dt>
        <dd>{when(item.updatedAt)}</dd>
        {item.closedAt && (
          <>
            <dt>{t('case.closed')}</dt>
            <dd>{when(item.closedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  )
}
