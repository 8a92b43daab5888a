// The legend printed with an exported board: one entry per symbol actually used on it, so a
// reader of a black-and-white print can tell an irritant from a must by its shape.
import type { Board, Card } from '../../domain/types'
import { CARD_TAGS } from '../../domain/types'
import { kindOf } from '../../domain/kinds'
import type { CardFlags } from '../../canvas/toFlow'
import { TAG_COLORS, type SymbolName } from '../../ui/icons'
import { scoreLegendItems } from '../../canvas/scoreLegend'

export interface LegendItem {
  symbol: SymbolName
  color?: string
  /** i18n key of its name. */
  label: string
}

const DECORATION_COLORS: Record<'critical' | 'unanswered', string> = { critical: '#b71c1c', unanswered: '#c62828' }

/** Legend entries for the cards and stages of `board`, in a fixed order (tags first). */
export function legendItems(board: Board, flags: (card: Card) => CardFlags = () => ({})): LegendItem[] {
  const cards = board.cards
  const has = (p: (c: Card) => boolean) => cards.some(p)
  const items: LegendItem[] = []
  for (const tag of CARD_TAGS) if (has((c) => c.tag === tag)) items.push({ symbol: tag, color: TAG_COLORS[tag], label: `tag.${tag}` })
  const moment = (m: 'positive' | 'negative') => has((c) => c.moment === m) || board.stages.some((s) => s.moment === m)
  if (moment('positive')) items.push({ symbol: 'moment-positive', label: 'moment.positive' })
  if (moment('negative')) items.push({ symbol: 'moment-negative', label: 'moment.negative' })
  if (has((c) => !!c.failPoint)) items.push({ symbol: 'fail', color: '#b71c1c', label: 'board.failPoint' })
  if (has((c) => !!c.waitPoint)) items.push({ symbol: 'wait', color: '#6d4c41', label: 'board.waitPoint' })
  // the decorations the board's kind draws (critical failures, unanswered irritants)
  const flagged = cards.map(flags)
  for (const e of kindOf(board).legend)
    if (flagged.some((f) => f[e.decoration])) items.push({ symbol: e.symbol, color: DECORATION_COLORS[e.symbol], label: e.label })
  if (has((c) => c.evidence === 'fact')) items.push({ symbol: 'fact', color: '#2e7d32', label: 'evidence.fact' })
  if (has((c) => c.evidence === 'assumption')) items.push({ symbol: 'assumption', label: 'evidence.assumption' })
  if (has((c) => !!c.votes)) items.push({ symbol: 'vote', label: 'exporting.legend.votes' })
  if (has((c) => !!c.durationMinutes)) items.push({ symbol: 'duration', label: 'exporting.legend.duration' })
  const ids = new Set(cards.map((c) => c.id))
  if (board.links.some((l) => ids.has(l.from) && ids.has(l.to))) items.push({ symbol: 'link', color: '#37474f', label: 'exporting.legend.link' })
  items.push(...scoreLegendItems(board))
  return items
}
