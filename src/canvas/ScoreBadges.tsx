// A card's measured scores: one badge per metric for its latest period — the value (NPS signed,
// CSAT as a %, CES with a decimal), its status against the target in colour and by its shape
// (traffic light, smiley or weather, as the board says), the trend since the previous period,
// and "low sample" (with a dashed border) when too few answered. The badge's accessible name
// says it all.
import { memo, useMemo } from 'react'
import { scoreBadge } from '../domain/methods/scoreFormat'
import { i18n, useT } from '../i18n'
import { Symbol } from '../ui/icons'
import { STATUS_COLORS, statusSymbol } from '../ui/scoreSymbols'
import type { CardScores } from './cardScores'
import { badgeLabel } from './scoreText'
import './scores.css'

function ScoreBadgesView({ scores }: { scores: string }) {
  const t = useT()
  const lang = i18n.language
  const data = useMemo(() => JSON.parse(scores) as CardScores, [scores])
  return (
    <ul className="score-badges" aria-label={t('methods.score.badge.list')}>
      {data.items.map((it) => {
        const b = scoreBadge(it, it.facts, lang)
        const label = badgeLabel(b, t, lang)
        return (
          <li key={it.id}>
            <span
              className={`score-badge status-${b.status} ${b.lowSample ? 'is-low' : ''}`}
              role="img"
              aria-label={label}
              title={label}
              data-metric={b.metric}
            >
              {b.status !== 'none' && <Symbol asImage name={statusSymbol(data.symbols, b.status)} color={STATUS_COLORS[b.status]} size={16} />}
              <span className="score-metric">{b.metric}</span>
              <span className="score-value">{b.value}</span>
              {b.arrow && <span className="score-trend">{b.arrow}</span>}
              {b.lowSample && <span className="score-low">{t('methods.score.badge.lowSample')}</span>}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
export const ScoreBadges = memo(ScoreBadgesView)
