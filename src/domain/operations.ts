// Pure operations on a board. Each takes a board and returns a new one (immer keeps the
// identity of everything it did not touch, which undo, merge and React rely on).
// Callers pass ids in, so an operation is deterministic and easy to test.
import { produce } from 'immer'
import type { Board, Card, Id, Lane, LaneRole, Link, Measurement, Moment, Stage } from './types'
import { holdsCards } from './types'

const clampIndex = (i: number | undefined, len: number) => (i === undefined || i < 0 || i > len ? len : Math.floor(i))

function moveInArray<T>(arr: T[], from: number, to: number): void {
  if (from < 0 || from >= arr.length) return
  const [item] = arr.splice(from, 1)
  arr.splice(Math.max(0, Math.min(to, arr.length)), 0, item)
}

/** Remove cards and whatever points at them (links, measurements). */
function dropCards(d: Board, ids: Set<Id>): void {
  if (ids.size === 0) return
  d.cards = d.cards.filter((c) => !ids.has(c.id))
  d.links = d.links.filter((l) => !ids.has(l.from) && !ids.has(l.to))
  if (d.measurements?.some((m) => m.cardId !== undefined && ids.has(m.cardId))) {
    d.measurements = d.measurements.filter((m) => m.cardId === undefined || !ids.has(m.cardId))
    if (d.measurements.length === 0) delete d.measurements
  }
  // a workshop's dots on them go too
  if (d.workshop?.dots?.some((x) => ids.has(x.cardId))) d.workshop.dots = d.workshop.dots.filter((x) => !ids.has(x.cardId))
  for (const e of d.expectations ?? []) if (e.cardId !== undefined && ids.has(e.cardId)) delete e.cardId
}

// ---- board ----------------------------------------------------------------

export const renameBoard = (b: Board, title: string): Board =>
  produce(b, (d) => {
    d.title = title
  })

export const setBoardField = <K extends 'personaIds' | 'fmeaThreshold' | 'situation' | 'locale'>(b: Board, key: K, value: Board[K]): Board =>
  produce(b, (d) => {
    if (value === undefined) delete d[key]
    else d[key] = value as never
  })

// ---- stages ---------------------------------------------------------------

export const addStage = (b: Board, stage: Stage, index?: number, phaseId?: Id): Board =>
  produce(b, (d) => {
    const at = clampIndex(index, d.stages.length)
    d.stages.splice(at, 0, stage)
    // A stage inserted between two stages of one phase joins that phase.
    const target =
      (phaseId && d.phases?.find((p) => p.id === phaseId)) ||
      d.phases?.find((p) => p.stageIds.includes(d.stages[at - 1]?.id ?? '') || p.stageIds.includes(d.stages[at + 1]?.id ?? ''))
    if (target) target.stageIds.push(stage.id)
  })

export const updateStage = (b: Board, id: Id, patch: Partial<Omit<Stage, 'id'>>): Board =>
  produce(b, (d) => {
    const s = d.stages.find((x) => x.id === id)
    if (!s) return
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete (s as unknown as Record<string, unknown>)[k]
      else (s as unknown as Record<string, unknown>)[k] = v
    }
  })

export const renameStage = (b: Board, id: Id, name: string): Board => updateStage(b, id, { name })

export const setStageMoment = (b: Board, id: Id, moment: Moment | undefined): Board => updateStage(b, id, { moment })

export const moveStage = (b: Board, id: Id, toIndex: number): Board =>
  produce(b, (d) => {
    moveInArray(
      d.stages,
      d.stages.findIndex((s) => s.id === id),
      toIndex,
    )
  })

export const deleteStage = (b: Board, id: Id): Board =>
  produce(b, (d) => {
    d.stages = d.stages.filter((s) => s.id !== id)
    dropCards(d, new Set(d.cards.filter((c) => c.stageId === id).map((c) => c.id)))
    if (d.emotions) d.emotions = d.emotions.filter((e) => e.stageId !== id)
    if (d.phases) for (const p of d.phases) p.stageIds = p.stageIds.filter((s) => s !== id)
    if (d.measurements?.some((m) => m.stageId === id)) {
      d.measurements = d.measurements.filter((m) => m.stageId !== id)
      if (d.measurements.length === 0) delete d.measurements
    }
  })

// ---- phases ---------------------------------------------------------------

export const addPhase = (b: Board, phase: { id: Id; name: string; stageIds?: Id[] }): Board =>
  produce(b, (d) => {
    const stageIds = phase.stageIds ?? []
    d.phases ??= []
    for (const p of d.phases) p.stageIds = p.stageIds.filter((s) => !stageIds.includes(s))
    d.phases.push({ id: phase.id, name: phase.name, stageIds: [...stageIds] })
  })

