// What the ranking image, the ranking CSV and the workshop summary say, as plain blocks (titles,
// headings, tables) that a canvas or a PDF then draws. Written in the board's language.
import type { Board, Card, CardTag, Voting } from '../../domain/types'
import { participantsOf } from '../../domain/workshop/participants'
import { roundLog } from '../../domain/workshop/rounds'
import { lastEndedVoting, ranking, validDots, type RankRow } from '../../domain/workshop/voting'
import type { SymbolName } from '../../ui/icons'
import { TAG_COLORS } from '../../ui/icons'
import { durationLabel, roundStagesLabel, timeOfDay, type Tr } from './labels'

export interface ReportCell {
  text: string
  symbol?: SymbolName
  color?: string
  /** Drawn as this many dots before the text. */
  dots?: number
}
export interface ReportColumn {
  label: string
  /** Share of the table's width. */
  width: number
  align?: 'left' | 'right'
}
export type ReportBlock =
  | { type: 'title'; text: string; sub?: string }
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'table'; columns: ReportColumn[]; rows: ReportCell[][] }

const stageLabel = (b: Board, c: Card) => {
  const i = b.stages.findIndex((s) => s.id === c.stageId)
  return i < 0 ? '' : `${i + 1}. ${b.stages[i].name}`
}
const tagCell = (tag: CardTag | undefined, tr: Tr): ReportCell => (tag ? { text: tr(`tag.${tag}`), symbol: tag, color: TAG_COLORS[tag] } : { text: '' })

/** "Dec 1, 2026 10:52" */
export const votingWhen = (v: Voting, lang: string) =>
  `${new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(v.startedAt))} ${timeOfDay(v.startedAt, lang)}`

export function votingTitle(v: Voting, tr: Tr, lang: string): string {
  return tr('workshop.ranking.titleOf', { time: votingWhen(v, lang) })
}

/** Who took part in a vote: the participants who placed a dot (or all, before any). */
export function votersLine(b: Board, v: Voting, tr: Tr): string {
  const voters = new Set(validDots(b, v).map((d) => d.participantId))
  const count = voters.size || participantsOf(b).length
  return tr('workshop.ranking.voters', { count, dots: v.dotsPerParticipant })
}

export function rankingTable(b: Board, rows: RankRow[], tr: Tr): ReportBlock {
  return {
    type: 'table',
    columns: [
      { label: tr('workshop.ranking.rank'), width: 0.08 },
      { label: tr('workshop.ranking.dots'), width: 0.16 },
      { label: tr('workshop.ranking.card'), width: 0.44 },
      { label: tr('workshop.ranking.stage'), width: 0.18 },
      { label: tr('workshop.ranking.tag'), width: 0.14 },
    ],
    rows: rows.map((r) => [
      { text: r.tied ? `${r.rank} =` : String(r.rank) },
      { text: String(r.dots), dots: r.dots },
      { text: r.card.text || tr('board.emptyCard') },
      { text: stageLabel(b, r.card) },
      tagCell(r.card.tag, tr),
    ]),
  }
}

/** The ranking of one vote, for its image. */
export function rankingBlocks(b: Board, v: Voting, tr: Tr, lang: string): ReportBlock[] {
  const rows = ranking(b, v)
  return [
    { type: 'title', text: b.title, sub: `${votingTitle(v, tr, lang)} · ${votersLine(b, v, tr)}` },
    rows.length ? rankingTable(b, rows, tr) : { type: 'text', text: tr('workshop.ranking.empty') },
  ]
}

const TOP = 5
const topOf = (cards: Card[], tag: CardTag) =>
  cards
    .filter((c) => c.tag === tag && (c.votes ?? 0) > 0)
    .sort((x, y) => (y.votes ?? 0) - (x.votes ?? 0))
    .slice(0, TOP)

