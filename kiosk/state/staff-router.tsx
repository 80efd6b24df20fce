// The console's client-side location: path and query, kept in step with the
// History API so the back button and reloads work and a view can be shared
// by its URL. Passed through context so a test can hand in its own.
import { createContext, type ComponentChildren } from 'preact'
import { useContext, useEffect, useMemo, useState } from 'preact/hooks'

interface RouterState {
  path: string
  query: URLSearchParams
  navigate(href: string, opts?: { replace?: boolean }): void
}

const Context = createContext<RouterState | null>(null)

interface Props {
  children: ComponentChildren
}

export function RouterProvider({ children }: Props) {
  const [href, setHref] = useState(() => location.pathname + location.search)

  useEffect(() => {
    const onPop = () => setHref(location.pathname + location.search)
    addEventListener('popstate', onPop)
    return () => removeEventListener('popstate', onPop)
  }, [])

  const value = useMemo<RouterState>(() => {
    const url = new URL(href, location.origin)
    return {
      path: url.pathname.replace(/\/+$/, '') || '/',
      query: url.searchParams,
      navigate(next, opts) {
        if (opts?.replace) history.replaceState(null, '', next)
        else history.pushState(null, '', next)
        setHref(location.pathname + location.search)
        if (!opts?.replace) scrollTo(0, 0)
      },
    }
  }, [href])

  return <Context.Provider value={value}>{children}</Context.Provider>
}

export function useRouter(): RouterState {
  const value = useContext(Context)
  if (!value) throw new Error('useRouter outside RouterProvider')
  return value
}
