// From a spreadsheet: paste a copied grid (Ctrl+V anywhere on the home screen, or in this
// dialog's box) and get a board — first row the stages, first column the lanes.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { registerStrings, t as tt } from '../../i18n'
import { boardHref, navigate } from '../../ui/router'
import { registerHomeTool } from './homeTools'
import { setBoardNotice } from '../board/notices'
import { afterPaint } from '../../ui/yieldToPage'

registerStrings('paste', {
  en: {
    open: 'Paste from a spreadsheet',
    title: 'Paste a grid from a spreadsheet',
    box: 'Copied cells (tab-separated)',
    hint: 'Copy cells in Excel or Google Sheets: first row = stages, first column = lanes. Each line of a cell becomes a card.',
    boardTitle: 'Title of the new board',
    create: 'Create the board',
    pasted: 'Pasted grid',
    empty: 'Paste some cells first.',
    reading: 'Reading the grid ({{rows}} rows)…',
    saving: 'Saving {{cards}} cards…',
  },
  fr: {
    open: 'Coller depuis un tableur',
    title: 'Coller une grille depuis un tableur',
    box: 'Cellules copiées (séparées par des tabulations)',
    hint: 'Copiez des cellules dans Excel ou Google Sheets : première ligne = étapes, première colonne = couloirs. Chaque ligne d’une cellule devient une carte.',
    boardTitle: 'Titre du nouveau tableau',
    create: 'Créer le tableau',
    pasted: 'Grille collée',
    empty: 'Collez d’abord des cellules.',
    reading: 'Lecture de la grille ({{rows}} lignes)…',
    saving: 'Enregistrement de {{cards}} cartes…',
  },
})

/** Turn pasted text into a board and open it; returns an error message or null. `onProgress` is told each step (the page paints it). */
export async function createBoardFromGrid(text: string, title: string, lang: 'fr' | 'en', onProgress?: (message: string) => void): Promise<string | null> {
  if (!text.trim()) return tt('paste.empty')
  onProgress?.(tt('paste.reading', { rows: text.split('\n').length.toLocaleString(lang) }))
  // the grid reader (and the file format's code) comes when a grid is pasted, not with the app
  const [{ gridToBoard }, { formatImportError }, { writeImportedBoard }] = await Promise.all([
    import('../io/spreadsheet'),
    import('../io/boardFile'),
    import('./importFiles'),
  ])
  await afterPaint()
  const r = gridToBoard(text, { title: title.trim() || tt('paste.pasted'), lang, delimiter: 'auto' })
  if (!r.ok) return formatImportError(r, tt)
  onProgress?.(tt('paste.saving', { cards: r.board.cards.length.toLocaleString(lang) }))
  await afterPaint()
  const board = await writeImportedBoard(r.board)
  if (r.warnings?.length) setBoardNotice(board.id, tt('home.importWarnings', { list: r.warnings.join(' · ') }))
  navigate(boardHref(board.id))
  return null
}

function SpreadsheetImport() {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const box = useRef<HTMLTextAreaElement>(null)
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en'

  // Ctrl+V on the home screen (outside a text field) pastes a grid straight into a new board.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null
      if (target?.closest?.('input, textarea, [contenteditable="true"]')) return
      const data = e.clipboardData?.getData('text/plain') ?? ''
      if (!data.includes('\t') && !data.includes('\n')) return
      e.preventDefault()
      setOpen(true)
      setText(data)
    }
    document.addEventListener('paste', onPaste)
    return () => document.removeEventListener('paste', onPaste)
  }, [])
  useEffect(() => {
    if (open) box.current?.focus()
  }, [open])

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setError(null)
    try {
      setError(await createBoardFromGrid(text, title, lang, setBusy))
    } finally {
      setBusy(null)
    }
  }
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('paste.open')}
      </button>
      {open && (
        <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <div role="dialog" aria-modal="true" aria-labelledby="paste-title" className="dialog">
            <form className="dialog-form" onSubmit={submit}>
              <h2 id="paste-title">{t('paste.title')}</h2>
              <p className="muted small">{t('paste.hint')}</p>
              <label className="field">
                {t('paste.boardTitle')}
                <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
              </label>
              <label className="field">
                {t('paste.box')}
                <textarea ref={box} rows={8} value={text} onChange={(e) => setText(e.target.value)} className="mono" />
              </label>
              {error && (
                <p role="alert" className="error-text">
                  {error}
                </p>
              )}
              {busy && (
                <p role="status" aria-busy="true">
                  {busy}
                </p>
              )}
              <div className="button-row">
                <button type="submit" className="primary" disabled={!!busy}>
                  {t('paste.create')}
                </button>
                <button type="button" onClick={() => setOpen(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          </div>
        </div>
      )}
    </>
  )
}

registerHomeTool(SpreadsheetImport)