function topTable(b: Board, cards: Card[], tr: Tr): ReportBlock | null {
  const top = [...topOf(cards, 'irritant'), ...topOf(cards, 'wow')]
  if (!top.length) return null
  return {
    type: 'table',
    columns: [
      { label: tr('workshop.ranking.tag'), width: 0.16 },
      { label: tr('workshop.ranking.dots'), width: 0.16 },
      { label: tr('workshop.ranking.card'), width: 0.48 },
      { label: tr('workshop.ranking.stage'), width: 0.2 },
    ],
    rows: top.map((c) => [tagCell(c.tag, tr), { text: String(c.votes), dots: c.votes }, { text: c.text || tr('board.emptyCard') }, { text: stageLabel(b, c) }]),
  }
}

export function roundLogTable(b: Board, tr: Tr, now: number): ReportBlock | null {
  const log = roundLog(b, now)
  if (!log.length) return null
  return {
    type: 'table',
    columns: [
      { label: tr('workshop.summary.col.round'), width: 0.08 },
      { label: tr('workshop.summary.col.what'), width: 0.2 },
      { label: tr('workshop.summary.col.stages'), width: 0.4 },
      { label: tr('workshop.summary.col.duration'), width: 0.11 },
      { label: tr('workshop.summary.col.ran'), width: 0.11 },
      { label: tr('workshop.summary.col.notes'), width: 0.1 },
    ],
    rows: log.map((l, i) => {
      const tag = l.ask === 'note' ? undefined : l.ask
      return [
        { text: String(i + 1) },
        tag ? { text: tr(`workshop.ask.${l.ask}`), symbol: tag, color: TAG_COLORS[tag] } : { text: tr(`workshop.ask.${l.ask}`) },
        { text: roundStagesLabel(b, l.round, tr) },
        { text: durationLabel(l.durationMs) },
        { text: l.active ? tr('workshop.round.underWay') : durationLabel(l.ranMs) },
        { text: String(l.notes) },
      ]
    }),
  }
}

/** The summary's text parts (the board image comes first, drawn apart). */
export function summaryBlocks(b: Board, tr: Tr, lang: string, now: number): ReportBlock[] {
  const out: ReportBlock[] = []
  const names = participantsOf(b).map((p) => p.name)
  out.push({ type: 'heading', text: tr('workshop.summary.top') })
  const rounds = b.workshop?.rounds ?? []
  let any = false
  rounds.forEach((r, i) => {
    const table = topTable(
      b,
      b.cards.filter((c) => c.roundId === r.id),
      tr,
    )
    out.push({ type: 'heading', text: tr('workshop.summary.topOfRound', { n: i + 1, what: tr(`workshop.ask.${r.ask}`), stages: roundStagesLabel(b, r, tr) }) })
    out.push(table ?? { type: 'text', text: tr('workshop.summary.noVotes') })
    any ||= !!table
  })
  const outside = topTable(
    b,
    b.cards.filter((c) => !c.roundId || !rounds.some((r) => r.id === c.roundId)),
    tr,
  )
  if (outside) {
    if (rounds.length) out.push({ type: 'heading', text: tr('workshop.summary.topOther') })
    out.push(outside)
    any = true
  }
  if (!rounds.length && !any) out.push({ type: 'text', text: tr('workshop.summary.noVotes') })
  const last = lastEndedVoting(b)
  if (last) {
    out.push({ type: 'heading', text: tr('workshop.summary.ranking') })
    out.push({ type: 'text', text: `${votingWhen(last, lang)} · ${votersLine(b, last, tr)}` })
    const rows = ranking(b, last)
    out.push(rows.length ? rankingTable(b, rows, tr) : { type: 'text', text: tr('workshop.ranking.empty') })
  }
  out.push({ type: 'heading', text: tr('workshop.summary.log') })
  out.push(roundLogTable(b, tr, now) ?? { type: 'text', text: tr('workshop.round.logEmpty') })
  if (names.length) out.push({ type: 'text', text: tr('workshop.summary.participants', { names: names.join(', ') }) })
  return out
}
