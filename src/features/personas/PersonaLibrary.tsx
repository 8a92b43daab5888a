// The persona library, a modal dialog reachable from the home screen and from a board:
// the list of personas, the form of one, and — opened from a board — the personas that
// board is drawn for. Escape closes it (after asking, when a form has unsaved changes).
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import {
  addBoardPersona,
  moveBoardPersona,
  onePersonaOnly,
  RECOMMENDED_MAX_PERSONAS,
  removeBoardPersona,
  withoutPersona,
  withPersonaAt,
} from '../../domain/personas'
import type { Board, Id, Persona } from '../../domain/types'
import { visibleText } from '../../domain/text'
import { useEditor } from '../../store/editorStore'
import { closePersonaLibrary, editOpenBoard, setOpenBoardPersonas, showLibraryView, usePersonaLibrary, type LibraryView } from './libraryStore'
import { draftOf, PersonaEditor, sameDraft, type Draft } from './PersonaEditor'
import { PersonaAvatar } from './PersonaAvatar'
import { boardsUsing, deletePersona, restorePersona, savePersona, type DeletedPersona } from '../../persistence/personas'
import { endPersonaDraftAfter, flushDrafts, listPersonaDrafts, readPersonaDraft, savePersonaDraft } from '../../persistence/drafts'
import { resumeFocus, resumeForm, type PersonaDraft, type PersonaFormField } from '../../domain/personaDrafts'
import { useBoardUsage, useLibrary } from './usePersonas'
import { Quote } from '../../ui/Quote'

/** The persona draft of an open form. */
const formDraft = (personaId: Id | null, d: { base: Draft; current: Draft; field: PersonaFormField }): PersonaDraft => ({
  personaId,
  form: d.current,
  base: d.base,
  field: d.field,
  at: Date.now(),
})

type Notice = { type: 'saved'; name: string } | { type: 'deleted'; deleted: DeletedPersona; openIndex: number } | { type: 'error'; message: string }

/** The dialog; `onBoard` when it is opened from a board (it then edits that board's personas). */
export function PersonaLibraryHost({ onBoard = false }: { onBoard?: boolean }) {
  const open = usePersonaLibrary((s) => s.open)
  // Leaving the screen closes the library.
  useEffect(() => () => usePersonaLibrary.setState({ open: false, view: { screen: 'list' }, returnFocus: null }), [])
  if (!open) return null
  return createPortal(<LibraryDialog onBoard={onBoard} />, document.body)
}

