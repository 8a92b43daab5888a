// Board builders for tests, and a generator of random edits (a mix of every domain
// operation) for property tests. Everything here is deterministic given its inputs.
import * as ops from '../src/domain/operations'
import { clearEmotion, setEmotion } from '../src/domain/methods/emotion'
import type { Board, BoardKind, Card, CardTag, Id, Lane, LaneRole, Link, Stage } from '../src/domain/types'
import { CARD_TAGS, LANE_ROLES, holdsCards } from '../src/domain/types'
import type { Rng } from './random'

export const stage = (id: Id, name = `Stage ${id}`): Stage => ({ id, name })
export const lane = (id: Id, role: LaneRole = 'actions', name = `Lane ${id}`): Lane => ({ id, name, role })
export const card = (id: Id, stageId: Id, laneId: Id, text = `Card ${id}`, extra: Partial<Card> = {}): Card => ({
  id,
  stageId,
  laneId,
  text,
  ...extra,
})
export const link = (id: Id, from: Id, to: Id, label?: string): Link => ({ id, from, to, ...(label ? { label } : {}) })

export function makeBoard(partial: Partial<Board> = {}): Board {
  return { id: 'b1', title: 'Board', kind: 'journey' as BoardKind, stages: [], lanes: [], cards: [], links: [], ...partial }
}

/**
 * A small journey map:
 *   phase p1 "Before" = s1, s2; s3 in no phase
 *   lanes: actions (la), touchpoints (lt), line of visibility (lv), emotion curve (le), backstage (lb)
 *   cards: c1, c2 in (s1, la); c3 in (s2, la); c4 in (s1, lt); c5 in (s3, lb)
 *   links: c1 → c3, c3 → c5 ("then"); emotions on s1 and s2
 */
export function journey(): Board {
  return makeBoard({
    title: 'Buying a train ticket',
    phases: [{ id: 'p1', name: 'Before', stageIds: ['s1', 's2'] }],
    stages: [stage('s1', 'Discover'), stage('s2', 'Choose'), stage('s3', 'Travel')],
    lanes: [lane('la', 'actions'), lane('lt', 'touchpoints'), lane('lv', 'line-visibility'), lane('le', 'emotions'), lane('lb', 'backstage')],
    cards: [
      card('c1', 's1', 'la', 'Searches the web'),
      card('c2', 's1', 'la', 'Compares prices', { tag: 'idea', votes: 3 }),
      card('c3', 's2', 'la', 'Picks a seat'),
      card('c4', 's1', 'lt', 'Website'),
      card('c5', 's3', 'lb', 'Seat reservation service', { failPoint: true }),
    ],
    links: [link('k1', 'c1', 'c3'), link('k2', 'c3', 'c5', 'then')],
    emotions: [
      { stageId: 's1', value: 1 },
      { stageId: 's2', value: -2 },
    ],
  })
}

/** The ids of the cards of one cell, in board order. */
export const cellIds = (b: Board, stageId: Id, laneId: Id): Id[] => ops.cellCards(b, stageId, laneId).map((c) => c.id)

/**
 * What must hold of every board the editor produces. Returns the broken rules (empty when
 * the board is sound), so a failing property test says what went wrong.
 */
