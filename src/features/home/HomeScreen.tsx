import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBoardSummaries } from '../../persistence/hooks'
import type { BoardSummary } from '../../persistence/boards'
import { deleteBoardRow, duplicateBoardRow, putNewBoard, renameBoardRow, undeleteBoard, type DeletedBoard } from '../../persistence/boards'
import { createBoardFromTemplate, TEMPLATES, type TemplateId } from '../../domain/methods/templates'
import { layoutBoard } from '../../domain/layout'
import { isSeparator, type Board } from '../../domain/types'
import { LanguageSelect } from '../../ui/LanguageSelect'
import { boardHref, navigate } from '../../ui/router'
import type { ImportOutcome, ImportProgress } from './importFiles'
import { registeredHomeTools } from './homeTools'
import '../board/storedStrings'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { visibleText } from '../../domain/text'
import { downloadBoardFile } from '../export/boardFileExport'

function Preview({ board, className = 'preview' }: { board: Board; className?: string }) {
  // A miniature of the grid: lanes, separator lines and cards (from the real layout).
  const layout = useMemo(() => layoutBoard(board), [board])
  const w = Math.max(layout.width, 1)
  const h = Math.max(layout.height, 1)
  return (
    <svg className={className} viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="xMidYMid meet" aria-hidden>
      <rect width={w} height={h} fill="#fff" />
      {board.lanes.map((l, i) => {
        const r = layout.lanes.get(l.id)
        if (!r) return null
        return isSeparator(l.role) ? (
          <line key={l.id} x1={0} x2={w} y1={r.y + r.height / 2} y2={r.y + r.height / 2} stroke="#455a64" strokeWidth={6} strokeDasharray="24 12" />
        ) : (
          <rect key={l.id} x={r.x} y={r.y} width={r.width} height={r.height} fill={i % 2 ? '#e3e8ee' : '#f6f8fa'} stroke="#fff" strokeWidth={8} />
        )
      })}
      {[...layout.stages.values()].map((r, i) => (
        <rect key={i} x={r.x + 4} y={r.y + 4} width={Math.max(0, r.width - 8)} height={Math.max(0, r.height - 8)} fill="#cfd8dc" rx={8} />
      ))}
      {[...layout.cards.values()].map((r, i) => (
        <rect key={i} x={r.x} y={r.y} width={r.width} height={r.height} fill="#f5c542" rx={6} />
      ))}
    </svg>
  )
}

function NewBoardForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const [title, setTitle] = useState('')
  const [template, setTemplate] = useState<TemplateId>(TEMPLATES[0].id)
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en'
  const previews = useMemo(
    () =>
      Object.fromEntries(TEMPLATES.map((tpl) => [tpl.id, createBoardFromTemplate(tpl.id, { title: '', lang, t: (k) => t(k) })])) as Record<TemplateId, Board>,
    [lang, t],
  )
  const create = async (e: React.FormEvent) => {
    e.preventDefault()
    const board = createBoardFromTemplate(template, { title: title.trim() || t('board.untitled'), lang, t: (k) => t(k) })
    await putNewBoard(board)
    onDone()
    navigate(boardHref(board.id))
  }
  return (
    <form className="new-board" onSubmit={create} aria-label={t('home.newBoard')}>
      <label className="field">
        {t('board.boardTitle')}
        <input autoFocus value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
      </label>
      <fieldset className="templates">
        <legend>{t('home.template')}</legend>
        {TEMPLATES.map((tpl) => (
          <label key={tpl.id} className={`template ${template === tpl.id ? 'is-on' : ''}`}>
            <input type="radio" name="template" value={tpl.id} checked={template === tpl.id} onChange={() => setTemplate(tpl.id)} />
            <span className="template-name">{t(`methods.template.${tpl.id}.name`)}</span>
            <Preview board={previews[tpl.id]} className="template-preview" />
            <span className="template-desc">{t(`methods.template.${tpl.id}.description`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary">
          {t('common.create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}

/**
 * One board of the list, drawn inside its own error boundary: whatever it computes (its title,
 * date, counts, preview) is computed here, so a failure hides this board only.
 */
function BoardItem({
  row,
  renaming,
  onRenaming,
  onDeleted,
}: {
  row: BoardSummary
  renaming: boolean
  onRenaming: (on: boolean) => void
  onDeleted: (d: DeletedBoard | null) => void
}) {
  const { t, i18n } = useTranslation()
  const date = (ms: number) => (typeof ms === 'number' ? new Date(ms).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) : '')
  const shown = (title: unknown) => shownTitle(title, t)
  return (
    <li className="board-item" data-board-id={row.id}>
      <a href={boardHref(row.id)} className="board-link" aria-label={shown(row.title)}>
        <Preview board={row.board} />
        {!renaming && (
          <span className="board-title" dir="auto">
            {shown(row.title)}
          </span>
        )}
      </a>
      {renaming && (
        <input
          autoFocus
          className="board-title-input"
          aria-label={t('home.renamePrompt')}
          defaultValue={row.title}
          maxLength={500}
          onBlur={(e) => {
            const v = e.target.value.trim()
            if (v && v !== row.title) void renameBoardRow(row.id, v)
            onRenaming(false)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur()
            if (e.key === 'Escape') onRenaming(false)
          }}
        />
      )}
      {row.readOnly && (
        <span className="small newer-tag">
          <span aria-hidden>⊘</span> {t('stored.newerTag')}
        </span>
      )}
      <span className="muted small">
        {t(`kind.${row.kind}`)} · {t('home.stages', { count: row.stageCount })} · {t('home.cards', { count: row.cardCount })}
      </span>
      <span className="muted small">{t('home.lastEdited', { date: date(row.updatedAt) })}</span>
      <div className="button-row" role="group" aria-label={t('home.boardActions', { title: row.title })}>
        <button
          onClick={() => onRenaming(true)}
          aria-label={`${t('common.rename')}: ${shown(row.title)}`}
          disabled={row.readOnly}
          title={row.readOnly ? t('stored.newerAction') : undefined}
        >
          {t('common.rename')}
        </button>
        <button
          onClick={() => void duplicateBoardRow(row.id, t('home.copyOf', { title: row.title }))}
          aria-label={`${t('common.duplicate')}: ${shown(row.title)}`}
          disabled={row.readOnly}
          title={row.readOnly ? t('stored.newerAction') : undefined}
        >
          {t('common.duplicate')}
        </button>
        <button className="danger" onClick={() => void deleteBoardRow(row.id).then(onDeleted)} aria-label={`${t('common.delete')}: ${shown(row.title)}`}>
          {t('common.delete')}
        </button>
      </div>
    </li>
  )
}

/** A title as it reads (no bidi controls or invisible characters), whatever the record holds. */
const shownTitle = (title: unknown, t: (key: string) => string) => (typeof title === 'string' && visibleText(title).trim()) || t('board.untitled')

export function HomeScreen() {
  const { t } = useTranslation()
  // (a board whose title is empty, or was unreadable, is still named in the list)
  const rows = useBoardSummaries()?.map((b) => (b.title ? b : { ...b, title: t('board.untitled') }))
  const [creating, setCreating] = useState(false)
  const [deleted, setDeleted] = useState<DeletedBoard | null>(null)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  const [importing, setImporting] = useState<ImportProgress | null>(null)
  const [dragOver, setDragOver] = useState(false)
  const [renaming, setRenaming] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const runImport = async (files: FileList | File[]) => {
    setDeleted(null) // an Undo offered before the import must not act on what it brought
    setOutcome(null)
    const list = [...files]
    try {
      // the readers of every file kind come when files are imported, not with the app
      const { importFiles } = await import('./importFiles')
      setOutcome(await importFiles(list, setImporting))
    } finally {
      setImporting(null)
    }
  }

  return (
    <main
      className={`home ${dragOver ? 'is-drop' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault()
          setDragOver(true)
        }
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragOver(false)
        if (e.dataTransfer.files.length) void runImport(e.dataTransfer.files)
      }}
    >
      <header className="home-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="muted">{t('app.tagline')}</p>
        </div>
        <div className="button-row">
          <button className="primary" onClick={() => setCreating(true)}>
            {t('home.newBoard')}
          </button>
          <button onClick={() => fileInput.current?.click()}>{t('common.import')}</button>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept=".json,.parcours.json,application/json,.csv,.tsv,.txt,text/csv,text/plain,.xlsx,.xls,.ods"
            multiple
            onChange={(e) => e.target.files && void runImport(e.target.files).then(() => (e.target.value = ''))}
            data-testid="import-input"
          />
          {registeredHomeTools().map((Tool, i) => (
            <Tool key={i} />
          ))}
          <LanguageSelect />
        </div>
      </header>
      {creating && <NewBoardForm onDone={() => setCreating(false)} />}
      {importing && (
        <div className="banner" role="status" data-testid="import-progress">
          <span>{importing.message}</span>
          <progress max={1} value={importing.done} aria-label={importing.message} />
        </div>
      )}
      {outcome && (
        <div className={`banner ${outcome.ok ? '' : 'banner-error'}`} role={outcome.ok ? 'status' : 'alert'}>
          <span>{outcome.message}</span>
          {outcome.boardId && <a href={boardHref(outcome.boardId)}>{t('common.open')}</a>}
          <button className="icon-btn" aria-label={t('common.close')} onClick={() => setOutcome(null)}>
            ×
          </button>
        </div>
      )}
      {deleted && (
        <div className="banner" role="status">
          <span>{t('home.deleted', { title: deleted.title })}</span>
          <button onClick={() => void undeleteBoard(deleted).then(() => setDeleted(null))}>{t('home.undoDelete')}</button>
        </div>
      )}
      <h2>{t('home.title')}</h2>
      <p className="muted small">{t('home.localNote')}</p>
      {rows && rows.length === 0 && <p className="empty">{t('home.empty')}</p>}
      <ul className="board-list">
        {rows?.map((row) => (
          // One board that cannot be drawn shows a notice in its place; the others stay listed.
          <ErrorBoundary
            key={row.id}
            scope="card"
            as="li"
            className="board-item"
            name={shownTitle(row.title, t)}
            onDownload={() => downloadBoardFile(row.board)}
          >
            <BoardItem row={row} renaming={renaming === row.id} onRenaming={(on) => setRenaming(on ? row.id : null)} onDeleted={setDeleted} />
          </ErrorBoundary>
        ))}
      </ul>
      {dragOver && (
        <div className="drop-hint" aria-hidden>
          {t('home.dropHint')}
        </div>
      )}
    </main>
  )
}