function LibraryDialog({ onBoard }: { onBoard: boolean }) {
  const { t, i18n } = useTranslation()
  const titleId = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const view = usePersonaLibrary((s) => s.view)
  const library = useLibrary(i18n.language)
  const board = useEditor((s) => (onBoard ? s.board : null))
  const [notice, setNotice] = useState<Notice | null>(null)
  // The form open now: `base` as it opened, `current` as typed, `field` the text field last typed in,
  // `focus` the field it opened focused on (a form given back with a draft: the one left typed in).
  const [draft, setDraft] = useState<{ key: string; base: Draft; current: Draft; field: PersonaFormField; focus?: PersonaFormField } | null>(null)
  const [askDiscard, setAskDiscard] = useState(false)

  const editing: Persona | undefined = view.screen === 'edit' ? library?.find((p) => p.id === view.id) : undefined
  const viewKey = view.screen === 'edit' ? `edit:${view.id}` : view.screen
  // A fresh form for each persona opened (once the library has loaded it), given back as it was
  // typed when a draft was left for it (a closed tab, a killed browser).
  const editingId = editing?.id ?? null
  useEffect(() => {
    if (view.screen === 'list') return setDraft(null)
    if (view.screen === 'edit' && !editing) return // not loaded yet, or deleted (below)
    let cancelled = false
    const base = draftOf(editing)
    void readPersonaDraft(editingId).then((left) => {
      if (cancelled) return
      const resumed = left && resumeForm(base, left)
      if (left && !resumed) savePersonaDraft(editingId, null) // saved before the tab went away
      setDraft((d) => {
        if (d?.key === viewKey) return d
        if (!left || !resumed) return { key: viewKey, base, current: base, field: 'name' }
        const focus = resumeFocus(base, left)
        return { key: viewKey, base, current: resumed, field: focus, focus }
      })
    })
    return () => {
      cancelled = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `editing` is read once per persona opened
  }, [viewKey, editingId, view.screen])

  useEffect(() => {
    if (view.screen === 'edit' && library && !editing) showLibraryView({ screen: 'list' }) // deleted meanwhile
  }, [view.screen, library, editing])

  // What is typed is kept as the persona's draft while typed; typed back to what it was: no draft.
  useEffect(() => {
    if (!draft || draft.key !== viewKey || view.screen === 'list') return
    savePersonaDraft(editingId, sameDraft(draft.base, draft.current) ? null : formDraft(editingId, draft))
  }, [draft, viewKey, view.screen, editingId])
  // A tab going away writes the waiting draft at once (and journals it synchronously).
  useEffect(() => {
    const onHide = () => void flushDrafts()
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onHide)
      void flushDrafts()
    }
  }, [])

  useEffect(() => {
    const d = ref.current
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal()
      else d.setAttribute('open', '')
    }
  }, [])

  const dirty = !!draft && view.screen !== 'list' && !sameDraft(draft.base, draft.current)
  // Escape or × while a save is under way closes the library once it is written.
  const saving = useRef<{ closeAfter: boolean } | null>(null)
  const requestClose = () => {
    if (saving.current) saving.current.closeAfter = true
    else if (dirty && !askDiscard) setAskDiscard(true)
    else closePersonaLibrary()
  }
  // The form's changes are dropped on purpose (Cancel, Discard): so is its draft.
  const discardDraft = () => {
    if (view.screen !== 'list') savePersonaDraft(editingId, null)
  }
  const discardAndClose = () => {
    discardDraft()
    closePersonaLibrary()
  }
  const cancel = () => {
    discardDraft()
    backToList()
  }
  const backToList = () => {
    setAskDiscard(false)
    if (view.screen === 'edit') lastEdited.current = view.id
    showLibraryView({ screen: 'list' })
  }

  // Escape is taken before anything else sees it (the board has its own Escape), wherever
  // the focus is — even on nothing, after the form it was in has gone.
  const onEscape = useRef<() => void>(() => {})
  onEscape.current = () => (askDiscard ? setAskDiscard(false) : requestClose())
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return
      e.preventDefault()
      e.stopPropagation()
      onEscape.current()
    }
    document.addEventListener('keydown', onKey, true)
    return () => document.removeEventListener('keydown', onKey, true)
  }, [])

  // Back on the list, the focus goes to the persona just edited (or to "New persona").
  const lastEdited = useRef<Id | null>(null)
  const firstView = useRef(true)
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false
      return
    }
    if (view.screen !== 'list') return
    const d = ref.current
    const target =
      (lastEdited.current && d?.querySelector<HTMLElement>(`[data-persona-id="${CSS.escape(lastEdited.current)}"] .persona-edit`)) ||
      d?.querySelector<HTMLElement>('.persona-new')
    lastEdited.current = null
    target?.focus()
  }, [view.screen])

  const save = async (p: Persona) => {
    const run = (saving.current = { closeAfter: false })
    try {
      // The form stays the draft until the persona's write is on disk, then the draft goes.
      const written = savePersona(p)
      endPersonaDraftAfter(editingId, draft ? formDraft(editingId, draft) : null, written)
      await written
    } finally {
      saving.current = null
    }
    // A board with no persona yet is drawn for the first one created from it.
    if (onBoard && board && view.screen === 'new' && !(board.personaIds ?? []).length) setOpenBoardPersonas([p.id])
    if (run.closeAfter) return closePersonaLibrary()
    setNotice({ type: 'saved', name: p.name })
    backToList()
  }

  const title =
    view.screen === 'new'
      ? t('personas.newPersonaTitle')
      : view.screen === 'edit' && editing
        ? t('personas.editTitle', { name: editing.name })
        : t('personas.title')

  return (
    <dialog
      ref={ref}
      className="dialog persona-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        requestClose()
      }}
      onClose={() => usePersonaLibrary.getState().open && closePersonaLibrary()}
      onKeyDown={(e) => {
        // keys typed here never reach the board's shortcuts (Delete, arrows, undo…)
        e.stopPropagation()
      }}
    >
      <header className="persona-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-btn" aria-label={t('personas.close')} onClick={requestClose}>
          ×
        </button>
      </header>
      {askDiscard && (
        <div className="banner persona-discard" role="alert">
          <span>{t('personas.discard')}</span>
          <button type="button" className="danger" onClick={discardAndClose}>
            {t('personas.discardYes')}
          </button>
          <button type="button" autoFocus onClick={() => setAskDiscard(false)}>
            {t('personas.keepEditing')}
          </button>
        </div>
      )}
      {notice && view.screen === 'list' && <NoticeBar notice={notice} onBoard={onBoard} onDone={() => setNotice(null)} />}
      {view.screen !== 'list' && draft && draft.key === viewKey ? (
        <PersonaEditor
          persona={editing}
          draft={draft.current}
          focus={draft.focus}
          onChange={(current, field) => setDraft({ ...draft, current, field: field ?? draft.field })}
          onSave={save}
          onCancel={cancel}
        />
      ) : view.screen === 'list' ? (
        <LibraryList library={library} board={board} onNotice={setNotice} />
      ) : null}
    </dialog>
  )
}

