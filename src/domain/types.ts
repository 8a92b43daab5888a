// The board document: plain JSON records, no classes, no React, no storage.
// Every value here must stay JSON-serialisable: it is what IndexedDB stores and
// what the board file (FORMAT.md, version 1) carries.

export type Id = string

export const BOARD_KINDS = ['journey', 'blueprint', 'target', 'empathy'] as const
export type BoardKind = (typeof BOARD_KINDS)[number]

export const SEPARATOR_ROLES = ['line-interaction', 'line-visibility', 'line-internal'] as const
export type SeparatorRole = (typeof SEPARATOR_ROLES)[number]

export const CARD_ROLES = [
  'actions',
  'touchpoints',
  'channels',
  'thoughts',
  'emotions',
  'scores',
  'pains',
  'opportunities',
  'moments',
  'evidence',
  'customer',
  'frontstage',
  'backstage',
  'support',
  'irritants',
  'musts',
  'pluses',
  'standards',
  'notes',
] as const

export const EMPATHY_ROLES = ['says', 'thinks', 'does', 'feels', 'gains'] as const // 'pains' is shared

export const LANE_ROLES = [...CARD_ROLES, ...EMPATHY_ROLES, ...SEPARATOR_ROLES] as const
export type LaneRole = (typeof LANE_ROLES)[number]

export const CARD_TAGS = ['irritant', 'wow', 'must', 'idea', 'question', 'touchpoint'] as const
export type CardTag = (typeof CARD_TAGS)[number]

export type Evidence = 'fact' | 'assumption'
export type Moment = 'positive' | 'negative'

export interface Phase {
  id: Id
  name: string
  stageIds: Id[]
}

export interface Stage {
  id: Id
  name: string
  description?: string
  /** Moment of truth carried by the whole stage (an addition to format v1, optional). */
  moment?: Moment
}

export interface Lane {
  id: Id
  name: string
  role: LaneRole
}

/** Worst-case scenario (FMEA) of one journey step. Criticality is computed, never stored. */
export interface Fmea {
  failure: string
  cause?: string
  severity: number
  probability: number
  detection: number
  actions?: string
  /** Re-scored after the preventive actions (G′ P′ D′); optional addition to format v1. */
  revised?: { severity: number; probability: number; detection: number }
}

export interface Card {
  id: Id
  stageId: Id
  laneId: Id
  text: string
  tag?: CardTag
  evidence?: Evidence
  moment?: Moment
  failPoint?: boolean
  waitPoint?: boolean
  durationMinutes?: number
  votes?: number
  color?: string
  fmea?: Fmea
  /** Workshop: the participant who wrote this note (addition to format v1). */
  authorId?: Id
  /** Workshop: the round this note was written in (addition to format v1). */
  roundId?: Id
}

export interface Link {
  id: Id
  from: Id
  to: Id
  label?: string
}

export interface EmotionPoint {
  stageId: Id
  value: number
  personaId?: Id
}

export interface Board {
  id: Id
  title: string
  kind: BoardKind
  locale?: 'fr' | 'en'
  personaIds?: Id[]
  phases?: Phase[]
  stages: Stage[]
  lanes: Lane[]
  cards: Card[]
  links: Link[]
  emotions?: EmotionPoint[]
  /** Criticality threshold of the worst-case scenario (default 100). */
  fmeaThreshold?: number
  /** Free-text situation of an empathy map. */
  situation?: string
  /** Measured scores of the board's touchpoints, stages and relationship (the board file
   * carries them in its top-level `measurements`). */
  measurements?: Measurement[]
  /** Workshop state (participants, rounds, timer, voting, dots): board data, so that it is
   * saved, survives a reload and merges between tabs (addition to format v1). */
  workshop?: Workshop
  /** Customer mapping (importance × satisfaction): the key expectations, and where the axes split. */
  expectations?: Expectation[]
  mappingSplit?: 'middle' | 'median'
  /** How score badges show their status against the target (traffic lights by default). */
  scoreSymbols?: ScoreSymbols
}

export const SCORE_SYMBOLS = ['traffic', 'smiley', 'weather'] as const
export type ScoreSymbols = (typeof SCORE_SYMBOLS)[number]

/** A key expectation of the customer mapping: its importance and satisfaction (1–10), free or linked to a card. */
export interface Expectation {
  id: Id
  name: string
  importance?: number
  satisfaction?: number
  cardId?: Id
}