export function invariantErrors(b: Board): string[] {
  const errors: string[] = []
  const unique = (what: string, ids: Id[]) => {
    if (new Set(ids).size !== ids.length) errors.push(`duplicate ${what} ids`)
  }
  unique(
    'stage',
    b.stages.map((s) => s.id),
  )
  unique(
    'lane',
    b.lanes.map((l) => l.id),
  )
  unique(
    'card',
    b.cards.map((c) => c.id),
  )
  unique(
    'link',
    b.links.map((l) => l.id),
  )
  unique(
    'phase',
    (b.phases ?? []).map((p) => p.id),
  )
  const stages = new Set(b.stages.map((s) => s.id))
  const lanes = new Map(b.lanes.map((l) => [l.id, l]))
  const cards = new Set(b.cards.map((c) => c.id))
  for (const c of b.cards) {
    if (!stages.has(c.stageId)) errors.push(`card ${c.id} on missing stage ${c.stageId}`)
    const l = lanes.get(c.laneId)
    if (!l) errors.push(`card ${c.id} on missing lane ${c.laneId}`)
    else if (!holdsCards(l.role)) errors.push(`card ${c.id} on ${l.role} lane ${l.id}`)
    if (typeof c.text !== 'string') errors.push(`card ${c.id} has no text`)
  }
  const pairs = new Set<string>()
  for (const l of b.links) {
    if (!cards.has(l.from) || !cards.has(l.to)) errors.push(`link ${l.id} to a missing card`)
    if (l.from === l.to) errors.push(`self-link ${l.id}`)
    const pair = `${l.from}>${l.to}`
    if (pairs.has(pair)) errors.push(`duplicate link ${pair}`)
    pairs.add(pair)
  }
  const inPhase = new Set<Id>()
  for (const p of b.phases ?? []) {
    const own = new Set<Id>()
    for (const s of p.stageIds) {
      if (!stages.has(s)) errors.push(`phase ${p.id} lists missing stage ${s}`)
      if (own.has(s)) errors.push(`phase ${p.id} lists stage ${s} twice`)
      else if (inPhase.has(s)) errors.push(`stage ${s} in two phases`)
      own.add(s)
      inPhase.add(s)
    }
  }
  for (const e of b.emotions ?? []) if (!stages.has(e.stageId)) errors.push(`emotion on missing stage ${e.stageId}`)
  return errors
}

export interface Edit {
  /** What the edit does, for failure messages. */
  label: string
  apply: (b: Board) => Board
}

const CARD_LANE_ROLES = LANE_ROLES.filter((r) => holdsCards(r))
const OTHER_ROLES = LANE_ROLES.filter((r) => !holdsCards(r))

/**
 * A random edit of `b`, drawn from every domain operation. Ids come from `r`, so a seed
 * replays the same sequence. `avoid` lists ids the edit must not touch (another tab's).
 */
