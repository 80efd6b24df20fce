// /track and /track/:receipt rendered on the server: the case as the API
// shows it (server/track/track-view.ts), so it reads and takes a follow-up
// with scripts off. The receipts kept on the phone live in its local
// storage: the script fills "我的反映" in.
import type { AppDeps } from '../deps.ts'
import { trackView } from '../track/track-view.ts'
import type { RenderedPage } from './send-form.ts'

/** `back`: what the page came back from, a plain form's follow-up or answer. */
export async function trackPage(deps: AppDeps, receipt: string | null, back: { sent?: boolean; answered?: boolean } = {}): Promise<RenderedPage> {
  if (!receipt) return { status: 200, data: { page: 'track', receipt: null, view: null } }
  const view = await trackView(deps, receipt)
  return { status: view ? 200 : 404, data: { page: 'track', receipt, view, ...(view && back) } }
}
