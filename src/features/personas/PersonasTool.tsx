// The "Personas" buttons: in the home screen's header and in the board toolbar. Each hosts
// the library dialog for its screen.
import { useTranslation } from 'react-i18next'
import { lazyComponent } from '../../ui/lazyComponent'
import { useEditor } from '../../store/editorStore'
import { openPersonaLibrary, usePersonaLibrary } from './libraryStore'
import { formatNumber } from '../../i18n'

// the library and its editor come when the library is first opened, not with the app
const LibraryHost = lazyComponent(() => import('./PersonaLibrary').then((m) => m.PersonaLibraryHost))

function PersonaLibraryHost({ onBoard }: { onBoard?: boolean }) {
  const open = usePersonaLibrary((s) => s.open)
  return open ? <LibraryHost onBoard={onBoard} /> : null
}

function PersonasButton({ count }: { count?: number }) {
  const { t } = useTranslation()
  const open = usePersonaLibrary((s) => s.open)
  return (
    <button
      type="button"
      className="personas-tool"
      aria-haspopup="dialog"
      aria-expanded={open}
      title={t('personas.openHint')}
      onClick={() => openPersonaLibrary()}
    >
      {t('personas.open')}
      {!!count && (
        <span className="personas-tool-count" aria-hidden>
          {formatNumber(count)}
        </span>
      )}
    </button>
  )
}

export function PersonasHomeTool() {
  return (
    <>
      <PersonasButton />
      <PersonaLibraryHost />
    </>
  )
}

export function PersonasBoardTool() {
  const count = useEditor((s) => s.board?.personaIds?.length ?? 0)
  return (
    <>
      <PersonasButton count={count} />
      <PersonaLibraryHost onBoard />
    </>
  )
}
