import { describe, expect, it } from 'vitest'
import { LIMITS, restoreBoard, type RestoreWarning } from './restore'
import { layoutBoard } from './layout'
import { canonical, card, invariantErrors, journey, lane, link, makeBoard, randomBoard, stage } from '../../test/boards'
import { rng, seeds, type Rng } from '../../test/random'
import fixture from '../../test/fixtures/board-v1.parcours.json'

/** The warnings as { code: count }, to compare in one go. */
const repairs = (w: RestoreWarning[]) => Object.fromEntries(w.map((x) => [x.code, x.count]))
/** A journey() record with some of its parts replaced, as raw JSON. */
const record = (patch: Record<string, unknown>) => ({ ...structuredClone(journey()), ...patch }) as Record<string, unknown>
const parse = (json: string) => JSON.parse(json) as unknown

describe('restoreBoard on sound boards', () => {
  it('gives a sound board back as it was, with no warnings', () => {
    const { board, warnings } = restoreBoard(structuredClone(journey()))
    expect(board).toEqual(journey())
    expect(warnings).toEqual([])
  })

  it.each(seeds([71, 72, 73]))('gives random boards back as they were, with no warnings (seed %i)', (seed) => {
    const r = rng(seed)
    for (let i = 0; i < 20; i++) {
      const b = randomBoard(r, 80)
      const { board, warnings } = restoreBoard(JSON.parse(JSON.stringify(b)))
      expect(warnings, `seed ${seed}, board ${i}`).toEqual([])
      expect(board, `seed ${seed}, board ${i}`).toEqual(canonical(b))
    }
  })

  it('opens the version-1 board file fixture with nothing to repair', () => {
    const { board, warnings } = restoreBoard(structuredClone(fixture.board))
    expect(warnings).toEqual([])
    expect(board).toEqual(fixture.board)
  })

  it('opens an old record written before the optional lists and fields existed', () => {
    // the first stored boards had no phases, emotions, personas, moments, FMEA or threshold
    const old = {
      id: 'b_old',
      title: 'Old',
      kind: 'journey',
      stages: [{ id: 's1', name: 'One' }],
      lanes: [{ id: 'l1', name: 'Actions', role: 'actions' }],
      cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: 'Hello' }],
      links: [],
    }
    const { board, warnings } = restoreBoard(structuredClone(old))
    expect(board).toEqual(old)
    expect(warnings).toEqual([])
  })
})

