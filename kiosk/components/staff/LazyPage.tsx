import type { VNode } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { Pending } from './Pending.tsx'

interface Props {
  /** Loads the page's code and returns the page to show. */
  load(): Promise<VNode>
}

/** A page whose code is fetched when it is first opened; "loading" until then, the error if the fetch failed. */
export function LazyPage({ load }: Props) {
  const [page, setPage] = useState<VNode | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let live = true
    load().then(
      (p) => live && setPage(p),
      (e: unknown) => live && setError(e),
    )
    return () => {
      live = false
    }
    // Loaded once per mount: the routes key a page by its parameters, and a
    // re-render of the console (a language switch) must not reset a form.
  }, [])
  return page ?? <Pending error={error} />
}
