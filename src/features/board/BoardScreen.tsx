import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n'
import { ReactFlowProvider } from '@xyflow/react'
import { BoardCanvas } from '../../canvas/BoardCanvas'
import type { BoardLayout } from '../../domain/layout'
import * as ops from '../../domain/operations'
import type { Id } from '../../domain/types'
import { useSaveState } from '../../persistence/session'
import { useEditor } from '../../store/editorStore'
import { LanguageSelect } from '../../ui/LanguageSelect'
import { navigate } from '../../ui/router'
import { UiIcon, type UiIconName } from '../../ui/icons'
import { ExportMenu } from '../export/ExportMenu'
import { downloadBoardFile } from '../export/boardFileExport'
import { action, handleShortcut, type Action } from '../../editor/actions'
import { Inspector } from './Inspector'
import { InlineInput } from '../../canvas/nodes'
import { ConflictNotices } from './ConflictNotices'
import { useBoardSession, currentSession } from './useBoardSession'
import { registeredBoardTools } from './tools'
import { registeredBoardOverlays } from './overlays'
import { takeBoardNotice } from './notices'
import { HelpMenu, ShortcutsDialog } from './ShortcutsDialog'
import { shortcutLabel } from './shortcutsState'
import './storedStrings'
import { visibleText } from '../../domain/text'
import { HiddenCharactersWarning } from './HiddenCharacters'

function ActionButton({ a, className, icon }: { a: Action; className?: string; icon?: UiIconName }) {
  const t = useT()
  // re-render when history changes so enabled state is fresh
  useEditor((s) => s.past.length + s.future.length * 1000 + s.selectedCardIds.length)
  // and when the board changes kind (what applies: no "Add stage" on an empathy map)
  useEditor((s) => s.board?.kind)
  if (a.applies && !a.applies()) return null
  const enabled = a.enabled?.() ?? true
  return (
    <button
      type="button"
      className={icon ? `icon-action ${className ?? ''}` : className}
      onClick={() => a.perform()}
      disabled={!enabled}
      title={a.shortcut ? `${t(a.label)} (${shortcutLabel(a.shortcut, t)})` : t(a.label)}
    >
      {icon ? (
        <>
          <UiIcon name={icon} size={18} />
          <span className="sr-only">{t(a.label)}</span>
        </>
      ) : (
        t(a.label)
      )}
    </button>
  )
}

function SaveIndicator() {
  const t = useT()
  const { status, readOnly } = useSaveState()
  const text = readOnly ? t('stored.readOnly') : status === 'saved' ? t('board.saved') : status === 'saving' ? t('board.saving') : t('board.saveError')
  return (
    <span className={`save-indicator is-${status}`} role="status" aria-live="polite" data-testid="save-status">
      {status === 'saved' && !readOnly ? <UiIcon name="check" /> : <span aria-hidden>{readOnly ? '⊘' : status === 'saving' ? '…' : '⚠'}</span>} {text}
    </span>
  )
}

function StorageBanner() {
  const t = useT()
  const { error, deletedElsewhere, readOnly } = useSaveState()
  const board = useEditor((s) => s.board)
  if (!board || (!error && !deletedElsewhere && !readOnly)) return null
  return (
    <div className="banner banner-error" role="alert">
      <span>{deletedElsewhere ? t('board.deletedElsewhere') : error ? t(`storage.${error}`) : t('stored.newer')}</span>
      <button onClick={() => void downloadBoardFile(board)}>{t('storage.download')}</button>
      {error && <button onClick={() => void currentSession()?.save()}>{t('storage.retry')}</button>}
    </div>
  )
}

