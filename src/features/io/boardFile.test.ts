import { describe, expect, it } from 'vitest'
import { formatImportError, parseBoardFile, serializeBoardFile, validateBoardFileData, type ParseResult } from './boardFile'
import { restoreBoard } from '../../domain/restore'
import type { Board } from '../../domain/types'
import { t } from '../../i18n'

import FIXTURE from '../../../test/fixtures/board-v1.parcours.json?raw'
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const fixture = (): Json => JSON.parse(FIXTURE)

function refused(r: ParseResult) {
  if (r.ok) throw new Error('the file was accepted')
  return { ...r, message: formatImportError(r, t) }
}

describe('board file v1', () => {
  it('opens the v1 fixture with everything in it', () => {
    const r = parseBoardFile(FIXTURE)
    if (!r.ok) throw new Error(formatImportError(r, t))
    expect(r.warnings).toEqual([])
    expect(r.file.board.cards).toHaveLength(6)
    expect(r.file.board.cards[3].text).toBe('Accueil et prise d’empreintes <b>biométriques</b>')
    expect(r.file.board.links.map((l) => l.id)).toEqual(['k1', 'k2'])
    expect(r.file.personas[0].name).toBe('Marie Tremblay')
    // the file's top-level measurements are the board's
    expect(r.file.board.measurements).toEqual(fixture().measurements)
    // what a file holds is already what the editor keeps: restoring it repairs nothing
    expect(restoreBoard(r.file.board)).toEqual({ board: r.file.board, warnings: [] })
  })

  it('round-trips: serialised then parsed gives the same board, personas and measurements', () => {
    const first = parseBoardFile(FIXTURE)
    if (!first.ok) throw new Error('fixture refused')
    const text = serializeBoardFile(first.file.board, first.file.personas)
    const again = parseBoardFile(text)
    if (!again.ok) throw new Error(formatImportError(again, t))
    expect(again.file).toEqual(first.file)
    // written where format v1 has them: beside the board, not inside it
    const data = JSON.parse(text)
    expect(data.measurements).toEqual(fixture().measurements)
    expect(data.board).not.toHaveProperty('measurements')
    expect(Object.keys(data)).toEqual(Object.keys(fixture()))
  })

  it('a board without measurements writes an empty list and reads back without any', () => {
    const f = fixture()
    delete f.measurements
    const r = parseBoardFile(JSON.stringify(f))
    if (!r.ok) throw new Error('refused')
    expect(r.file.board).not.toHaveProperty('measurements')
    expect(JSON.parse(serializeBoardFile(r.file.board)).measurements).toEqual([])
  })

  it('a measurement of a missing card is refused with its path in the file', () => {
    const f = fixture()
    f.measurements[1].cardId = 'c_gone'
    expect(refused(parseBoardFile(JSON.stringify(f)))).toMatchObject({ path: 'measurements[1].cardId' })
  })

  it('carries the customer mapping and the badges’ style; an expectation linked to a missing card is refused', () => {
    const board: Board = {
      id: 'bm',
      title: 'Mapping',
      kind: 'journey',
      stages: [{ id: 's', name: 'S' }],
      lanes: [
        { id: 'l', name: 'L', role: 'scores' },
        { id: 'k', name: 'T', role: 'touchpoints' },
      ],
      cards: [{ id: 'c', stageId: 's', laneId: 'k', text: 'Desk' }],
      links: [],
      expectations: [
        { id: 'x1', name: 'Speed', importance: 9, satisfaction: 3.5, cardId: 'c' },
        { id: 'x2', name: 'Decor' },
      ],
      mappingSplit: 'median',
      scoreSymbols: 'weather',
    }
    const r = parseBoardFile(serializeBoardFile(board))
    if (!r.ok) throw new Error(r.code)
    expect(r.file.board).toEqual(board)
    const bad = parseBoardFile(serializeBoardFile({ ...board, expectations: [{ id: 'x1', name: 'Speed', cardId: 'gone' }] }))
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.path).toBe('board.expectations[0].cardId')
  })

  it('leaves unknown fields behind instead of keeping them', () => {
    const f = fixture()
    f.board.cards[0].onclick = 'alert(1)'
    f.board.extra = { anything: true }
    const r = parseBoardFile(JSON.stringify(f))
    if (!r.ok) throw new Error('refused')
    expect(r.file.board.cards[0]).not.toHaveProperty('onclick')
    expect(r.file.board).not.toHaveProperty('extra')
  })

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseBoardFile('\ufeff' + FIXTURE).ok).toBe(true)
  })

  it('drops, with a warning, a persona reference the file does not carry', () => {
    const f = fixture()
    f.board.personaIds = ['p_marie', 'p_ghost']
    const r = parseBoardFile(JSON.stringify(f))
    if (!r.ok) throw new Error('refused')
    expect(r.file.board.personaIds).toEqual(['p_marie'])
    expect(r.warnings[0]).toMatch(/1 persona .* not in the file/)
  })
})

