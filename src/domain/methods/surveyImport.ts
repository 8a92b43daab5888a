// From aggregated survey results to one board edit: each touchpoint (or stage) named in the file
// is matched to a card or a stage of the board, or given one by the user, or gets a new
// touchpoint card; its scores are written (replacing those of the same subject, metric and
// period), and optionally the most recent detractor comments come in as quote cards, marked as
// facts, in the stage's pain points / irritants lane. Lanes are found by their role.
import { produce } from 'immer'
import { newId as makeId } from '../id'
import type { Board, Card, Id, Measurement } from '../types'
import { holdsCards } from '../types'
import { groupMeasurement, normaliseKey, type SurveyGroup, type SurveyResult, type Verbatim } from './survey'
import { metricKey } from './scores'

/** Where a touchpoint named in the file goes. */
export type Resolution = { to: 'card'; cardId: Id } | { to: 'stage'; stageId: Id } | { to: 'create'; stageId: Id } | { to: 'skip' }

export const subjectKey = (touchpoint: string, stage: string): string => `${normaliseKey(touchpoint)}\u0000${normaliseKey(stage)}`

/**
 * The card (or stage) each named touchpoint matches, by its text (case, accents and punctuation
 * aside). With a stage column, a card of that stage is preferred; a card of a touchpoint lane
 * before any other. A name that is no card's but a stage's scores the stage. Null: unmatched.
 */
export function matchSubjects(board: Board, subjects: readonly { touchpoint: string; stage: string }[]): Map<string, Resolution | null> {
  const touchpointLanes = new Set(board.lanes.filter((l) => l.role === 'touchpoints').map((l) => l.id))
  const cardsByText = new Map<string, Card[]>()
  for (const c of board.cards) {
    const k = normaliseKey(c.text)
    if (!k) continue
    const list = cardsByText.get(k)
    if (list) list.push(c)
    else cardsByText.set(k, [c])
  }
  const stageByName = new Map<string, Id>()
  for (const s of board.stages) if (!stageByName.has(normaliseKey(s.name))) stageByName.set(normaliseKey(s.name), s.id)
  const out = new Map<string, Resolution | null>()
  for (const s of subjects) {
    const key = subjectKey(s.touchpoint, s.stage)
    if (out.has(key)) continue
    const stageId = s.stage ? stageByName.get(normaliseKey(s.stage)) : undefined
    if (!s.touchpoint) {
      out.set(key, stageId ? { to: 'stage', stageId } : null)
      continue
    }
    const cards = cardsByText.get(normaliseKey(s.touchpoint)) ?? []
    const rank = (c: Card) => (stageId && c.stageId === stageId ? 0 : 2) + (touchpointLanes.has(c.laneId) ? 0 : 1)
    const best = [...cards].sort((a, b) => rank(a) - rank(b))[0]
    if (best) out.set(key, { to: 'card', cardId: best.id })
    else {
      const asStage = stageByName.get(normaliseKey(s.touchpoint))
      out.set(key, asStage ? { to: 'stage', stageId: asStage } : null)
    }
  }
  return out
}

/** The lane a new touchpoint card goes in: a touchpoints lane, else the first lane that holds cards. */
export const touchpointLane = (board: Board) => board.lanes.find((l) => l.role === 'touchpoints') ?? board.lanes.find((l) => holdsCards(l.role))
/** The lane detractor comments go in: pain points, else irritants; none when the board has neither. */
export const verbatimLane = (board: Board) => board.lanes.find((l) => l.role === 'pains') ?? board.lanes.find((l) => l.role === 'irritants')

export interface SurveyImportOptions {
  /** The source written on each score ("Survey", "Enquête"…). */
  source: string
  /** Bring the detractor comments in as quote cards. */
  verbatims: boolean
  /** How a comment is quoted on its card (« … » in French, “…” in English). */
  quote: (text: string) => string
  newId?: (prefix: string) => string
}

export interface SurveyImportSummary {
  board: Board
  written: number
  replaced: number
  createdCards: number
  quotes: number
  skipped: number
}

/** The whole import as one new board (one undo step when applied). */
export function applySurveyImport(
  board: Board,
  result: Pick<SurveyResult, 'groups' | 'verbatims'>,
  resolutions: ReadonlyMap<string, Resolution | null>,
  opts: SurveyImportOptions,
): SurveyImportSummary {
  const id = opts.newId ?? makeId
  const summary = { written: 0, replaced: 0, createdCards: 0, quotes: 0, skipped: 0 }
  // looked up on the board, not on immer's draft (a draft makes a proxy of every card it is asked about)
  const cardIds = new Set(board.cards.map((c) => c.id))
  const cardStage = new Map(board.cards.map((c) => [c.id, c.stageId]))
  const stageIds = new Set(board.stages.map((s) => s.id))
  const next = produce(board, (d) => {
    const lane = touchpointLane(board)
    const created = new Map<string, Id>() // subject key → new card id
    const subjectOf = (g: { touchpoint: string; stage: string }): { cardId?: Id; stageId?: Id } | null => {
      const key = subjectKey(g.touchpoint, g.stage)
      const r = resolutions.get(key)
      if (!r || r.to === 'skip') return null
      if (r.to === 'card') return cardIds.has(r.cardId) ? { cardId: r.cardId } : null
      if (r.to === 'stage') return stageIds.has(r.stageId) ? { stageId: r.stageId } : null
      if (!lane || !stageIds.has(r.stageId)) return null
      let cardId = created.get(key)
      if (!cardId) {
        cardId = id('c_')
        d.cards.push({ id: cardId, stageId: r.stageId, laneId: lane.id, text: g.touchpoint || g.stage, tag: 'touchpoint' })
        cardStage.set(cardId, r.stageId)
        created.set(key, cardId)
        summary.createdCards++
      }
      return { cardId }
    }
    const adding: Measurement[] = []
    for (const g of result.groups as SurveyGroup[]) {
      const subject = subjectOf(g)
      if (!subject) {
        summary.skipped++
        continue
      }
      adding.push({ id: id('m_'), ...subject, ...groupMeasurement(g, opts.source) })
    }
    if (adding.length) {
      const key = (m: Pick<Measurement, 'cardId' | 'stageId' | 'metric' | 'period'>) =>
        `${m.cardId ?? ''}\u0000${m.cardId === undefined ? (m.stageId ?? '') : ''}\u0000${metricKey(m.metric)}\u0000${m.period}`
      const replacing = new Set(adding.map(key))
      const kept = (board.measurements ?? []).filter((m) => !replacing.has(key(m)))
      summary.replaced = (d.measurements?.length ?? 0) - kept.length
      d.measurements = [...kept, ...adding]
      summary.written = adding.length
    }
    const quoteLane = opts.verbatims ? verbatimLane(board) : undefined
    if (quoteLane) {
      const quoted = new Set(board.cards.filter((c) => c.laneId === quoteLane.id).map((c) => `${c.stageId}\u0000${c.text}`))
      for (const v of result.verbatims as Verbatim[]) {
        const subject = subjectOf(v)
        const stageId = subject?.cardId ? cardStage.get(subject.cardId) : subject?.stageId
        if (!stageId) continue
        const text = opts.quote(v.text.trim())
        if (quoted.has(`${stageId}\u0000${text}`)) continue // already brought in
        quoted.add(`${stageId}\u0000${text}`)
        d.cards.push({ id: id('c_'), stageId, laneId: quoteLane.id, text: text.slice(0, 10_000), evidence: 'fact' })
        summary.quotes++
      }
    }
  })
  return { board: next, ...summary }
}
