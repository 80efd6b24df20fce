import { useEffect, useState } from 'preact/hooks'

// The server renders pages too (Node 20 has no navigator): there, online.
const onLine = () => typeof navigator === 'undefined' || navigator.onLine

/** navigator.onLine, kept current. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(onLine)
  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    addEventListener('online', update)
    addEventListener('offline', update)
    return () => {
      removeEventListener('online', update)
      removeEventListener('offline', update)
    }
  }, [])
  return online
}