function Toolbar() {
  const t = useT()
  const title = useEditor((s) => s.board?.title ?? '')
  return (
    // the page's banner landmark holds the toolbar (a <header> cannot be a toolbar itself)
    <header className="board-header">
      <div className="toolbar" role="toolbar" aria-label={t('board.toolbar')}>
        <button type="button" className="ghost" aria-label={t('common.back')} title={t('common.back')} onClick={() => navigate('#/')}>
          <UiIcon name="back" /> <span className="back-label">{t('common.back')}</span>
        </button>
        <InlineInput
          className="title-input"
          value={title}
          draftTarget={{ box: 'title' }}
          label={t('board.boardTitle')}
          onCommit={(v) => useEditor.getState().apply((b) => ops.renameBoard(b, v.trim() || t('board.untitled')))}
        />
        <HiddenCharactersWarning title={title} />
        <SaveIndicator />
        <span className="toolbar-gap" />
        <ActionButton a={action('undo')} icon="undo" />
        <ActionButton a={action('redo')} icon="redo" />
        <span className="toolbar-sep" />
        <ActionButton a={action('addStage')} />
        <ActionButton a={action('addLane')} />
        <ActionButton a={action('addCard')} className="primary" />
        {registeredBoardTools().map((Tool, i) => (
          <Tool key={i} />
        ))}
        <span className="toolbar-sep" />
        <ExportMenu />
        <HelpMenu />
        <LanguageSelect compact />
      </div>
    </header>
  )
}

export function BoardScreen({ id }: { id: Id }) {
  const t = useT()
  const state = useBoardSession(id)
  const layoutRef = useRef<BoardLayout | null>(null)
  const board = useEditor((s) => s.board)
  const presenting = useEditor((s) => s.presenting)
  const [notice] = useState(() => takeBoardNotice(id))

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => void handleShortcut(e)
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  useEffect(() => {
    if (board) document.title = `${visibleText(board.title) || t('board.untitled')} — Parcours`
  }, [board?.title]) // eslint-disable-line react-hooks/exhaustive-deps

  if (state.status === 'missing') {
    return (
      <main className="centered">
        <p role="alert">{t('board.notFound')}</p>
        <button onClick={() => navigate('#/')}>{t('common.back')}</button>
      </main>
    )
  }
  if (state.status === 'unreadable') {
    return (
      <main className="centered">
        <div role="alert">
          <p>{t('board.unreadable')}</p>
          <p className="small mono">{t('boundary.failed', { message: state.message })}</p>
        </div>
        <div className="button-row">
          <button onClick={() => location.reload()}>{t('boundary.retry')}</button>
          <button onClick={() => navigate('#/')}>{t('common.back')}</button>
        </div>
      </main>
    )
  }
  if (state.status === 'loading' || !board)
    return (
      <main className="centered" aria-busy="true">
        <p>{t('board.loading')}</p>
        {state.status === 'loading' && state.progress !== undefined && (
          <progress max={1} value={state.progress} aria-label={t('board.loading')} data-testid="open-progress" />
        )}
      </main>
    )
  return (
    <div className={`board-screen ${presenting ? 'is-presenting' : ''}`}>
      {!presenting && <Toolbar />}
      <div className="board-body">
        <main className="board-main">
          <h1 className="sr-only">{visibleText(board.title)}</h1>
          <StorageBanner />
          <ConflictNotices />
          {state.recovered && (
            <div className="banner" role="status">
              {t('board.recovered')}
            </div>
          )}
          {notice && (
            <div className="banner" role="status">
              {notice}
            </div>
          )}
          {state.warnings.length > 0 && (
            <div className="banner" role="status">
              {t('board.restoredWarnings', { list: state.warnings.map((w) => t(`restore.${w.code}`, { count: w.count })).join(' · ') })}
            </div>
          )}
          <ReactFlowProvider>
            <BoardCanvas layoutRef={layoutRef} />
            {registeredBoardOverlays().map((Overlay, i) => (
              <Overlay key={i} layoutRef={layoutRef} />
            ))}
          </ReactFlowProvider>
        </main>
        {!presenting && <Inspector />}
      </div>
      <ShortcutsDialog />
    </div>
  )
}
