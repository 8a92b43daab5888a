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

// A title or a name put in a message, a label or a notice can't lie (bidi controls, invisible characters).
setValueEscape(withoutHiddenCharacters)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
)
void startServiceWorker()