export function randomEdit(r: Rng, b: Board, avoid: ReadonlySet<Id> = new Set()): Edit {
  const stages = b.stages.filter((s) => !avoid.has(s.id))
  const lanes = b.lanes.filter((l) => !avoid.has(l.id))
  const cardLanes = lanes.filter((l) => holdsCards(l.role))
  const cards = b.cards.filter((c) => !avoid.has(c.id))
  const phases = (b.phases ?? []).filter((p) => !avoid.has(p.id))
  const some = <T>(items: T[], max = 3): T[] => {
    const n = Math.min(items.length, 1 + r.int(max))
    const pool = [...items]
    const out: T[] = []
    for (let i = 0; i < n; i++) out.push(pool.splice(r.int(pool.length), 1)[0])
    return out
  }
  const candidates: (() => Edit | null)[] = [
    () => {
      const title = r.word()
      return { label: `renameBoard ${title}`, apply: (x: Board) => ops.renameBoard(x, title) }
    },
    () => {
      const v = r.chance(0.3) ? undefined : r.word(20)
      return { label: `situation ${v}`, apply: (x: Board) => ops.setBoardField(x, 'situation', v) }
    },
    () => {
      const s = { id: r.id('s'), name: r.word() }
      const at = r.int(b.stages.length + 2) - 1
      return { label: `addStage ${s.id} at ${at}`, apply: (x: Board) => ops.addStage(x, s, at) }
    },
    () => {
      if (!stages.length) return null
      const s = r.pick(stages)
      const name = r.word()
      return { label: `renameStage ${s.id}`, apply: (x: Board) => ops.renameStage(x, s.id, name) }
    },
    () => {
      if (!stages.length) return null
      const s = r.pick(stages)
      const description = r.chance(0.3) ? undefined : r.word(30)
      return { label: `updateStage ${s.id} description`, apply: (x: Board) => ops.updateStage(x, s.id, { description }) }
    },
    () => {
      if (!stages.length) return null
      const s = r.pick(stages)
      const m = r.pick(['positive', 'negative', undefined] as const)
      return { label: `setStageMoment ${s.id} ${m}`, apply: (x: Board) => ops.setStageMoment(x, s.id, m) }
    },
    () => {
      if (!stages.length) return null
      const s = r.pick(stages)
      const to = r.int(b.stages.length)
      return { label: `moveStage ${s.id} to ${to}`, apply: (x: Board) => ops.moveStage(x, s.id, to) }
    },
    () => {
      if (stages.length < 2) return null
      const s = r.pick(stages)
      return { label: `deleteStage ${s.id}`, apply: (x: Board) => ops.deleteStage(x, s.id) }
    },
    () => {
      const p = { id: r.id('p'), name: r.word(), stageIds: some(stages).map((s) => s.id) }
      return { label: `addPhase ${p.id} [${p.stageIds}]`, apply: (x: Board) => ops.addPhase(x, p) }
    },
    () => {
      if (!phases.length) return null
      const p = r.pick(phases)
      const name = r.word()
      return { label: `renamePhase ${p.id}`, apply: (x: Board) => ops.renamePhase(x, p.id, name) }
    },
    () => {
      if (!phases.length) return null
      const p = r.pick(phases)
      return { label: `deletePhase ${p.id}`, apply: (x: Board) => ops.deletePhase(x, p.id) }
    },
    () => {
      if (!stages.length) return null
      const s = r.pick(stages)
      const p = phases.length && r.chance(0.8) ? r.pick(phases).id : null
      return { label: `setStagePhase ${s.id} ${p}`, apply: (x: Board) => ops.setStagePhase(x, s.id, p) }
    },
    () => {
      const role = r.chance(0.8) ? r.pick(CARD_LANE_ROLES) : r.pick(OTHER_ROLES)
      const l = { id: r.id('l'), name: r.word(), role }
      const at = r.int(b.lanes.length + 2) - 1
      return { label: `addLane ${l.id} ${role} at ${at}`, apply: (x: Board) => ops.addLane(x, l, at) }
    },
    () => {
      if (!lanes.length) return null
      const l = r.pick(lanes)
      const name = r.word()
      return { label: `renameLane ${l.id}`, apply: (x: Board) => ops.renameLane(x, l.id, name) }
    },
    () => {
      if (!lanes.length) return null
      const l = r.pick(lanes)
      const role = r.pick(LANE_ROLES)
      return { label: `setLaneRole ${l.id} ${role}`, apply: (x: Board) => ops.setLaneRole(x, l.id, role) }
    },
    () => {
      if (!lanes.length) return null
      const l = r.pick(lanes)
      const to = r.int(b.lanes.length)
      return { label: `moveLane ${l.id} to ${to}`, apply: (x: Board) => ops.moveLane(x, l.id, to) }
    },
    () => {
      if (lanes.length < 2) return null
      const l = r.pick(lanes)
      return { label: `deleteLane ${l.id}`, apply: (x: Board) => ops.deleteLane(x, l.id) }
    },
    // Cards are the most common edit: weigh them up.
    ...Array.from({ length: 4 }, () => () => {
      if (!stages.length || !cardLanes.length) return null
      const s = r.pick(stages)
      // Mostly lanes that hold cards; sometimes a line, which must refuse the card.
      const l = r.chance(0.9) ? r.pick(cardLanes) : r.pick(lanes)
      const c: Card = { id: r.id('c'), stageId: s.id, laneId: l.id, text: r.word(40) }
      if (r.chance(0.3)) c.tag = r.pick(CARD_TAGS) as CardTag
      const at = r.chance(0.5) ? undefined : r.int(4)
      return { label: `addCard ${c.id} in ${s.id}/${l.id} at ${at}`, apply: (x: Board) => ops.addCard(x, c, at) }
    }),
    () => {
      if (!cards.length) return null
      const ids = some(cards).map((c) => c.id)
      const patch = r.pick([
        { text: r.word(60) },
        { text: '' },
        { tag: r.pick(CARD_TAGS) },
        { tag: undefined },
        { evidence: r.pick(['fact', 'assumption'] as const) },
        { failPoint: r.chance(0.5) },
        { votes: r.int(5) },
        { durationMinutes: r.int(90) },
        { moment: r.pick(['positive', 'negative', undefined] as const) },
        { waitPoint: r.chance(0.5) },
        { color: `#${r.int(0x1000000).toString(16).padStart(6, '0')}` },
        { fmea: { failure: r.word(20), severity: r.between(1, 10), probability: r.between(1, 10), detection: r.between(1, 10) } },
      ])
      return { label: `updateCards [${ids}] ${JSON.stringify(patch)}`, apply: (x: Board) => ops.updateCards(x, ids, patch) }
    },
    ...Array.from({ length: 2 }, () => () => {
      if (!cards.length || !stages.length || !lanes.length) return null
      const ids = some(cards).map((c) => c.id)
      const s = r.pick(stages)
      // Mostly lanes that hold cards; sometimes a line, which must refuse them.
      const l = r.chance(0.85) && cardLanes.length ? r.pick(cardLanes) : r.pick(lanes)
      const at = r.chance(0.4) ? undefined : r.int(4)
      return { label: `moveCards [${ids}] to ${s.id}/${l.id} at ${at}`, apply: (x: Board) => ops.moveCards(x, ids, s.id, l.id, at) }
    }),
    () => {
      if (!cards.length) return null
      const ids = some(cards).map((c) => c.id)
      return { label: `deleteCards [${ids}]`, apply: (x: Board) => ops.deleteCards(x, ids) }
    },
    () => {
      if (!cards.length) return null
      const ids = some(cards).map((c) => c.id)
      const copies = ids.map(() => r.id('c'))
      const linkIds = Array.from({ length: 20 }, () => r.id('k'))
      return {
        label: `duplicateCards [${ids}] as [${copies}]`,
        apply: (x: Board) => {
          let i = 0
          return ops.duplicateCards(x, ids, copies, () => linkIds[i++])
        },
      }
    },
    ...Array.from({ length: 2 }, () => () => {
      if (!cards.length) return null
      const from = r.pick(cards).id
      const to = r.pick(cards).id
      const k = { id: r.id('k'), from, to, ...(r.chance(0.3) ? { label: r.word() } : {}) }
      return { label: `addLink ${k.id} ${from}→${to}`, apply: (x: Board) => ops.addLink(x, k) }
    }),
    () => {
      if (!b.links.length) return null
      const k = r.pick(b.links)
      const label = r.chance(0.3) ? ' ' : r.word()
      return { label: `setLinkLabel ${k.id} '${label}'`, apply: (x: Board) => ops.setLinkLabel(x, k.id, label) }
    },
    () => {
      if (!b.links.length) return null
      const ids = some(b.links).map((k) => k.id)
      return { label: `deleteLinks [${ids}]`, apply: (x: Board) => ops.deleteLinks(x, ids) }
    },
    () => {
      if (!stages.length) return null
      const s = r.pick(stages)
      const v = r.between(-3, 3)
      return { label: `setEmotion ${s.id} ${v}`, apply: (x: Board) => setEmotion(x, s.id, v) }
    },
    () => {
      if (!stages.length) return null
      const s = r.pick(stages)
      return { label: `clearEmotion ${s.id}`, apply: (x: Board) => clearEmotion(x, s.id) }
    },
  ]
  for (;;) {
    const edit = r.pick(candidates)()
    if (edit) return edit
  }
}

/** A random, sound board to start from (built through the operations themselves). */
export function randomBoard(r: Rng, size = 20): Board {
  let b = makeBoard({
    id: r.id('b'),
    title: r.word(),
    stages: [stage(r.id('s')), stage(r.id('s')), stage(r.id('s'))],
    lanes: [lane(r.id('l'), 'actions'), lane(r.id('l'), 'line-visibility'), lane(r.id('l'), 'backstage'), lane(r.id('l'), 'emotions')],
  })
  for (let i = 0; i < size; i++) b = randomEdit(r, b).apply(b)
  return b
}

/** A lane that cannot hold cards (a line or the emotion curve). */
export const isCardless = (l: Lane): boolean => !holdsCards(l.role)

/**
 * A board in the one form that restore gives it: the format treats an empty optional list
 * (phases, emotions, personaIds) as no list, and zero votes as no votes. Compare through
 * this when a board went through storage; every other field must come back as it was.
 */
export function canonical(b: Board): Board {
  const out: Board = { ...b, cards: b.cards.map((c) => (c.votes === 0 ? (({ votes: _, ...rest }) => rest)(c) : c)) }
  for (const k of ['phases', 'emotions', 'personaIds'] as const) if (out[k]?.length === 0) delete out[k]
  return out
}
