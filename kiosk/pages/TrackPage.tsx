import { useEffect, useState } from 'preact/hooks'
import type { TrackView } from '../../shared/api-types.ts'
import { formatReceipt, normalizeReceipt } from '../../shared/receipt.ts'
import { ApiFailure } from '../api/client.ts'
import { addTrackMessage, loadTrack } from '../api/public.ts'
import { ConfirmFix } from '../components/ConfirmFix.tsx'
import { KeptReceiptList } from '../components/KeptReceiptList.tsx'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  receipt: string | null
}

const date = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })

export function TrackPage({ receipt }: Props) {
  const { t, locale } = useLocale()
  const [input, setInput] = useState(receipt ? formatReceipt(receipt) : '')
  const [view, setView] = useState<TrackView | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [reply, setReply] = useState('')
  const [sent, setSent] = useState(false)
  const [answered, setAnswered] = useState<boolean | null>(null)

  async function lookup(code: string) {
    setProblem(null)
    try {
      setView(await loadTrack(code))
    } catch (err) {
      setView(null)
      setProblem(t(err instanceof ApiFailure && (err.status === 404 || err.status === 400) ? 'track.not_found' : 'error.network'))
    }
  }

  useEffect(() => {
    if (receipt) void lookup(receipt)
  }, [receipt])

  function submitLookup(e: Event) {
    e.preventDefault()
    const code = normalizeReceipt(input)
    if (!code) return setProblem(t('track.not_found'))
    history.replaceState(null, '', `/track/${code}`)
    void lookup(code)
  }

  async function submitReply(e: Event) {
    e.preventDefault()
    if (!view || !reply.trim()) return
    try {
      await addTrackMessage(view.receipt, reply)
      setReply('')
      setSent(true)
      await lookup(view.receipt)
    } catch {
      setProblem(t('error.network'))
    }
  }

  return (
    <section class="track">
      <h1>{t('track.title')}</h1>
      <form onSubmit={submitLookup} class="inline">
        <label for="receipt">{t('track.input')}</label>
        <input id="receipt" value={input} autocomplete="off" onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit">{t('track.lookup')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      {!receipt && <KeptReceiptList />}
      {view && (
        <div class="case">
          <dl>
            <dt>{t('track.input')}</dt>
            <dd class="receipt-code">{formatReceipt(view.receipt)}</dd>
            <dt>{t('track.status')}</dt>
            <dd data-status={view.status}>
              {t(`status.${view.status}`)} {view.overdue && <strong class="overdue">{t('track.overdue')}</strong>}
            </dd>
            <dt>{t('form.category')}</dt>
            <dd>
              {t(`kind.${view.kind}`)}
              {view.category.label && ` · ${locale === 'en' ? view.category.label.en : view.category.label.zh}`}
            </dd>
            {view.store && (
              <>
                <dt>{t('report.store')}</dt>
                <dd>{view.store.name}</dd>
              </>
            )}
            <dt>{t('track.received')}</dt>
            <dd>{date(view.receivedAt)}</dd>
            {view.dueAt && (
              <>
                <dt>{t('track.due')}</dt>
                <dd>{date(view.dueAt)}</dd>
              </>
            )}
          </dl>
          <h2>{t('track.replies')}</h2>
          {view.messages.length === 0 && <p>{t('track.no_replies')}</p>}
          <ol class="messages">
            {view.messages.map((m, i) => (
              <li key={i} class={m.author}>
                <strong>{m.author === 'staff' ? t('track.centre') : t('track.you')}</strong> <time>{date(m.createdAt)}</time>
                <p>{m.text}</p>
              </li>
            ))}
          </ol>
          {view.canConfirm && (
            <ConfirmFix
              receipt={view.receipt}
              autoCloseAt={view.autoCloseAt}
              onDone={(fixed) => {
                setAnswered(fixed)
                void lookup(view.receipt)
              }}
            />
          )}
          {answered !== null && <p aria-live="polite">{t(answered ? 'confirm.thanks_fixed' : 'confirm.thanks_reopened')}</p>}
          {view.status !== 'closed' && view.status !== 'rejected' && (
            <form onSubmit={submitReply}>
              <label for="reply">{t('track.add')}</label>
              <textarea id="reply" rows={3} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
              <button type="submit">{t('track.send')}</button>
              {sent && <p aria-live="polite">{t('track.sent')}</p>}
            </form>
          )}
        </div>
      )}
    </section>
  )
}
