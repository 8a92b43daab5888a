// The board toolbar's Scores menu (scores table, relationship scores, survey import, customer
// mapping, the status symbols' style), the entry of a stage's ⋯ menu, and the dialogs they open.
import { useEffect, useRef, useState } from 'react'
import { lazyComponent } from '../../ui/lazyComponent'
import { useTranslation } from 'react-i18next'
import { SCORE_SYMBOLS, type ScoreSymbols } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { Symbol, UiIcon } from '../../ui/icons'
import { STATUS_COLORS, statusSymbol } from '../../ui/scoreSymbols'
import { Dialog } from './Dialog'
import { ScoreEditor } from './ScoreEditor'
import { closeScoresDialog, openScoresDialog, useScoresUi } from './ui'

// the table, the survey import and the customer mapping (with their CSV and chart libraries)
// come when opened, not with the app
const ScoresTable = lazyComponent(() => import('./ScoresTable').then((m) => m.ScoresTable))
const SurveyImport = lazyComponent(() => import('./SurveyImport').then((m) => m.SurveyImport))
const CustomerMapping = lazyComponent(() => import('./CustomerMapping').then((m) => m.CustomerMapping))

export function ScoresTool() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  const symbols = useEditor((s) => s.board?.scoreSymbols ?? 'traffic')
  // the style just picked, until the board's edit holds it
  const [chosen, setChosen] = useState<string | null>(null)
  const notice = useScoresUi((s) => s.notice)
  useEffect(() => {
    if (!open) return
    const onDown = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && setOpen(false)
    document.addEventListener('pointerdown', onDown)
    return () => document.removeEventListener('pointerdown', onDown)
  }, [open])
  // leaving the board closes any scores dialog
  useEffect(() => () => useScoresUi.setState({ dialog: null, notice: '' }), [])
  const pick = (fn: () => void) => () => {
    setOpen(false)
    fn()
  }
  return (
    <div className="menu scores-tool" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('scores.tool')} <UiIcon name="caret" size={12} />
      </button>
      {open && (
        <div className="menu-pop" role="menu" aria-label={t('scores.toolMenu')}>
          <button role="menuitem" onClick={pick(() => openScoresDialog({ view: 'table' }))}>
            {t('scores.table')}
          </button>
          <button role="menuitem" onClick={pick(() => openScoresDialog({ view: 'subject', subject: { board: true } }))}>
            {t('scores.boardScores')}
          </button>
          <button role="menuitem" onClick={pick(() => openScoresDialog({ view: 'import' }))}>
            {t('scores.importOpen')}
          </button>
          <button role="menuitem" onClick={pick(() => openScoresDialog({ view: 'mapping' }))}>
            {t('scores.mappingOpen')}
          </button>
          <fieldset className="menu-field scores-symbols">
            <legend>{t('scores.symbols')}</legend>
            {SCORE_SYMBOLS.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="score-symbols"
                  checked={(chosen ?? symbols) === s}
                  onChange={() => {
                    // checked at once; the score edits (and the customer mapping's with them)
                    // come when first used, and the board's edit follows
                    setChosen(s)
                    void import('../../domain/methods/scoreEdits')
                      .then(({ setScoreSymbols }) => useEditor.getState().apply((b) => setScoreSymbols(b, s as ScoreSymbols)))
                      .finally(() => setChosen(null))
                  }}
                />
                <span aria-hidden className="symbols-sample">
                  {(['met', 'near', 'missed'] as const).map((st) => (
                    <Symbol key={st} name={statusSymbol(s, st)} color={STATUS_COLORS[st]} size={15} />
                  ))}
                </span>
                {t(`methods.score.symbols.${s}`)}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      <span className="sr-only" role="status">
        {notice}
      </span>
      <ScoresDialogs />
    </div>
  )
}

function ScoresDialogs() {
  const { t } = useTranslation()
  const dialog = useScoresUi((s) => s.dialog)
  const board = useEditor((s) => s.board)
  if (!dialog || !board) return null
  if (dialog.view === 'table') return <ScoresTable board={board} onClose={closeScoresDialog} />
  if (dialog.view === 'import') return <SurveyImport onClose={closeScoresDialog} />
  if (dialog.view === 'mapping') return <CustomerMapping board={board} onClose={closeScoresDialog} />
  const s = dialog.subject
  const stage = 'stageId' in s ? board.stages.find((x) => x.id === s.stageId) : undefined
  if ('stageId' in s && !stage) return null
  if ('cardId' in s) return null
  const title = stage ? t('scores.stageTitle', { stage: stage.name }) : t('scores.boardTitle')
  return (
    <Dialog title={title} onClose={closeScoresDialog}>
      <ScoreEditor board={board} subject={s} headingLevel={3} />
    </Dialog>
  )
}

/** "Scores of this stage…" in a stage's ⋯ menu. */
export function StageScoresItem({ stageId, close }: { stageId: string; close: () => void }) {
  const { t } = useTranslation()
  return (
    <button type="button" onClick={() => (close(), openScoresDialog({ view: 'subject', subject: { stageId } }))}>
      {t('scores.stageMenu')}
    </button>
  )
}
