// The buyer's pages that come in their own chunk (the store page, which a
// poster's QR code opens on a weak network, carries only its own code). A
// chunk loaded once is kept, so a page rendered on the server can be
// hydrated at once: the server and kiosk/buyer.tsx load the chunk its data
// names before rendering.
import type { ComponentType } from 'preact'
import type { BuyerPageData } from '../../shared/buyer-page-data.ts'

export interface PageChunk<P> {
  load(): Promise<ComponentType<P>>
  /** The component, once loaded. */
  loaded(): ComponentType<P> | null
}

function chunk<P>(importPage: () => Promise<ComponentType<P>>): PageChunk<P> {
  let page: ComponentType<P> | null = null
  return {
    load: async () => (page ??= await importPage()),
    loaded: () => page,
  }
}

export const trackChunk = chunk(() => import('./TrackPage.tsx').then((m) => m.TrackPage))
export const reportChunk = chunk(() => import('./ReportPage.tsx').then((m) => m.ReportPage))

/** Loads the chunk of the page the data is for, if it has one. */
export async function loadPageChunk(data: BuyerPageData | null): Promise<void> {
  if (data?.page === 'track') await trackChunk.load()
  if (data?.page === 'report') await reportChunk.load()
}
