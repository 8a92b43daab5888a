import './app/earlyRead'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-600.css'
import '@fontsource/inter/latin-700.css'
import '@fontsource/inter/latin-ext-400.css'
import '@fontsource/inter/latin-ext-600.css'
import '@xyflow/react/dist/style.css'
import './index.css'
import { setValueEscape } from './i18n'
import { withoutHiddenCharacters } from './domain/text'
import './features/register'
import { Root } from './app/App'
import { startServiceWorker } from './app/serviceWorker'
import { earlyReadDone } from './persistence/earlyRead'

performance.mark?.('parcours:script')
// A title or a name put in a message, a label or a notice can't lie (bidi controls, invisible characters).
setValueEscape(withoutHiddenCharacters)

// A board's page is first drawn once the board has been read (the early read, app/earlyRead.ts:
// a moment) — the board then, not "Loading…" then the board — but never later than READ_WAIT_MS
// (a large board, a slow disk: "Loading…" and its progress are shown meanwhile).
const READ_WAIT_MS = 150
void earlyReadDone(READ_WAIT_MS).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  ),
)
// The offline copy is installed once the page is loaded and idle: its code and the worker's
// downloads never compete with the first view of a board.
const whenIdle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 1000))
if (document.readyState === 'complete') whenIdle(() => void startServiceWorker())
else window.addEventListener('load', () => whenIdle(() => void startServiceWorker()), { once: true })