export const renamePhase = (b: Board, id: Id, name: string): Board =>
  produce(b, (d) => {
    const p = d.phases?.find((x) => x.id === id)
    if (p) p.name = name
  })

export const deletePhase = (b: Board, id: Id): Board =>
  produce(b, (d) => {
    if (d.phases) d.phases = d.phases.filter((p) => p.id !== id)
  })

/** Put a stage in a phase (or in none with `phaseId` null). A stage is in one phase at most. */
export const setStagePhase = (b: Board, stageId: Id, phaseId: Id | null): Board =>
  produce(b, (d) => {
    for (const p of d.phases ?? []) p.stageIds = p.stageIds.filter((s) => s !== stageId)
    const p = d.phases?.find((x) => x.id === phaseId)
    if (p) p.stageIds.push(stageId)
  })

// ---- lanes ----------------------------------------------------------------

export const addLane = (b: Board, lane: Lane, index?: number): Board =>
  produce(b, (d) => {
    d.lanes.splice(clampIndex(index, d.lanes.length), 0, lane)
  })

export const renameLane = (b: Board, id: Id, name: string): Board =>
  produce(b, (d) => {
    const l = d.lanes.find((x) => x.id === id)
    if (l) l.name = name
  })

/** Change a lane's role. A lane that holds cards cannot become a line or the emotion curve. */
export const setLaneRole = (b: Board, id: Id, role: LaneRole): Board => {
  if (!holdsCards(role) && b.cards.some((c) => c.laneId === id)) return b
  return produce(b, (d) => {
    const l = d.lanes.find((x) => x.id === id)
    if (l) l.role = role
  })
}

export const moveLane = (b: Board, id: Id, toIndex: number): Board =>
  produce(b, (d) => {
    moveInArray(
      d.lanes,
      d.lanes.findIndex((l) => l.id === id),
      toIndex,
    )
  })

export const deleteLane = (b: Board, id: Id): Board =>
  produce(b, (d) => {
    d.lanes = d.lanes.filter((l) => l.id !== id)
    dropCards(d, new Set(d.cards.filter((c) => c.laneId === id).map((c) => c.id)))
  })

// ---- cards ----------------------------------------------------------------

/** Cards of one cell, in their order on the board. */
export const cellCards = (b: Board, stageId: Id, laneId: Id): Card[] => b.cards.filter((c) => c.stageId === stageId && c.laneId === laneId)

/** Index in `cards` before which a card lands to be the `index`-th of its cell. */
function insertionPoint(cards: Card[], stageId: Id, laneId: Id, index: number | undefined): number {
  let seen = 0
  let lastOfCell = -1
  for (let i = 0; i < cards.length; i++) {
    const c = cards[i]
    if (c.stageId !== stageId || c.laneId !== laneId) continue
    if (index !== undefined && seen === index) return i
    seen++
    lastOfCell = i
  }
  return lastOfCell === -1 ? cards.length : lastOfCell + 1
}

/** Add a card to a cell; a line, the emotion curve or a missing stage or lane refuses it. */
export const addCard = (b: Board, card: Card, index?: number): Board => {
  const lane = b.lanes.find((l) => l.id === card.laneId)
  if (!lane || !holdsCards(lane.role) || !b.stages.some((s) => s.id === card.stageId)) return b
  return produce(b, (d) => {
    d.cards.splice(insertionPoint(d.cards, card.stageId, card.laneId, index), 0, card)
  })
}

export type CardPatch = Partial<Omit<Card, 'id' | 'stageId' | 'laneId'>>

/** Set (or, with `undefined`, remove) fields of several cards at once. */
export const updateCards = (b: Board, ids: Id[], patch: CardPatch): Board =>
  produce(b, (d) => {
    const set = new Set(ids)
    for (const c of d.cards) {
      if (!set.has(c.id)) continue
      for (const [k, v] of Object.entries(patch)) {
        // A card always has a text: clearing it leaves '' (the layout reads it).
        if (v === undefined || v === false || (v === '' && k !== 'text')) delete (c as unknown as Record<string, unknown>)[k]
        else (c as unknown as Record<string, unknown>)[k] = v
      }
    }
  })

export const updateCard = (b: Board, id: Id, patch: CardPatch): Board => updateCards(b, [id], patch)

