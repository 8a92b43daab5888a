// The card inspector's section for the worst-case scenario of one step: the same fields as
// the table, C and C′ computed as the user types, and whether the failure is to be treated.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { criticality, DEFAULT_FMEA_THRESHOLD, isAboveThreshold, type FmeaField } from '../../domain/methods/fmea'
import type { Board, Card } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { Symbol } from '../../ui/icons'
import { CRITICAL_COLOR, Criticality, ScoreCell, TextCell } from './cells'
import { addFailure, clearRevised, removeFailure, setFailureText, setScore, type FmeaTextField } from './fmeaEdits'
import { hasFmea } from './FmeaTool'
import { fieldName, REVISED_FIELDS, SCORE_FIELDS } from './labels'
import { formatNumber } from '../../i18n'

const apply = (op: (b: Board) => Board) => useEditor.getState().apply(op)

export function FmeaPanel({ board, card }: { board: Board; card: Card }) {
  if (!hasFmea(board)) return null
  // A fresh panel per card, so that no draft or message carries over to another card.
  return <CardFmea key={card.id} board={board} card={card} />
}

function CardFmea({ board, card }: { board: Board; card: Card }) {
  const { t } = useTranslation()
  const headingId = useId()
  const errorId = useId()
  const [error, setError] = useState<{ field: string; text: string } | null>(null)
  const f = card.fmea
  const id = card.id
  const threshold = board.fmeaThreshold ?? DEFAULT_FMEA_THRESHOLD

  if (!f) {
    return (
      <section className="fmea-panel" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('methods.fmea.title')}</h3>
        <button type="button" onClick={() => apply((b) => addFailure(b, id))}>
          + {t('fmeaView.panelAdd')}
        </button>
      </section>
    )
  }

  const C = criticality(f)
  const above = isAboveThreshold(C, threshold)
  const C2 = f.revised ? criticality(f.revised) : undefined
  const text = (field: FmeaTextField) => (
    <label className="field">
      {t(`methods.fmea.${field}`)}
      <TextCell
        value={f[field] ?? ''}
        label={t(`methods.fmea.${field}`)}
        cellKey={`${id}:${field}`}
        onCommit={(v) => apply((b) => setFailureText(b, id, field, v))}
      />
    </label>
  )
  const score = (field: FmeaField, value: number | undefined) => (
    <label className="fmea-panel-score">
      <span>{fieldName(t, field)}</span>
      <ScoreCell
        value={value}
        label={fieldName(t, field)}
        cellKey={`${id}:${field}`}
        errorId={errorId}
        onCommit={(n) => apply((b) => setScore(b, id, field, n))}
        onClear={field.startsWith('revised.') ? () => apply((b) => clearRevised(b, id)) : undefined}
        onInvalid={(typed) =>
          setError({ field, text: t('fmeaView.scoreInvalid', { field: fieldName(t, field), card: card.text.trim() || t('board.emptyCard'), value: typed }) })
        }
        onValid={() => setError((e) => (e?.field === field ? null : e))}
      />
    </label>
  )

  return (
    <section className={`fmea-panel ${above ? 'is-critical' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Symbol name="critical" color={above ? CRITICAL_COLOR : '#6b7280'} /> {t('methods.fmea.title')}
      </h3>
      {text('failure')}
      {text('cause')}
      <div className="fmea-panel-scores">{SCORE_FIELDS.map((k) => score(k, f[k]))}</div>
      <p className="fmea-panel-c" aria-live="polite">
        <span>{t('fmeaView.formula', { G: f.severity, P: f.probability, D: f.detection, C })}</span>
        <Criticality value={C} above={above} />
        <span className="muted small">
          {above ? t('methods.fmea.aboveThreshold', { threshold }) : `${t('fmeaView.belowThreshold')} (${formatNumber(threshold)})`}
        </span>
      </p>
      {text('actions')}
      <fieldset className="fmea-panel-revised">
        <legend>{t('methods.fmea.revised')}</legend>
        <div className="fmea-panel-scores">
          {REVISED_FIELDS.map((k) => score(k, f.revised?.[k.slice('revised.'.length) as 'severity' | 'probability' | 'detection']))}
        </div>
        <p className="fmea-panel-c" aria-live="polite">
          {f.revised && C2 !== undefined ? (
            <>
              <span>{t('fmeaView.formulaRevised', { G: f.revised.severity, P: f.revised.probability, D: f.revised.detection, C: C2 })}</span>
              <Criticality value={C2} above={isAboveThreshold(C2, threshold)} />
            </>
          ) : (
            <span className="muted small">
              {t('fmeaView.revisedEmpty')} — {t('fmeaView.revisedHint')}
            </span>
          )}
        </p>
      </fieldset>
      <p id={errorId} role="alert" className={error ? 'error-text' : 'sr-only'}>
        {error?.text ?? ''}
      </p>
      <button type="button" className="danger" onClick={() => apply((b) => removeFailure(b, id))}>
        {t('fmeaView.panelRemove')}
      </button>
    </section>
  )
}
