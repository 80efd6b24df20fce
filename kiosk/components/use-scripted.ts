import { useEffect, useState } from 'preact/hooks'

/**
 * Whether the page's script runs: false on the server and in the first
 * render that hydrates its markup (so that markup hydrates unchanged), true
 * from then on. What only a script can do is offered only when it is true.
 */
export function useScripted(): boolean {
  const [scripted, setScripted] = useState(false)
  useEffect(() => setScripted(true), [])
  return scripted
}