/** Move cards (in their current order) into a cell, as its `index`-th cards (end if omitted). */
export const moveCards = (b: Board, ids: Id[], stageId: Id, laneId: Id, index?: number): Board => {
  const lane = b.lanes.find((l) => l.id === laneId)
  if (!lane || !holdsCards(lane.role) || !b.stages.some((s) => s.id === stageId)) return b
  const set = new Set(ids)
  // Dropped back where they were (or nothing to move): no change, so no empty undo step.
  const before = b.cards.filter((c) => set.has(c.id))
  if (before.every((c) => c.stageId === stageId && c.laneId === laneId)) {
    const cell = cellCards(b, stageId, laneId)
    const others = cell.filter((c) => !set.has(c.id))
    const at = index !== undefined && Number.isInteger(index) && index >= 0 && index < others.length ? index : others.length
    others.splice(at, 0, ...before)
    if (others.every((c, i) => c === cell[i])) return b
  }
  return produce(b, (d) => {
    const moving = d.cards.filter((c) => set.has(c.id))
    // The index counts the cell's cards other than the moving ones.
    const rest = d.cards.filter((c) => !set.has(c.id))
    const at = insertionPoint(rest, stageId, laneId, index)
    for (const c of moving) {
      c.stageId = stageId
      c.laneId = laneId
    }
    rest.splice(at, 0, ...moving)
    d.cards = rest
  })
}

export const deleteCards = (b: Board, ids: Id[]): Board =>
  produce(b, (d) => {
    dropCards(d, new Set(ids))
  })

/** Copy cards next to their originals; `newIds[i]` is the id of the copy of `ids[i]`.
 * Links between two copied cards are copied too. */
export const duplicateCards = (b: Board, ids: Id[], newIds: Id[], newLinkId: () => Id): Board =>
  produce(b, (d) => {
    const map = new Map(ids.map((id, i) => [id, newIds[i]]))
    const out: Card[] = []
    for (const c of d.cards) {
      out.push(c)
      const copyId = map.get(c.id)
      if (copyId) out.push({ ...JSON.parse(JSON.stringify(c)), id: copyId, votes: undefined } as Card)
    }
    for (const c of out) if (c.votes === undefined) delete c.votes
    d.cards = out
    for (const l of [...d.links]) {
      const from = map.get(l.from)
      const to = map.get(l.to)
      if (from && to) d.links.push({ ...l, id: newLinkId(), from, to })
    }
  })

// ---- links ----------------------------------------------------------------

/** Add an arrow; refuses self-links, duplicates and links to cards that do not exist. */
export const addLink = (b: Board, link: Link): Board => {
  if (link.from === link.to) return b
  const ids = new Set(b.cards.map((c) => c.id))
  if (!ids.has(link.from) || !ids.has(link.to)) return b
  if (b.links.some((l) => l.from === link.from && l.to === link.to)) return b
  return produce(b, (d) => {
    d.links.push(link)
  })
}

export const setLinkLabel = (b: Board, id: Id, label: string): Board =>
  produce(b, (d) => {
    const l = d.links.find((x) => x.id === id)
    if (!l) return
    if (label.trim() === '') delete l.label
    else l.label = label
  })

export const deleteLinks = (b: Board, ids: Id[]): Board =>
  produce(b, (d) => {
    const set = new Set(ids)
    d.links = d.links.filter((l) => !set.has(l.id))
  })

// ---- measurements -----------------------------------------------------------

/** Attach a measured score; refused (board unchanged) when its card or stage is not on the board or its id is taken. */
export const addMeasurement = (b: Board, m: Measurement): Board => {
  if (m.cardId !== undefined && !b.cards.some((c) => c.id === m.cardId)) return b
  if (m.stageId !== undefined && !b.stages.some((s) => s.id === m.stageId)) return b
  if (b.measurements?.some((x) => x.id === m.id)) return b
  return produce(b, (d) => {
    ;(d.measurements ??= []).push(m)
  })
}

/** Add several scores at once (an import): one edit, one undo step. Those that point nowhere are left out. */
export const addMeasurements = (b: Board, ms: readonly Measurement[]): Board => ms.reduce(addMeasurement, b)

export type MeasurementPatch = Partial<Omit<Measurement, 'id'>>

/** Change a score's fields; a field set to `undefined` is removed. */
export const updateMeasurement = (b: Board, id: Id, patch: MeasurementPatch): Board =>
  produce(b, (d) => {
    const m = d.measurements?.find((x) => x.id === id)
    if (!m) return
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete (m as Record<string, unknown>)[k]
      else (m as Record<string, unknown>)[k] = v
    }
  })

export const deleteMeasurements = (b: Board, ids: readonly Id[]): Board => {
  const set = new Set(ids)
  if (!b.measurements?.some((m) => set.has(m.id))) return b
  return produce(b, (d) => {
    d.measurements = d.measurements!.filter((m) => !set.has(m.id))
    if (d.measurements.length === 0) delete d.measurements
  })
}
