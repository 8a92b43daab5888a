// The Scores table view: every measurement of the board, sortable by any column, exported as CSV.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Board } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { downloadText, fileSlug } from '../../ui/download'
import { Symbol } from '../../ui/icons'
import { STATUS_COLORS, statusSymbol } from '../../ui/scoreSymbols'
import { Dialog } from './Dialog'
import { SCORE_COLUMNS, scoreRows, scoresCsv, sortRows, type ScoreColumn, type SortState } from './scoresTable'

const NUMERIC = new Set<ScoreColumn>(['value', 'n', 'margin', 'target'])

export function ScoresTable({ board, onClose }: { board: Board; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [sort, setSort] = useState<SortState | null>(null)
  const rows = useMemo(() => sortRows(scoreRows(board, lang), sort), [board, lang, sort])
  const symbols = board.scoreSymbols ?? 'traffic'
  const toggle = (column: ScoreColumn) => setSort((s) => (s?.column === column ? (s.dir === 'asc' ? { column, dir: 'desc' } : null) : { column, dir: 'asc' }))
  const exportCsv = () => {
    const l = lang.startsWith('fr') ? 'fr' : 'en'
    downloadText(
      `${fileSlug(board.title)}-scores.csv`,
      scoresCsv(board, rows, (k, o) => t(k, o) as string, l),
      'text/csv',
    )
  }
  const show = (cardId: string) => {
    useEditor.getState().select([cardId])
    onClose()
  }
  return (
    <Dialog title={t('scores.tableTitle')} onClose={onClose} wide>
      <div className="button-row">
        <span className="muted">{t('scores.tableCount', { count: rows.length })}</span>
        <button type="button" onClick={exportCsv} disabled={!rows.length} data-autofocus>
          {t('scores.exportCsv')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('scores.tableEmpty')}</p>
      ) : (
        <div className="scores-table-scroll">
          <table className="scores-table">
            <caption className="sr-only">{t('scores.tableTitle')}</caption>
            <thead>
              <tr>
                {SCORE_COLUMNS.map((c) => (
                  <th
                    key={c}
                    scope="col"
                    aria-sort={sort?.column === c ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                    className={NUMERIC.has(c) ? 'num' : ''}
                  >
                    <button type="button" className="sort-btn" title={t('scores.sortBy', { column: t(`scores.col.${c}`) })} onClick={() => toggle(c)}>
                      {t(`scores.col.${c}`)} <span aria-hidden>{sort?.column === c ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.m.id}>
                  <th scope="row">
                    {r.cardId ? (
                      <button type="button" className="link-btn" onClick={() => show(r.cardId!)}>
                        {r.touchpoint || t('board.emptyCard')}
                      </button>
                    ) : (
                      <span className="muted">{r.m.stageId ? t('scores.wholeStage') : t('scores.relationship')}</span>
                    )}
                  </th>
                  <td>{r.stage}</td>
                  <td>
                    {r.badge.metric}
                    {r.facts.method && <span className="muted small"> ({t(`methods.score.badge.${r.facts.method}`)})</span>}
                  </td>
                  <td>{r.m.period}</td>
                  <td className="num">
                    <strong>{r.badge.value}</strong>
                    {r.badge.lowSample && <span className="score-low"> {t('methods.score.badge.lowSample')}</span>}
                  </td>
                  <td className="num">{r.facts.n?.toLocaleString(lang) ?? ''}</td>
                  <td className="num">{r.badge.margin ?? ''}</td>
                  <td className="num">{r.badge.target ?? ''}</td>
                  <td>
                    {r.facts.status !== 'none' && (
                      <span className="status-cell">
                        <Symbol name={statusSymbol(symbols, r.facts.status)} color={STATUS_COLORS[r.facts.status]} size={15} />{' '}
                        {t(`methods.score.shortStatus.${r.facts.status}`)}
                      </span>
                    )}
                  </td>
                  <td>{r.facts.trend ? t(`scores.trend.${r.facts.trend.trend}`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  )
}