describe('restoreBoard on bad records', () => {
  it.each([null, undefined, 42, 'board', [journey()], true])('an unreadable record (%s) gives an empty board under the fallback id', (raw) => {
    const { board, warnings } = restoreBoard(raw, { id: 'b9', title: 'From the row' })
    expect(board).toEqual(makeBoard({ id: 'b9', title: 'From the row' }))
    expect(repairs(warnings)).toEqual({ unreadable: 1 })
  })

  it('missing lists become empty lists; missing id, title and kind are filled in', () => {
    const { board, warnings } = restoreBoard({}, { id: 'b9', title: 'From the row' })
    expect(board).toEqual(makeBoard({ id: 'b9', title: 'From the row' }))
    expect(repairs(warnings)).toEqual({ kind: 1 })
    expect(invariantErrors(board)).toEqual([])
  })

  it('lists of the wrong type are dropped', () => {
    const { board } = restoreBoard(record({ cards: { c1: journey().cards[0] }, links: 'k1', phases: 7, emotions: { s1: 2 } }))
    expect(board).toEqual({ ...journey(), cards: [], links: [], phases: undefined, emotions: undefined })
  })

  // A list of the wrong type (say, cards kept as an object by id) is lost: the user is told.
  it('lists of the wrong type are reported', () => {
    const { warnings } = restoreBoard(record({ cards: { c1: journey().cards[0] }, links: 'k1' }))
    expect(warnings.length).toBeGreaterThan(0)
  })

  it('an unknown kind becomes a journey map', () => {
    const { board, warnings } = restoreBoard(record({ kind: 'mindmap' }))
    expect(board).toEqual(journey())
    expect(repairs(warnings)).toEqual({ kind: 1 })
  })

  it('entries that are not records are dropped, each counted', () => {
    const b = journey()
    const { board, warnings } = restoreBoard(
      record({ stages: [...b.stages, null, 'x'], lanes: [...b.lanes, 3], cards: [...b.cards, [], false], links: [...b.links, null] }),
    )
    expect(board).toEqual(journey())
    expect(repairs(warnings)).toEqual({ stageDropped: 2, laneDropped: 1, cardDropped: 2, linkDropped: 1 })
  })

  it('duplicate ids are re-issued within each kind of record; a lane may share a stage’s id', () => {
    const b = journey()
    const { board, warnings } = restoreBoard(
      record({
        stages: [...b.stages, stage('s1', 'Second s1')],
        lanes: [...b.lanes, lane('s2', 'notes', 'Lane with a stage’s id')],
        cards: [...b.cards, card('c1', 's2', 'lt', 'Second c1')],
      }),
    )
    expect(repairs(warnings)).toEqual({ idReissued: 2 })
    expect(invariantErrors(board)).toEqual([])
    // the first holder keeps the id; the others keep their content under a fresh one
    expect(board.stages.map((s) => s.name)).toEqual(['Discover', 'Choose', 'Travel', 'Second s1'])
    expect(board.stages[3].id).not.toBe('s1')
    expect(board.lanes[5]).toMatchObject({ id: 's2', name: 'Lane with a stage’s id', role: 'notes' })
    expect(board.cards.map((c) => c.text)).toEqual([...b.cards.map((c) => c.text), 'Second c1'])
    expect(board.cards[0].id).toBe('c1')
    expect(board.cards[5].id).not.toBe('c1')
    // the arrows still join the cards they joined
    expect(board.links).toEqual(b.links)
  })

  // Ids are unique per kind of record: a card sharing a lane's id keeps it, and its arrows.
  it('a card whose id is also a lane’s keeps its arrows', () => {
    const b = journey()
    const { board } = restoreBoard(record({ lanes: [...b.lanes, lane('c1', 'notes')] }))
    expect(board.links).toHaveLength(2)
  })

  it('cards on unknown stages or lanes, or on lines and the emotion curve, are dropped', () => {
    const b = journey()
    const { board, warnings } = restoreBoard(
      record({
        cards: [...b.cards, card('x1', 'gone', 'la'), card('x2', 's1', 'gone'), card('x3', 's1', 'lv'), card('x4', 's1', 'le'), { id: 'x5', text: 'no cell' }],
        links: [...b.links, link('kx', 'c1', 'x1')],
      }),
    )
    expect(board).toEqual(journey())
    expect(repairs(warnings)).toEqual({ cardDropped: 5, linkDropped: 1 })
  })

  it('links to missing cards, self-links and repeated links are dropped', () => {
    const b = journey()
    const { board, warnings } = restoreBoard(
      record({
        links: [...b.links, link('x1', 'c1', 'gone'), link('x2', 'gone', 'c1'), link('x3', 'c2', 'c2'), link('x4', 'c1', 'c3', 'again'), { id: 'x5' }],
      }),
    )
    expect(board).toEqual(journey())
    expect(repairs(warnings)).toEqual({ linkDropped: 5 })
  })

  it('an unknown lane role becomes notes', () => {
    const { board, warnings } = restoreBoard(record({ lanes: [...journey().lanes, { id: 'lx', name: 'X', role: 'timeline' }] }))
    expect(board.lanes[5]).toEqual(lane('lx', 'notes', 'X'))
    expect(repairs(warnings)).toEqual({ laneRole: 1 })
  })

  it('phases: unknown stages, a stage in two phases, and broken phases are repaired', () => {
    const { board, warnings } = restoreBoard(
      record({
        phases: [{ id: 'p1', name: 'Before', stageIds: ['s1', 's2', 'gone'] }, { id: 'p2', name: 'During', stageIds: ['s2', 's3', 42] }, 'not a phase'],
      }),
    )
    expect(board.phases).toEqual([
      { id: 'p1', name: 'Before', stageIds: ['s1', 's2'] },
      { id: 'p2', name: 'During', stageIds: ['s3'] },
    ])
    expect(repairs(warnings)).toEqual({ phaseRepaired: 3 })
    expect(invariantErrors(board)).toEqual([])
  })

  it('emotion points on unknown stages or without a number are dropped; values are clamped to −3…+3', () => {
    const { board, warnings } = restoreBoard(
      record({
        emotions: [{ stageId: 's1', value: 99 }, { stageId: 's2', value: 'low' }, { stageId: 'gone', value: 1 }, { stageId: 's3', value: -1.4 }, null],
      }),
    )
    expect(board.emotions).toEqual([
      { stageId: 's1', value: 3 },
      { stageId: 's3', value: -1 },
    ])
    expect(repairs(warnings)).toEqual({ emotionDropped: 3 })
  })

  it('card fields of the wrong type or out of range are dropped or clamped, and counted', () => {
    const bad = {
      ...card('c1', 's1', 'la', 'ok'),
      tag: 'urgent',
      evidence: 'rumour',
      moment: 'meh',
      color: 'red',
      durationMinutes: -5,
      votes: 'many',
      fmea: { failure: 'x', severity: 'high', probability: 1, detection: 1 },
    }
    const { board, warnings } = restoreBoard(record({ cards: [bad] }))
    expect(board.cards).toEqual([card('c1', 's1', 'la', 'ok')])
    expect(repairs(warnings)).toEqual({ cardField: 7, linkDropped: 2 })
  })

  it('absurd numbers are brought into range', () => {
    const { board } = restoreBoard(
      record({
        cards: [
          {
            ...card('c1', 's1', 'la'),
            votes: 1e12,
            durationMinutes: 1e15,
            fmea: { failure: 'f', severity: 1e9, probability: -4, detection: 3.7 },
          },
        ],
        links: [],
        fmeaThreshold: 1e9,
      }),
    )
    expect(board.cards[0]).toEqual({
      ...card('c1', 's1', 'la'),
      votes: LIMITS.votes,
      durationMinutes: LIMITS.durationMinutes,
      fmea: { failure: 'f', severity: 10, probability: 1, detection: 4 },
    })
    expect(board.fmeaThreshold).toBe(LIMITS.threshold)
  })

  it('absurd numbers that were clamped are reported', () => {
    const { warnings } = restoreBoard(record({ cards: [{ ...card('c1', 's1', 'la'), votes: 1e12, durationMinutes: 1e15 }], links: [], fmeaThreshold: 1e9 }))
    expect(warnings.length).toBeGreaterThan(0)
  })

  it('NaN and Infinity (as JSON cannot carry them, but a script can) do not get through', () => {
    const { board } = restoreBoard(
      record({
        cards: [{ ...card('c1', 's1', 'la'), votes: NaN, durationMinutes: Infinity }],
        links: [],
        fmeaThreshold: NaN,
        emotions: [{ stageId: 's1', value: NaN }],
      }),
    )
    expect(board.cards[0]).toEqual(card('c1', 's1', 'la'))
    expect(board).not.toHaveProperty('fmeaThreshold')
    expect(board).not.toHaveProperty('emotions')
  })

  it('huge strings are cut to their limits, and said so', () => {
    const huge = 'x'.repeat(LIMITS.text + 5000)
    const { board, warnings } = restoreBoard(
      record({
        title: huge,
        stages: [{ id: 's1', name: huge, description: huge }],
        cards: [{ ...card('c1', 's1', 'la'), text: huge }],
        links: [],
        phases: [],
        emotions: [],
      }),
    )
    expect(board.title).toHaveLength(LIMITS.title)
    expect(board.stages[0].name).toHaveLength(LIMITS.name)
    expect(board.stages[0].description).toHaveLength(LIMITS.text)
    expect(board.cards[0].text).toHaveLength(LIMITS.text)
    expect(repairs(warnings)).toEqual({ textCut: 4 })
  })

  it('a very long id is re-issued rather than kept', () => {
    const long = 'c'.repeat(5000)
    const { board, warnings } = restoreBoard(record({ cards: [card(long, 's1', 'la')], links: [] }))
    expect(board.cards).toHaveLength(1)
    expect(board.cards[0].id.length).toBeLessThan(100)
    expect(repairs(warnings)).toEqual({ idReissued: 1 })
  })

  it('__proto__ and constructor keys pollute nothing and are left behind', () => {
    const raw = parse(
      `{"id":"b1","title":"T","kind":"journey","__proto__":{"polluted":true},
        "stages":[{"id":"s1","name":"S","__proto__":{"polluted":true}}],
        "lanes":[{"id":"l1","name":"L","role":"actions","constructor":{"prototype":{"polluted":true}}}],
        "cards":[{"id":"c1","stageId":"s1","laneId":"l1","text":"t","__proto__":{"polluted":true,"tag":"wow"}}],
        "links":[]}`,
    )
    const { board } = restoreBoard(raw)
    expect(board).toEqual(makeBoard({ title: 'T', stages: [stage('s1', 'S')], lanes: [lane('l1', 'actions', 'L')], cards: [card('c1', 's1', 'l1', 't')] }))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(board)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(board.cards[0])).toBe(Object.prototype)
    expect(JSON.stringify(board)).not.toContain('polluted')
  })

  it('a phase listing a stage twice lists it once', () => {
    const { board, warnings } = restoreBoard(record({ phases: [{ id: 'p1', name: 'Before', stageIds: ['s1', 's1', 's2'] }] }))
    expect(board.phases).toEqual(journey().phases)
    expect(repairs(warnings)).toEqual({ phaseRepaired: 1 })
  })

  it('ids that are not strings are re-issued; the cards on such a stage are lost and counted', () => {
    const { board, warnings } = restoreBoard(
      record({ stages: [{ id: 1, name: 'One' }], cards: [{ ...card('c1', 's1', 'la') }, { ...card('c9', '1', 'la') }], links: [], phases: [], emotions: [] }),
    )
    expect(board.stages).toHaveLength(1)
    expect(board.stages[0].name).toBe('One')
    expect(invariantErrors(board)).toEqual([])
    expect(repairs(warnings)).toMatchObject({ idReissued: 1 })
  })
})

