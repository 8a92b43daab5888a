// The ranking of a vote: cards by dots, ties together, with their stage and tag; offered as CSV
// and as an image.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { findVoting, ranking } from '../../domain/workshop/voting'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import { Symbol, TAG_COLORS } from '../../ui/icons'
import { votersLine, votingTitle } from './report'
// the summary's image and PDF code (and the export pipeline it draws with) come when asked for
const summary = () => import('./summary')

const close = () => useWorkshopView.setState({ rankingId: null })

export function RankingDialog() {
  const { t, i18n } = useTranslation()
  const board = useEditor((s) => s.board)
  const id = useWorkshopView((s) => s.rankingId)
  const voting = board ? findVoting(board, id ?? undefined) : undefined
  const ref = useRef<HTMLDialogElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = !!voting
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal()
      else d.setAttribute('open', '')
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close()
      else d.removeAttribute('open')
    }
  }, [open])
  useEffect(() => close, [])
  const rows = board && voting ? ranking(board, voting) : []
  return (
    <dialog
      ref={ref}
      className="export-dialog ranking-dialog"
      aria-labelledby="ranking-title"
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
    >
      {board && voting && (
        <div className="ranking-body">
          <h2 id="ranking-title">{t('workshop.ranking.title')}</h2>
          <p className="muted">
            {votingTitle(voting, t, i18n.language)} · {votersLine(board, voting, t)}
          </p>
          {rows.length ? (
            <table className="ranking-table">
              <thead>
                <tr>
                  <th scope="col">{t('workshop.ranking.rank')}</th>
                  <th scope="col">{t('workshop.ranking.dots')}</th>
                  <th scope="col">{t('workshop.ranking.card')}</th>
                  <th scope="col">{t('workshop.ranking.stage')}</th>
                  <th scope="col">{t('workshop.ranking.tag')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const si = board.stages.findIndex((s) => s.id === r.card.stageId)
                  return (
                    <tr key={r.card.id} className={r.tied ? 'is-tied' : ''}>
                      <td>
                        {r.rank}
                        {r.tied && (
                          <span className="tie">
                            {' '}
                            = <span className="sr-only">{t('workshop.ranking.tie')}</span>
                          </span>
                        )}
                      </td>
                      <td>
                        <span className="rank-dots" aria-hidden>
                          {Array.from({ length: Math.min(r.dots, 10) }, (_, i) => (
                            <span key={i} className="dot is-left" />
                          ))}
                        </span>{' '}
                        {r.dots}
                      </td>
                      <td className="rank-text">{r.card.text || t('board.emptyCard')}</td>
                      <td>{si >= 0 ? `${si + 1}. ${board.stages[si].name}` : ''}</td>
                      <td>
                        {r.card.tag ? (
                          <>
                            <Symbol name={r.card.tag} color={TAG_COLORS[r.card.tag]} /> {t(`tag.${r.card.tag}`)}
                          </>
                        ) : (
                          ''
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          ) : (
            <p>{t('workshop.ranking.empty')}</p>
          )}
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="button" onClick={() => void summary().then((m) => m.downloadRankingCsv(board, voting))}>
              {t('workshop.ranking.csv')}
            </button>
            <button
              type="button"
              aria-busy={busy}
              disabled={busy}
              onClick={async () => {
                setBusy(true)
                setError(null)
                try {
                  await (await summary()).downloadRankingPng(board, voting)
                } catch (e) {
                  setError(t('workshop.summary.failed', { message: (e as Error).message }))
                } finally {
                  setBusy(false)
                }
              }}
            >
              {t('workshop.ranking.image')}
            </button>
            <span className="toolbar-gap" />
            <button type="button" className="primary" onClick={close}>
              {t('workshop.ranking.close')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  )
}
