// A component whose code comes with `import()` the first time it is drawn (or preloaded), so the
// app's first load does not carry it (npm run bench: initial JavaScript). Until its code is
// there it draws nothing. Unlike React.lazy it needs no <Suspense>, whose reveal React delays
// with a timer: a screen under a paused clock (a test's, a throttled background tab) would
// never show it.
import { useEffect, useState, type ComponentType } from 'react'

export interface LazyComponent<P> {
  (props: P): React.JSX.Element | null
  /** Start loading the code now (e.g. when the button that opens it shows). */
  preload: () => Promise<ComponentType<P>>
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const preload = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = null // offline with nothing cached: try again next time
        throw e
      },
    ))
  function Lazy(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(() => loaded)
    useEffect(() => {
      if (Loaded) return
      let live = true
      preload().then(
        (c) => live && setLoaded(() => c),
        (e: unknown) => console.error(e),
      )
      return () => {
        live = false
      }
    }, [Loaded])
    return Loaded ? <Loaded {...props} /> : null
  }
  Lazy.preload = preload
  return Lazy
}