function NoticeBar({ notice, onBoard, onDone }: { notice: Notice; onBoard: boolean; onDone: () => void }) {
  const { t } = useTranslation()
  if (notice.type === 'error')
    return (
      <div className="banner banner-error" role="alert">
        <span>{notice.message}</span>
        <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={onDone}>
          ×
        </button>
      </div>
    )
  if (notice.type === 'saved')
    return (
      <div className="banner" role="status">
        <span>{t('personas.saved', { name: notice.name })}</span>
      </div>
    )
  const undo = async () => {
    const openId = onBoard ? useEditor.getState().board?.id : undefined
    await restorePersona(notice.deleted, openId)
    if (openId && notice.openIndex >= 0) editOpenBoard((b) => withPersonaAt(b, notice.deleted.persona.id, notice.openIndex))
    onDone()
  }
  return (
    <div className="banner" role="status">
      <span>{t('personas.deleted', { name: notice.deleted.persona.name })}</span>
      <button type="button" onClick={() => void undo()}>
        {t('personas.undo')}
      </button>
    </div>
  )
}

function LibraryList({ library, board, onNotice }: { library: Persona[] | undefined; board: Board | null; onNotice: (n: Notice | null) => void }) {
  const { t } = useTranslation()
  const usage = useBoardUsage()
  // Persona forms left unsaved by a closed tab (each opens again, as typed, from Edit / New persona).
  const [drafts, setDrafts] = useState<PersonaDraft[]>([])
  useEffect(() => {
    let cancelled = false
    void listPersonaDrafts().then((d) => !cancelled && setDrafts(d))
    return () => {
      cancelled = true
    }
  }, [])
  const draftFor = (p: Persona) => drafts.find((d) => d.personaId === p.id && resumeForm(draftOf(p), d))
  const [confirm, setConfirm] = useState<{ id: Id; count: number } | null>(null)
  const boardIds = useMemo(() => board?.personaIds ?? [], [board?.personaIds])
  const byId = useMemo(() => new Map((library ?? []).map((p) => [p.id, p])), [library])

  const askDelete = async (p: Persona) => {
    const stored = await boardsUsing(p.id)
    // the open board counts even before its autosave has written the change
    const ids = new Set(stored.map((b) => b.id))
    if (board?.personaIds?.includes(p.id)) ids.add(board.id)
    else if (board) ids.delete(board.id)
    setConfirm({ id: p.id, count: ids.size })
  }
  const doDelete = async (p: Persona) => {
    setConfirm(null)
    try {
      const openIndex = board?.personaIds?.indexOf(p.id) ?? -1
      const deleted = await deletePersona(p.id, board?.id)
      if (board && openIndex >= 0) editOpenBoard((b) => withoutPersona(b, p.id))
      if (deleted) onNotice({ type: 'deleted', deleted, openIndex })
    } catch (err) {
      onNotice({ type: 'error', message: t('personas.storageError', { message: (err as Error)?.message ?? String(err) }) })
    }
  }

  const one = board ? onePersonaOnly(board.kind) : false
  const use = (p: Persona) => board && setOpenBoardPersonas(addBoardPersona(board.kind, boardIds, p.id, !!p.primary))

  return (
    <div className="persona-library">
      {board && (
        <section className="persona-board-section" aria-labelledby="persona-on-board">
          <h3 id="persona-on-board">{t('personas.onBoard')}</h3>
          <p className="muted small">{one ? t('personas.onBoardHintOne', { kind: t(`kind.${board.kind}`) }) : t('personas.onBoardHint')}</p>
          {boardIds.length === 0 ? (
            <p className="persona-none">{t('personas.noneOnBoard')}</p>
          ) : (
            <ol className="persona-board-list">
              {boardIds.map((id, i) => {
                const p = byId.get(id)
                if (!p) return null
                return (
                  <li key={id}>
                    <PersonaAvatar persona={p} size={36} />
                    <span className="persona-board-name" dir="auto">
                      {visibleText(p.name)}
                    </span>
                    {i === 0 && !one && <span className="persona-badge is-main">{t('personas.mainPersona')}</span>}
                    <span className="toolbar-gap" />
                    {!one && (
                      <>
                        <button
                          type="button"
                          className="icon-btn"
                          aria-label={t('personas.moveUp', { name: p.name })}
                          disabled={i === 0}
                          onClick={() => setOpenBoardPersonas(moveBoardPersona(boardIds, id, -1))}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="icon-btn"
                          aria-label={t('personas.moveDown', { name: p.name })}
                          disabled={i === boardIds.length - 1}
                          onClick={() => setOpenBoardPersonas(moveBoardPersona(boardIds, id, 1))}
                        >
                          ↓
                        </button>
                      </>
                    )}
                    <button
                      type="button"
                      className="icon-btn"
                      aria-label={t('personas.removeFromBoard', { name: p.name })}
                      onClick={() => setOpenBoardPersonas(removeBoardPersona(boardIds, id))}
                    >
                      ×
                    </button>
                  </li>
                )
              })}
            </ol>
          )}
        </section>
      )}
      <div className="persona-library-head">
        <h3>{t('personas.library')}</h3>
        <button type="button" className="primary persona-new" onClick={() => showLibraryView({ screen: 'new' })}>
          + {t('personas.newPersona')}
        </button>
      </div>
      {drafts.some((d) => d.personaId === null) && <p className="muted small persona-new-draft">✎ {t('personas.newDraftKept')}</p>}
      {library && library.length === 0 && <p className="empty">{t('personas.empty')}</p>}
      {library && library.length > RECOMMENDED_MAX_PERSONAS && <p className="muted small">{t('personas.recommended')}</p>}
      <ul className="persona-list" aria-label={t('personas.library')}>
        {library?.map((p) => {
          const count = usage?.get(p.id) ?? 0
          const here = boardIds.includes(p.id)
          const meta = [p.role, p.age !== undefined ? t('personas.ageYears', { count: p.age }) : ''].filter(Boolean).join(' · ')
          return (
            <li key={p.id} className="persona-item" data-persona-id={p.id}>
              <PersonaAvatar persona={p} size={64} />
              <div className="persona-item-text">
                <div className="persona-item-title">
                  <strong className="persona-name" dir="auto">
                    {visibleText(p.name)}
                  </strong>
                  <span className={`persona-badge ${p.primary ? 'is-primary' : ''}`}>{p.primary ? t('personas.primary') : t('personas.secondary')}</span>
                </div>
                {meta && <div className="muted small">{meta}</div>}
                {draftFor(p) && (
                  <div className="persona-badge is-draft" title={t('personas.draftKeptHint')}>
                    ✎ {t('personas.draftKept')}
                  </div>
                )}
                {p.quote && <Quote className="persona-quote small" text={p.quote} />}
                <div className="muted small">{count ? t('personas.usedBy', { count }) : t('personas.unused')}</div>
              </div>
              <div className="persona-item-actions">
                {board &&
                  (here ? (
                    <span className="persona-badge is-here">✓ {t('personas.usedHere')}</span>
                  ) : (
                    <button
                      type="button"
                      aria-label={one && boardIds.length ? t('personas.useInsteadNamed', { name: p.name }) : t('personas.useNamed', { name: p.name })}
                      onClick={() => use(p)}
                    >
                      {one && boardIds.length ? t('personas.useInstead') : t('personas.use')}
                    </button>
                  ))}
                <button
                  type="button"
                  className="persona-edit"
                  aria-label={t('personas.editNamed', { name: p.name })}
                  onClick={() => showLibraryView({ screen: 'edit', id: p.id })}
                >
                  {t('personas.edit')}
                </button>
                <button type="button" className="danger" aria-label={t('personas.deleteNamed', { name: p.name })} onClick={() => void askDelete(p)}>
                  {t('common.delete')}
                </button>
              </div>
              {confirm?.id === p.id && (
                <div className="persona-confirm" role="alert">
                  <span>
                    {confirm.count ? t('personas.confirmDeleteUsed', { name: p.name, count: confirm.count }) : t('personas.confirmDelete', { name: p.name })}
                  </span>
                  <div className="button-row">
                    <button type="button" className="danger" autoFocus onClick={() => void doDelete(p)}>
                      {t('personas.confirmDeleteButton')}
                    </button>
                    <button type="button" onClick={() => setConfirm(null)}>
                      {t('personas.keep')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

export type { LibraryView }
