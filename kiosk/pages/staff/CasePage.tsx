import { isOpenStatus } from '../../../shared/enums.ts'
import { formatReceipt } from '../../../shared/receipt.ts'
import { loadCase } from '../../api/staff.ts'
import { AssignAction } from '../../components/staff/AssignAction.tsx'
import { CaseEvents } from '../../components/staff/CaseEvents.tsx'
import { CaseFacts } from '../../components/staff/CaseFacts.tsx'
import { CasePhotos } from '../../components/staff/CasePhotos.tsx'
import { DeadlineAction } from '../../components/staff/DeadlineAction.tsx'
import { Link } from '../../components/staff/Link.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { RejectAction } from '../../components/staff/RejectAction.tsx'
import { ReplyAction } from '../../components/staff/ReplyAction.tsx'
import { RevealContact } from '../../components/staff/RevealContact.tsx'
import { StatusAction } from '../../components/staff/StatusAction.tsx'
import { Timeline } from '../../components/staff/Timeline.tsx'
import { inboxHref } from '../../state/staff-case-filters.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useUser } from '../../state/staff-session.tsx'

interface Props {
  id: string
}

/** One case: what was reported, what has happened since, and what to do next. */
export function CasePage({ id }: Props) {
  const { t } = useLocale()
  const user = useUser()
  const { data, error, reload } = useLoad(() => loadCase(id), [id])

  if (!data) {
    return (
      <>
        <h1>{t('case.title')}</h1>
        <Pending error={error} />
      </>
    )
  }
  const item = data.case
  const open = isOpenStatus(item.status)
  // Rejection has its own form; `assigned` follows from the assign action, so it is offered only when someone is assigned.
  const next = data.allowedTransitions.filter((s) => s !== 'rejected' && (s !== 'assigned' || item.assignee !== null))
  return (
    <>
      <p class="back">
        <Link href={inboxHref()}>{t('case.back')}</Link>
      </p>
      <h1>
        {t('case.title')} <span class="mono">{formatReceipt(item.receipt)}</span>
      </h1>
      <div class="case-layout">
        <div>
          <CaseFacts item={item} />
          <CasePhotos photos={data.photos} />
          {data.canReveal && item.contact && <RevealContact caseId={item.id} onDone={reload} />}
          <Timeline events={data.events} messages={data.messages} />
          <CaseEvents item={item} recordedIn={data.recordedIn} user={user} />
        </div>
        <aside aria-labelledby="actions-title" class="actions-panel">
          <h2 id="actions-title">{t('case.actions')}</h2>
          {!item.purgedAt && <ReplyAction item={item} next={next.filter((s) => s !== 'assigned')} onDone={reload} />}
          {open && <AssignAction item={item} user={user} onDone={reload} />}
          <StatusAction item={item} next={next} onDone={reload} />
          {data.allowedTransitions.includes('rejected') && <RejectAction caseId={item.id} onDone={reload} />}
          {open && <DeadlineAction caseId={item.id} dueAt={item.dueAt} onDone={reload} />}
        </aside>
      </div>
    </>
  )
}