// ---- random damage ------------------------------------------------------------

const JUNK: ((r: Rng) => unknown)[] = [
  () => null,
  () => undefined,
  (r) => r.int(1000) - 500,
  () => 1e308,
  () => -1,
  () => NaN,
  () => Infinity,
  (r) => r.word(),
  () => '',
  (r) => 'y'.repeat(r.between(10_000, 30_000)),
  () => [],
  () => ({}),
  () => true,
  () => JSON.parse('{"__proto__":{"polluted":1}}'),
  () => ['s1', 'c1'],
]

/** Breaks `raw` in place at a random spot: a field set to junk, removed, or an entry duplicated. */
function damage(r: Rng, raw: unknown): void {
  let node = raw as Record<string, unknown>
  // walk down a few levels
  for (let depth = 0; depth < r.between(0, 3); depth++) {
    const keys = Object.keys(node)
    if (!keys.length) break
    const next = node[r.pick(keys)]
    if (typeof next !== 'object' || next === null) break
    node = next as Record<string, unknown>
  }
  const keys = Object.keys(node)
  if (!keys.length) return
  const key = r.pick(keys)
  const what = r.int(3)
  if (what === 0) node[key] = r.pick(JUNK)(r)
  else if (what === 1) delete node[key]
  else if (Array.isArray(node) && node.length) node.push(structuredClone(node[r.int(node.length)]))
  else node[key] = r.pick(JUNK)(r)
}

describe('restoreBoard on randomly damaged records (property)', () => {
  it.each(seeds([81, 82, 83]))('never throws, and always gives a sound board that restores to itself (seed %i)', (seed) => {
    const r = rng(seed)
    for (let i = 0; i < 100; i++) {
      const raw = JSON.parse(JSON.stringify(randomBoard(r, 30))) as unknown
      const hits = r.between(1, 8)
      for (let k = 0; k < hits; k++) damage(r, raw)
      const why = `seed ${seed}, record ${i}`
      const { board } = restoreBoard(raw, { id: 'fallback' })
      expect(invariantErrors(board), why).toEqual([])
      expect(() => layoutBoard(board), why).not.toThrow()
      expect(board.title.length, why).toBeLessThanOrEqual(LIMITS.title)
      for (const c of board.cards) expect(c.text.length, why).toBeLessThanOrEqual(LIMITS.text)
      // restoring what restore gave is the identity, with nothing more to repair
      const again = restoreBoard(JSON.parse(JSON.stringify(board)))
      expect(again.warnings, why).toEqual([])
      expect(again.board, why).toEqual(board)
      expect(({} as Record<string, unknown>).polluted, why).toBeUndefined()
    }
  })
})
