// The scores of one subject — a touchpoint card, a whole stage, or the relationship: per metric,
// the latest badge, a small chart of its history with the target, and the table of its periods;
// then "Add score". Every change is one board edit (undoable, saved, synced to other tabs).
import { useEffect, useId, useRef, useState } from 'react'
import { lazyComponent } from '../../ui/lazyComponent'
import { useTranslation } from 'react-i18next'
import * as ops from '../../domain/operations'
import { newId } from '../../domain/id'
import { compareMetrics, comparePeriods, isOfSubject, metricKey, scoreFacts, type Subject } from '../../domain/methods/scores'
import { metricLabel, scoreBadge } from '../../domain/methods/scoreFormat'
import type { Board, Measurement } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { Symbol } from '../../ui/icons'
import { STATUS_COLORS, statusSymbol } from '../../ui/scoreSymbols'
import { badgeLabel } from '../../canvas/scoreText'

// the form and the chart (with its drawing library) come when first shown, not with the app
const AddScoreForm = lazyComponent(() => import('./AddScoreForm').then((m) => m.AddScoreForm))
const ScoreChart = lazyComponent(() => import('./ScoreChart').then((m) => m.ScoreChart))

export function ScoreEditor({ board, subject, headingLevel = 3 }: { board: Board; subject: Subject; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [adding, setAdding] = useState(false)
  const [status, setStatus] = useState('')
  const headingId = useId()
  const addButton = useRef<HTMLButtonElement>(null)
  const [refocus, setRefocus] = useState(false)
  // once the form is gone, the focus goes back to "Add score" (not lost to the page)
  useEffect(() => {
    if (refocus && !adding) {
      addButton.current?.focus()
      setRefocus(false)
    }
  }, [refocus, adding])
  const all = board.measurements ?? []
  const mine = all.filter((m) => isOfSubject(m, subject))
  const series = new Map<string, Measurement[]>()
  for (const m of [...mine].sort((a, b) => comparePeriods(a.period, b.period))) {
    const k = metricKey(m.metric)
    series.set(k, [...(series.get(k) ?? []), m])
  }
  const metrics = [...series.keys()].sort(compareMetrics)
  const symbols = board.scoreSymbols ?? 'traffic'
  const H = headingLevel === 3 ? 'h3' : 'h4'
  const Sub = headingLevel === 3 ? 'h4' : 'h5'

  const add = (m: Omit<Measurement, 'id'>) => {
    const target = 'cardId' in subject ? { cardId: subject.cardId } : 'stageId' in subject ? { stageId: subject.stageId } : {}
    const ok = useEditor.getState().apply((b) => ops.addMeasurement(b, { id: newId('m_'), ...target, ...m }))
    if (ok) {
      setAdding(false)
      setRefocus(true)
      setStatus(t('scores.added', { metric: metricLabel(m.metric), period: m.period }))
    }
  }

  return (
    <section className="score-editor" aria-labelledby={headingId}>
      <H id={headingId} className="score-editor-title">
        {t('scores.section')}
      </H>
      {metrics.length === 0 && !adding && <p className="muted small">{t('scores.none')}</p>}
      {metrics.map((k) => {
        const list = series.get(k)!
        const latest = list[list.length - 1]
        const facts = scoreFacts(all, latest)
        const badge = scoreBadge(latest, facts, lang)
        return (
          <div key={k} className="score-series">
            <Sub className="score-series-head">
              <span className={`score-badge status-${badge.status} ${badge.lowSample ? 'is-low' : ''}`} role="img" aria-label={badgeLabel(badge, t, lang)}>
                {badge.status !== 'none' && <Symbol name={statusSymbol(symbols, badge.status)} color={STATUS_COLORS[badge.status]} size={16} />}
                <span className="score-metric">{badge.metric}</span>
                <span className="score-value">{badge.value}</span>
                {badge.arrow && <span className="score-trend">{badge.arrow}</span>}
                {badge.lowSample && <span className="score-low">{t('methods.score.badge.lowSample')}</span>}
              </span>
              <span className="muted small">{latest.period}</span>
            </Sub>
            <ScoreChart series={list} facts={facts} />
            <table className="score-history">
              <caption className="sr-only">{t('scores.history', { metric: badge.metric })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scores.col.period')}</th>
                  <th scope="col">{t('scores.col.value')}</th>
                  <th scope="col">{t('scores.col.n')}</th>
                  <th scope="col">{t('scores.col.margin')}</th>
                  <th scope="col">{t('scores.col.target')}</th>
                  <th scope="col">{t('scores.col.status')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('common.delete')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...list].reverse().map((m) => {
                  const f = scoreFacts(all, m)
                  const b = scoreBadge(m, f, lang)
                  return (
                    <tr key={m.id}>
                      <th scope="row">{m.period}</th>
                      <td className="num">{b.value}</td>
                      <td className="num">{b.n?.toLocaleString(lang) ?? ''}</td>
                      <td className="num">{b.margin ?? ''}</td>
                      <td className="num">{b.target ?? ''}</td>
                      <td>
                        {b.status !== 'none' && (
                          <Symbol
                            name={statusSymbol(symbols, b.status)}
                            color={STATUS_COLORS[b.status]}
                            size={14}
                            title={t(`methods.score.shortStatus.${b.status}`)}
                          />
                        )}
                        {b.lowSample && <Symbol name="low-sample" size={14} title={t('methods.score.badge.lowSample')} />}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="icon-btn"
                          aria-label={t('scores.deleteScore', { metric: b.metric, period: m.period })}
                          onClick={() => useEditor.getState().apply((x) => ops.deleteMeasurements(x, [m.id]))}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )
      })}
      {adding ? (
        <AddScoreForm relationalDefault={'board' in subject} onAdd={add} onCancel={() => (setAdding(false), setRefocus(true))} />
      ) : (
        <button ref={addButton} type="button" onClick={() => (setAdding(true), setStatus(''))}>
          + {t('scores.add')}
        </button>
      )}
      <p className="sr-only" role="status">
        {status}
      </p>
    </section>
  )
}
