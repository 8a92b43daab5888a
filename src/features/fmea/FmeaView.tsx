// The worst-case scenario as a table over the board: one row per possible failure, the most
// critical first, those at or above the threshold marked "to treat" (symbol, word and
// colour). Every FMEA cell is edited in place; each commit is one undoable edit.
// It is a non-modal dialog docked at the bottom, so the board stays visible and clickable
// above it (a row's card name selects and shows that card).
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_FMEA_THRESHOLD, fmeaRows, type FmeaField, type FmeaRow } from '../../domain/methods/fmea'
import { setBoardField } from '../../domain/operations'
import type { Board, Id } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { Symbol } from '../../ui/icons'
import { CRITICAL_COLOR, Criticality, ScoreCell, TextCell } from './cells'
import {
  addFailure,
  clearRevised,
  parseThreshold,
  removeFailure,
  setFailureText,
  setScore,
  THRESHOLD_MAX,
  THRESHOLD_MIN,
  type FmeaTextField,
} from './fmeaEdits'
import { cardName, cardOption, fieldName, REVISED_FIELDS, SCORE_FIELDS, shortName } from './labels'

const apply = (op: (b: Board) => Board) => useEditor.getState().apply(op)

interface CellError {
  cellKey: string
  text: string
}

export function FmeaView({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)
  const titleId = useId()
  const summaryId = useId()
  const errorId = useId()
  const dialog = useRef<HTMLDivElement>(null)
  const addSelect = useRef<HTMLSelectElement>(null)
  const [error, setError] = useState<CellError | null>(null)
  const [focusCell, setFocusCell] = useState<string | null>(null)
  // Re-sorting after an edit may move the focused row: remember the last focused cell and
  // put focus back on it when the browser dropped it.
  const lastCell = useRef<string | null>(null)

  useEffect(() => {
    dialog.current?.focus()
  }, [])
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- after every render on purpose; it sets state only when focusCell is set
  useLayoutEffect(() => {
    const root = dialog.current
    if (!root) return
    const wanted = focusCell ?? (document.activeElement === document.body || !document.activeElement ? lastCell.current : null)
    if (!wanted) return
    const el = root.querySelector<HTMLElement>(`[data-cell="${CSS.escape(wanted)}"]`)
    if (el && document.activeElement !== el) el.focus()
    if (focusCell) setFocusCell(null)
  })

  if (!board) return null
  const threshold = board.fmeaThreshold ?? DEFAULT_FMEA_THRESHOLD
  const rows = fmeaRows(board, threshold)
  const toTreat = rows.filter((r) => r.aboveThreshold).length
  const free = board.stages.flatMap((s) => board.cards.filter((c) => c.stageId === s.id && !c.fmea))

  const invalid = (cellKey: string, text: string) => setError({ cellKey, text })
  const valid = (cellKey: string) => setError((e) => (e?.cellKey === cellKey ? null : e))

  const commitThreshold = (text: string): boolean => {
    const n = parseThreshold(text)
    if (n === null) {
      invalid('threshold', t('fmeaView.thresholdInvalid'))
      return false
    }
    valid('threshold')
    if (n !== threshold) apply((b) => setBoardField(b, 'fmeaThreshold', n))
    return true
  }

  const add = (id: Id) => {
    if (!id) return
    apply((b) => addFailure(b, id))
    setFocusCell(`${id}:failure`)
  }
  const remove = (row: FmeaRow) => {
    apply((b) => removeFailure(b, row.cardId))
    setError((e) => (e?.cellKey.startsWith(row.cardId + ':') ? null : e))
    addSelect.current?.focus()
  }
  const showCard = (row: FmeaRow) => {
    const st = useEditor.getState()
    st.select([row.cardId])
    st.setCursor({ stageId: row.stageId, laneId: row.laneId, cardId: row.cardId })
  }

  return (
    <div
      ref={dialog}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className="fmea-sheet"
      tabIndex={-1}
      onFocus={(e) => {
        const key = (e.target as HTMLElement).dataset?.cell
        if (key) lastCell.current = key
      }}
      onBlur={(e) => {
        // Focus leaving for somewhere else on the page: forget the cell (no focus stealing).
        if (e.relatedTarget && !dialog.current?.contains(e.relatedTarget as Node)) lastCell.current = null
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault()
          e.stopPropagation()
          onClose()
        }
      }}
    >
      {/* not a <header>: in a dialog on <body>, that would be a second banner landmark */}
      <div className="fmea-head">
        <h2 id={titleId}>
          <Symbol name="critical" color={CRITICAL_COLOR} size={20} /> {t('methods.fmea.title')}
        </h2>
        <p id={summaryId} className="fmea-summary">
          <span>{t('fmeaView.rowCount', { count: rows.length })}</span>
          <span className={`fmea-count ${toTreat ? 'is-critical' : ''}`} data-testid="fmea-to-treat">
            {toTreat > 0 && <Symbol name="critical" color={CRITICAL_COLOR} />} {t('fmeaView.toTreatCount', { count: toTreat, threshold })}
          </span>
        </p>
        <ThresholdInput threshold={threshold} onCommit={commitThreshold} invalid={error?.cellKey === 'threshold'} errorId={errorId} />
        <label className="fmea-add">
          <span className="sr-only">{t('fmeaView.addFailure')}</span>
          <select ref={addSelect} value="" disabled={free.length === 0} onChange={(e) => add(e.target.value)} data-testid="fmea-add">
            <option value="">
              {board.cards.length === 0 ? t('fmeaView.noCards') : free.length === 0 ? t('fmeaView.noCardLeft') : `+ ${t('fmeaView.addFailurePick')}`}
            </option>
            {free.map((c) => (
              <option key={c.id} value={c.id}>
                {cardOption(t, board, c)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="icon-btn fmea-close" aria-label={t('fmeaView.close')} title={t('fmeaView.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p id={errorId} role="alert" className={error ? 'error-text fmea-error' : 'sr-only'}>
        {error?.text ?? ''}
      </p>
      <div className="fmea-scroll">
        {rows.length === 0 ? (
          <p className="muted fmea-empty">{board.cards.length === 0 ? t('fmeaView.noCards') : t('fmeaView.empty')}</p>
        ) : (
          <table className="fmea-table">
            <caption className="sr-only">{t('methods.fmea.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fmeaView.stage')}</th>
                <th scope="col">{t('fmeaView.card')}</th>
                <th scope="col">{t('methods.fmea.failure')}</th>
                <th scope="col">{t('methods.fmea.cause')}</th>
                {SCORE_FIELDS.map((f) => (
                  <ScoreHeading key={f} short={shortName(t, f)} full={fieldName(t, f)} />
                ))}
                <ScoreHeading short={t('fmeaView.C')} full={t('methods.fmea.criticality')} className="fmea-c" />
                <th scope="col">{t('methods.fmea.actions')}</th>
                {REVISED_FIELDS.map((f) => (
                  <ScoreHeading key={f} short={shortName(t, f)} full={fieldName(t, f)} className="fmea-revised" />
                ))}
                <ScoreHeading short={t('fmeaView.C2')} full={t('fmeaView.revisedCriticality')} className="fmea-c fmea-revised" />
                <td />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row
                  key={row.cardId}
                  row={row}
                  errorId={errorId}
                  onInvalid={invalid}
                  onValid={valid}
                  onShow={() => showCard(row)}
                  onRemove={() => remove(row)}
                />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  )
}

function ScoreHeading({ short, full, className }: { short: string; full: string; className?: string }) {
  return (
    <th scope="col" className={`fmea-num ${className ?? ''}`} title={full}>
      <span aria-hidden>{short}</span>
      <span className="sr-only">{full}</span>
    </th>
  )
}

function ThresholdInput({
  threshold,
  onCommit,
  invalid,
  errorId,
}: {
  threshold: number
  onCommit: (text: string) => boolean
  invalid: boolean
  errorId: string
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(String(threshold))
  useEffect(() => setDraft(String(threshold)), [threshold])
  const commit = () => {
    if (draft === String(threshold) && !invalid) return
    onCommit(draft)
  }
  return (
    <label className="fmea-threshold" title={t('fmeaView.thresholdHint')}>
      {t('methods.fmea.threshold')} (C ≥)
      <input
        type="number"
        min={THRESHOLD_MIN}
        max={THRESHOLD_MAX}
        step={1}
        inputMode="numeric"
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        data-cell="threshold"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commit()
          } else if (e.key === 'Escape' && draft !== String(threshold)) {
            e.preventDefault()
            setDraft(String(threshold))
            onCommit(String(threshold))
          }
        }}
      />
    </label>
  )
}

function Row({
  row,
  errorId,
  onInvalid,
  onValid,
  onShow,
  onRemove,
}: {
  row: FmeaRow
  errorId: string
  onInvalid: (cellKey: string, text: string) => void
  onValid: (cellKey: string) => void
  onShow: () => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const name = cardName(t, row.cardText)
  const id = row.cardId
  const label = (field: string) => t('fmeaView.cell', { field, card: name })
  const text = (field: FmeaTextField, value: string) => (
    <td>
      <TextCell
        value={value}
        label={label(t(`methods.fmea.${field}`))}
        cellKey={`${id}:${field}`}
        onCommit={(v) => apply((b) => setFailureText(b, id, field, v))}
      />
    </td>
  )
  const score = (field: FmeaField, value: number | undefined) => (
    <td className="fmea-num">
      <ScoreCell
        value={value}
        label={label(fieldName(t, field))}
        cellKey={`${id}:${field}`}
        errorId={errorId}
        onCommit={(n) => apply((b) => setScore(b, id, field, n))}
        onClear={field.startsWith('revised.') ? () => apply((b) => clearRevised(b, id)) : undefined}
        onInvalid={(typed) => onInvalid(`${id}:${field}`, t('fmeaView.scoreInvalid', { field: fieldName(t, field), card: name, value: typed }))}
        onValid={() => onValid(`${id}:${field}`)}
      />
    </td>
  )
  const r = row.revised
  return (
    <tr className={row.aboveThreshold ? 'is-critical' : undefined} data-testid="fmea-row" data-card-id={id}>
      <td className="fmea-stage">{row.stageName}</td>
      <th scope="row" className="fmea-card">
        <button type="button" className="link-btn" onClick={onShow} title={t('fmeaView.showCard', { card: name })}>
          {name}
        </button>
      </th>
      {text('failure', row.failure)}
      {text('cause', row.cause)}
      {score('severity', row.G)}
      {score('probability', row.P)}
      {score('detection', row.D)}
      <td className="fmea-num fmea-c">
        <Criticality value={row.C} above={row.aboveThreshold} />
      </td>
      {text('actions', row.actions)}
      {score('revised.severity', r?.G)}
      {score('revised.probability', r?.P)}
      {score('revised.detection', r?.D)}
      <td className="fmea-num fmea-c">
        {r ? (
          <Criticality value={r.C} above={r.aboveThreshold} />
        ) : (
          <span className="muted small" title={t('fmeaView.revisedHint')}>
            —
          </span>
        )}
      </td>
      <td>
        <button
          type="button"
          className="icon-btn danger"
          aria-label={t('fmeaView.remove', { card: name })}
          title={t('fmeaView.remove', { card: name })}
          onClick={onRemove}
        >
          ×
        </button>
      </td>
    </tr>
  )
}
