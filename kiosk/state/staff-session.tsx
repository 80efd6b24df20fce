// Who is logged in. The console reads the user from context; logging in,
// logging out and an expired session (any 401) all go through here.
import { createContext, type ComponentChildren } from 'preact'
import { useContext, useEffect, useMemo, useState } from 'preact/hooks'
import type { SessionUser } from '../../shared/api-types.ts'
import { onUnauthorized } from '../api/client.ts'
import { currentUser, logout } from '../api/staff.ts'

interface SessionState {
  /** undefined while the first /me is pending; null when logged out. */
  user: SessionUser | null | undefined
  expired: boolean
  loggedIn(user: SessionUser): void
  logOut(): Promise<void>
}

const Context = createContext<SessionState | null>(null)

interface Props {
  children: ComponentChildren
}

export function SessionProvider({ children }: Props) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined)
  const [expired, setExpired] = useState(false)

  useEffect(() => {
    currentUser().then(setUser, () => setUser(null))
    onUnauthorized(() => {
      setExpired(true)
      setUser(null)
    })
    return () => onUnauthorized(null)
  }, [])

  const value = useMemo<SessionState>(
    () => ({
      user,
      expired,
      loggedIn(next) {
        setExpired(false)
        setUser(next)
      },
      async logOut() {
        await logout()
        setExpired(false)
        setUser(null)
      },
    }),
    [user, expired],
  )
  return <Context.Provider value={value}>{children}</Context.Provider>
}

export function useSession(): SessionState {
  const value = useContext(Context)
  if (!value) throw new Error('useSession outside SessionProvider')
  return value
}

/** The logged-in user; only for components rendered behind the login. */
export function useUser(): SessionUser {
  const { user } = useSession()
  if (!user) throw new Error('useUser without a logged-in user')
  return user
}