export interface Persona {
  id: Id
  name: string
  role?: string
  age?: number
  summary?: string
  quote?: string
  goals?: string[]
  frustrations?: string[]
  behaviours?: string[]
  /** Digital habits and preferences (addition to format v1). */
  digital?: string
  primary?: boolean
  photo?: string
}

/**
 * A measured score (PRODUCT.md, "Measured scores"), part of the board document.
 * What it measures: a touchpoint card (`cardId`), a whole stage (`stageId`, no card), or the
 * whole relationship (neither). FORMAT.md v1 fields first, then optional additions.
 */
export interface Measurement {
  id: Id
  cardId?: Id
  /** A stage's score when there is no card (additions to format v1). */
  stageId?: Id
  /** "nps" | "csat" | "ces" | a custom KPI's name. */
  metric: string
  /** An ISO date (2026-09-30), a month (2026-09) or a quarter (2026-Q3). */
  period: string
  n?: number
  value?: number
  counts?: Record<string, number>
  target?: number
  source?: string
  scale?: string
  /** Relational (over the whole relationship) rather than transactional (at a touchpoint). */
  relational?: boolean
  /** CSAT: share of top-2-box answers (default) or mean. */
  method?: 'top2' | 'mean'
  /** Custom KPI: its unit and which way is better. */
  unit?: string
  direction?: 'higher' | 'lower'
  frequency?: 'once' | 'periodic' | 'continuous'
}

export const MEASUREMENT_FREQUENCIES = ['once', 'periodic', 'continuous'] as const

// ---- workshop (rounds, timer, dot voting) ---------------------------------------------------
// Every piece is a record keyed by id (or one small value), so that two tabs — and later two
// devices — merge record by record: two people voting at the same moment keep both dots.

/** What a round asks for: irritants, "wow" ideas, musts, questions or free notes. */
export const ROUND_ASKS = ['irritant', 'wow', 'must', 'question', 'note'] as const
export type RoundAsk = (typeof ROUND_ASKS)[number]

/** Someone taking part in a workshop; the list stays with the board for the next workshop. */
export interface Participant {
  id: Id
  name: string
}

/** A timed round in which the group places notes. Active while it has no `endedAt`. */
export interface Round {
  id: Id
  ask: RoundAsk
  /** The stages the round's notes go to, in board order. */
  stageIds: Id[]
  /** How long it was given (it started the timer with this). */
  durationMs?: number
  /** Notes stay face down until the round is revealed. */
  private?: boolean
  /** Epoch milliseconds. */
  startedAt: number
  endedAt?: number
  revealedAt?: number
  /** The lane the facilitator chose when no lane of the board fits the ask. */
  laneId?: Id
  /** Notes the round had when it ended (its log line). */
  noteCount?: number
}

/** A dot-voting session. Open while it has no `endedAt`. */
export interface Voting {
  id: Id
  dotsPerParticipant: number
  /** Only cards with one of these tags can get dots (none: any card). */
  tags?: CardTag[]
  /** Only the notes of this round can get dots. */
  roundId?: Id
  /** One participant may put several dots on one card. */
  multiplePerCard?: boolean
  /** Counts stay hidden until the end. */
  hideCounts?: boolean
  startedAt: number
  endedAt?: number
}

/** One dot: a participant's vote for a card in a voting session. Dots are a set merged by id. */
export interface Dot {
  id: Id
  votingId: Id
  participantId: Id
  cardId: Id
  /** Epoch milliseconds: the earliest dots count when merged tabs overspent. */
  at: number
}

/** The workshop timer. It stores when it ends, not a countdown: a reload or another tab shows the same time left. */
export interface WorkshopTimer {
  durationMs: number
  /** Running: when it reaches zero (epoch milliseconds). */
  endsAt?: number
  /** Paused: the time that was left. */
  remainingMs?: number
}

export interface Workshop {
  participants?: Participant[]
  rounds?: Round[]
  votings?: Voting[]
  dots?: Dot[]
  timer?: WorkshopTimer
  /** Who wrote each note is not shown (anonymity). */
  anonymous?: boolean
}

/** A board as kept in IndexedDB: the document plus bookkeeping. */
export interface BoardRecord {
  board: Board
  /** Revision, raised by one at every write; used to detect another tab's writes. */
  rev: number
  createdAt: number
  updatedAt: number
}

export const isSeparator = (role: LaneRole): role is SeparatorRole => (SEPARATOR_ROLES as readonly string[]).includes(role)

/** Lanes that hold cards (not the separator lines, not the emotion curve, not the scores chart). */
export const holdsCards = (role: LaneRole): boolean => !isSeparator(role) && role !== 'emotions' && role !== 'scores'
