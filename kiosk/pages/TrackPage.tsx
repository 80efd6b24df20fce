import { useEffect, useState } from 'preact/hooks'
import type { TrackView } from '../../shared/api-types.ts'
import type { TrackPageData } from '../../shared/buyer-page-data.ts'
import { formatReceipt, normalizeReceipt } from '../../shared/receipt.ts'
import { ApiFailure } from '../api/client.ts'
import { addTrackMessage, loadTrack } from '../api/public.ts'
import { ConfirmFix } from '../components/ConfirmFix.tsx'
import { KeptReceiptList } from '../components/KeptReceiptList.tsx'
import { useLocale } from '../state/buyer-locale.ts'
import { TrackCase } from './TrackCase.tsx'

interface Props {
  receipt: string | null
  /** What the server rendered the page from; without it the case is fetched. */
  initial?: TrackPageData
}

// Every form is a plain form first: without scripts the lookup is a GET to
// /track?receipt=, the follow-up and the answer to "问题解决了吗？" POSTs the
// server answers with a redirect back here (server/routes/buyer-pages.ts).
export function TrackPage({ receipt, initial }: Props) {
  const { t } = useLocale()
  const [input, setInput] = useState(receipt ? formatReceipt(receipt) : '')
  const [view, setView] = useState<TrackView | null>(initial?.view ?? null)
  const [problem, setProblem] = useState<string | null>(initial && receipt && !initial.view ? t('track.not_found') : null)
  const [reply, setReply] = useState('')
  const [sent, setSent] = useState(initial?.sent ?? false)
  const [answered, setAnswered] = useState<boolean | null>(initial?.answered ?? null)

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
    if (receipt && !initial) void lookup(receipt)
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

  const open = view && view.status !== 'closed' && view.status !== 'rejected' && view.status !== 'under_review'
  return (
    <section class="track">
      <h1>{t('track.title')}</h1>
      <form method="get" action="/track" onSubmit={submitLookup} class="inline">
        <label for="receipt">{t('track.input')}</label>
        <input id="receipt" name="receipt" value={input} autocomplete="off" onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit">{t('track.lookup')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      {!receipt && <KeptReceiptList />}
      {view && (
        <div class="case">
          <TrackCase view={view} />
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
          {open && (
            <form method="post" action={`/track/${view.receipt}/messages`} onSubmit={submitReply}>
              <label for="reply">{t('track.add')}</label>
              <textarea id="reply" name="text" rows={3} required value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
              <button type="submit">{t('track.send')}</button>
              {sent && <p aria-live="polite">{t('track.sent')}</p>}
            </form>
          )}
        </div>
      )}
    </section>
  )
}
