// Is this the narrow screen of a phone? (a participant's view replaces the board there)
import { useEffect, useState } from 'react'

/** Is this the narrow screen of a phone? (the participant view replaces the board there) */
export function usePhoneScreen(): boolean {
  const query = '(max-width: 600px)'
  const [narrow, setNarrow] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches)
  useEffect(() => {
    if (typeof matchMedia !== 'function') return
    const mq = matchMedia(query)
    const on = () => setNarrow(mq.matches)
    mq.addEventListener('change', on)
    return () => mq.removeEventListener('change', on)
  }, [])
  return narrow
}