// One broken file per rule, each refused with a message naming where and what.
const corpus: [string, () => string, string, RegExp][] = [
  ['not JSON', () => '{"format": "parcours-board", ', 'notJson', /not JSON/],
  ['a JSON list', () => '[1, 2]', 'notObject', /expected a board file .* found a list of 2 items/],
  [
    'wrong format name',
    () => JSON.stringify({ ...fixture(), format: 'trello-board' }),
    'format',
    /^format: expected "parcours-board", found the text “trello-board”/,
  ],
  [
    'no format',
    () => {
      const f = fixture()
      delete f.format
      return JSON.stringify(f)
    },
    'format',
    /^format: .*found nothing/,
  ],
  [
    'a newer version',
    () => JSON.stringify({ ...fixture(), version: 2 }),
    'newerVersion',
    /^version: .*newer version of Parcours \(format version 2\).*opens version 1/,
  ],
  ['a version that is text', () => JSON.stringify({ ...fixture(), version: '1' }), 'version', /^version: .*found the text “1”/],
  [
    'a missing board',
    () => {
      const f = fixture()
      delete f.board
      return JSON.stringify(f)
    },
    'type',
    /^board: expected an object, found nothing/,
  ],
  [
    'a missing card list',
    () => {
      const f = fixture()
      delete f.board.cards
      return JSON.stringify(f)
    },
    'type',
    /^board\.cards: expected a list, found nothing/,
  ],
  [
    'a card text that is a number',
    () => {
      const f = fixture()
      f.board.cards[2].text = 42
      return JSON.stringify(f)
    },
    'type',
    /^board\.cards\[2\]\.text: expected text, found the number 42/,
  ],
  [
    'an unknown board kind',
    () => {
      const f = fixture()
      f.board.kind = 'mindmap'
      return JSON.stringify(f)
    },
    'oneOf',
    /^board\.kind: expected one of "journey", "blueprint", "target", "empathy", found the text “mindmap”/,
  ],
  [
    'an unknown lane role',
    () => {
      const f = fixture()
      f.board.lanes[1].role = 'villains'
      return JSON.stringify(f)
    },
    'oneOf',
    /^board\.lanes\[1\]\.role: expected one of/,
  ],
  [
    'an unknown tag',
    () => {
      const f = fixture()
      f.board.cards[0].tag = 'urgent'
      return JSON.stringify(f)
    },
    'oneOf',
    /^board\.cards\[0\]\.tag:/,
  ],
  [
    'negative votes',
    () => {
      const f = fixture()
      f.board.cards[0].votes = -2
      return JSON.stringify(f)
    },
    'tooSmall',
    /^board\.cards\[0\]\.votes: expected at least 0, found the number -2/,
  ],
  [
    'fractional votes',
    () => {
      const f = fixture()
      f.board.cards[0].votes = 1.5
      return JSON.stringify(f)
    },
    'notInteger',
    /^board\.cards\[0\]\.votes: expected a whole number/,
  ],
  [
    'an absurd FMEA score',
    () => {
      const f = fixture()
      f.board.cards[2].fmea.severity = 11
      return JSON.stringify(f)
    },
    'tooLarge',
    /^board\.cards\[2\]\.fmea\.severity: expected at most 10, found the number 11/,
  ],
  [
    'an emotion off the scale',
    () => {
      const f = fixture()
      f.board.emotions[0].value = 9
      return JSON.stringify(f)
    },
    'tooLarge',
    /^board\.emotions\[0\]\.value: expected at most 3/,
  ],
  [
    'a colour that is not #rrggbb',
    () => {
      const f = fixture()
      f.board.cards[1].color = 'red; background:url(x)'
      return JSON.stringify(f)
    },
    'color',
    /^board\.cards\[1\]\.color: expected a colour written #rrggbb/,
  ],
  [
    'a huge card text',
    () => {
      const f = fixture()
      f.board.cards[0].text = 'x'.repeat(200_000)
      return JSON.stringify(f)
    },
    'tooLong',
    /^board\.cards\[0\]\.text: text too long: 200,000 characters, at most 10,000/,
  ],
  [
    'a huge title',
    () => {
      const f = fixture()
      f.board.title = 'T'.repeat(5_000)
      return JSON.stringify(f)
    },
    'tooLong',
    /^board\.title: text too long/,
  ],
  [
    'an empty id',
    () => {
      const f = fixture()
      f.board.stages[0].id = ''
      return JSON.stringify(f)
    },
    'empty',
    /^board\.stages\[0\]\.id: must not be empty/,
  ],
  [
    'a duplicate card id',
    () => {
      const f = fixture()
      f.board.cards[4].id = 'c1'
      return JSON.stringify(f)
    },
    'duplicateId',
    /^board\.cards\[4\]\.id: the id “c1” is used twice/,
  ],
  [
    'a card on an unknown stage',
    () => {
      const f = fixture()
      f.board.cards[3].stageId = 's_nowhere'
      return JSON.stringify(f)
    },
    'unknownStage',
    /^board\.cards\[3\]\.stageId: no stage of the board has the id “s_nowhere”/,
  ],
  [
    'a card on an unknown lane',
    () => {
      const f = fixture()
      f.board.cards[3].laneId = 'l_nowhere'
      return JSON.stringify(f)
    },
    'unknownLane',
    /^board\.cards\[3\]\.laneId: no lane/,
  ],
  [
    'a card on the line of visibility',
    () => {
      const f = fixture()
      f.board.cards[3].laneId = 'l_lv'
      return JSON.stringify(f)
    },
    'cardInLine',
    /^board\.cards\[3\]\.laneId: the lane “l_lv” is a Line of visibility: it holds no cards/,
  ],
  [
    'an arrow to a missing card',
    () => {
      const f = fixture()
      f.board.links[1].to = 'c99'
      return JSON.stringify(f)
    },
    'unknownCard',
    /^board\.links\[1\]\.to: no card of the board has the id “c99”/,
  ],
  [
    'an arrow from a card to itself',
    () => {
      const f = fixture()
      f.board.links[1].to = 'c3'
      return JSON.stringify(f)
    },
    'selfLink',
    /^board\.links\[1\]: an arrow cannot start and end on the same card/,
  ],
  [
    'a phase with an unknown stage',
    () => {
      const f = fixture()
      f.board.phases[2].stageIds.push('s_gone')
      return JSON.stringify(f)
    },
    'unknownStage',
    /^board\.phases\[2\]\.stageIds\[1\]:/,
  ],
  [
    'a measurement of a missing card',
    () => {
      const f = fixture()
      f.measurements[1].cardId = 'c404'
      return JSON.stringify(f)
    },
    'unknownCard',
    /^measurements\[1\]\.cardId:/,
  ],
  [
    'a __proto__ key',
    () => FIXTURE.replace('"kind": "blueprint",', '"kind": "blueprint", "__proto__": { "polluted": true },'),
    'forbiddenKey',
    /^board: the key “__proto__” is not allowed/,
  ],
  [
    'a constructor key deep inside',
    () => FIXTURE.replace('"n": 212,', '"n": 212, "constructor": { "prototype": {} },'),
    'forbiddenKey',
    /^measurements\[0\]: the key “constructor”/,
  ],
  [
    'a card text nested 10,000 lists deep',
    () => FIXTURE.replace(`"text": "L’agent vérifie le dossier"`, `"text": ` + '['.repeat(10_000) + ']'.repeat(10_000)),
    'tooDeep',
    /^lists and objects are nested more than 64 levels deep \(line \d+, column \d+\)/,
  ],
  [
    'a file that is only 100,000 nested objects',
    () => '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
    'tooDeep',
    /more than 64 levels deep \(line 1, column 321\)/,
  ],
  [
    'a javascript: photo',
    () => {
      const f = fixture()
      f.personas[0].photo = 'javascript:alert(1)'
      return JSON.stringify(f)
    },
    'photoType',
    /^personas\[0\]\.photo: only PNG, JPEG or WebP images/,
  ],
  [
    'an SVG data URL photo',
    () => {
      const f = fixture()
      f.personas[0].photo = 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+'
      return JSON.stringify(f)
    },
    'photoType',
    /^personas\[0\]\.photo: only PNG/,
  ],
  [
    'a "PNG" photo that is text',
    () => {
      const f = fixture()
      f.personas[0].photo = 'data:image/png;base64,' + btoa('<script>alert(1)</script>')
      return JSON.stringify(f)
    },
    'photoContent',
    /^personas\[0\]\.photo: the photo is not a real PNG image/,
  ],
  [
    'an oversized photo',
    () => {
      const f = fixture()
      f.personas[0].photo = 'data:image/png;base64,' + 'A'.repeat(2_100_000)
      return JSON.stringify(f)
    },
    'tooLong',
    /^personas\[0\]\.photo: text too long/,
  ],
  [
    'a measurement with 201 answer counts',
    () => {
      const f = fixture()
      f.measurements[0].counts = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, i]))
      return JSON.stringify(f)
    },
    'tooMany',
    /^measurements\[0\]\.counts: too many items: 201, at most 200/,
  ],
  [
    'a persona without a name',
    () => {
      const f = fixture()
      delete f.personas[0].name
      return JSON.stringify(f)
    },
    'type',
    /^personas\[0\]\.name: expected text, found nothing/,
  ],
]

describe('a broken board file is refused with the first problem named', () => {
  it.each(corpus)('%s', (_name, make, code, message) => {
    const r = refused(parseBoardFile(make()))
    expect(r.code).toBe(code)
    expect(r.message).toMatch(message)
  })

  it('counts brackets inside texts as text, not as nesting', () => {
    const f = fixture()
    f.board.cards[0].text = '['.repeat(5_000) + '{\\"'.repeat(100)
    expect(parseBoardFile(JSON.stringify(f)).ok).toBe(true)
  })

  it('refuses nesting too deep in data parsed elsewhere, without overflowing the stack', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const f = fixture()
    f.board.cards[0].extra = deep
    const r = refused(validateBoardFileData(f))
    expect(r.code).toBe('tooDeepData')
    expect(r.message).toMatch(/^board\.cards\[0\]\.extra(\[0\])+: lists and objects are nested more than 64 levels deep here/)
  })

  it('never pollutes Object.prototype', () => {
    parseBoardFile(FIXTURE.replace('"kind": "blueprint",', '"kind": "blueprint", "__proto__": { "polluted": true },'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
