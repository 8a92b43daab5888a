// The workshop through the layers a user's work passes: the editor store (undo), the board file
// (export and import), the ranking's CSV and the summary's text.
import { describe, expect, it } from 'vitest'
import { card, lane, makeBoard, stage } from '../../../test/boards'
import { createEditorStore } from '../../store/editorStore'
import type { Board, Dot } from '../../domain/types'
import { addParticipant } from '../../domain/workshop/participants'
import { addRoundNote, endRound, startRound } from '../../domain/workshop/rounds'
import { setTimer } from '../../domain/workshop/settings'
import { startTimer } from '../../domain/workshop/timer'
import { endVoting, placeDot, startVoting } from '../../domain/workshop/voting'
import { workshopFlags } from '../../domain/workshop/cardFlags'
import { formatImportError, parseBoardFile, serializeBoardFile } from '../io/boardFile'
import { t } from '../../i18n'
import { boardT } from './boardLanguage'
import { rankingCsv } from './rankingCsv'
import { summaryBlocks } from './report'
import './strings'

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0)

function workshopBoard(locale: 'en' | 'fr' = 'en'): Board {
  let b = makeBoard({
    kind: 'target',
    locale,
    stages: [stage('s1', 'Book'), stage('s2', 'Arrive')],
    lanes: [lane('li', 'irritants', 'Irritants'), lane('lp', 'pluses', 'Pluses')],
    cards: [card('w1', 's1', 'lp', 'SMS when ready', { tag: 'wow' })],
  })
  b = addParticipant(addParticipant(addParticipant(b, { id: 'ana', name: 'Ana' }), { id: 'ben', name: 'Ben' }), { id: 'cy', name: 'Cy' })
  b = startRound(b, { id: 'r1', ask: 'irritant', stageIds: ['s1', 's2'], startedAt: T0, durationMs: 180_000 })
  b = addRoundNote(b, { id: 'n1', roundId: 'r1', stageId: 's1', text: '=SUM(A1) no slot', authorId: 'ana' })
  b = addRoundNote(b, { id: 'n2', roundId: 'r1', stageId: 's2', text: 'Queue', authorId: 'ben' })
  b = endRound(b, 'r1', T0 + 170_000)
  b = startVoting(b, { id: 'v1', dotsPerParticipant: 2, startedAt: T0 + 200_000 })
  const dot = (id: string, participantId: string, cardId: string): Dot => ({
    id,
    votingId: 'v1',
    participantId,
    cardId,
    at: T0 + 201_000 + Number(id.slice(1)),
  })
  for (const d of [dot('d1', 'ana', 'n1'), dot('d2', 'ben', 'n1'), dot('d3', 'cy', 'n2'), dot('d4', 'cy', 'w1'), dot('d5', 'ana', 'w1')]) b = placeDot(b, d)
  return endVoting(b, 'v1', T0 + 300_000)
}

describe('the editor store', () => {
  it('a timer move is saved but is not an undo step: Ctrl+Z undoes the note before it', () => {
    const s = createEditorStore()
    s.getState().load(workshopBoard())
    s.getState().apply((b) =>
      addRoundNote(startRound(b, { id: 'r2', ask: 'wow', stageIds: ['s1'], startedAt: T0 + 400_000 }), {
        id: 'n3',
        roundId: 'r2',
        stageId: 's1',
        text: 'Call back',
      }),
    )
    s.getState().apply((b) => setTimer(b, startTimer(b.workshop?.timer, T0 + 500_000, 60_000)), { history: false })
    expect(s.getState().past).toHaveLength(1)
    s.getState().undo()
    const b = s.getState().board!
    expect(b.cards.some((c) => c.id === 'n3')).toBe(false)
    // the timer the facilitator started after that step is still running
    expect(b.workshop!.timer).toEqual({ durationMs: 60_000, endsAt: T0 + 560_000 })
  })
})

describe('the board file', () => {
  it('carries the workshop: participants, rounds, votes, dots and who wrote each note', () => {
    const b = workshopBoard()
    const r = parseBoardFile(serializeBoardFile(b))
    if (!r.ok) throw new Error(formatImportError(r, t))
    expect(r.warnings).toEqual([])
    expect(r.file.board).toEqual(b)
  })

  it('refuses a workshop of the wrong shape, naming the field', () => {
    const f = JSON.parse(serializeBoardFile(workshopBoard()))
    f.board.workshop.votings[0].dotsPerParticipant = 0
    const r = parseBoardFile(JSON.stringify(f))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(formatImportError(r, t)).toContain('board.workshop.votings[0].dotsPerParticipant')
  })

  it('leaves out a dot on a card the file does not hold, and says so', () => {
    const f = JSON.parse(serializeBoardFile(workshopBoard()))
    f.board.workshop.dots.push({ id: 'dx', votingId: 'v1', participantId: 'ana', cardId: 'gone', at: T0 + 250_000 })
    const r = parseBoardFile(JSON.stringify(f))
    if (!r.ok) throw new Error(formatImportError(r, t))
    expect(r.file.board.workshop!.dots!.map((d) => d.id)).not.toContain('dx')
    expect(r.warnings).toEqual(['1 workshop record pointing to nothing in the file was left out'])
  })
})

describe('the ranking as CSV', () => {
  it('one row per card with dots, in rank order, ties marked; a formula stays text', () => {
    const b = workshopBoard()
    const csv = rankingCsv(b, b.workshop!.votings![0], boardT(b), 'en')
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Rank,Dots,Card,Stage no.,Stage,Lane,Tag,Tie',
      "1,2,'=SUM(A1) no slot,1,Book,Irritants,Irritant,Tie",
      '1,2,SMS when ready,1,Book,Pluses,Wow,Tie',
      '3,1,Queue,2,Arrive,Irritants,Irritant,',
    ])
  })

  it('in French with semicolons', () => {
    const b = workshopBoard('fr')
    const csv = rankingCsv(b, b.workshop!.votings![0], boardT(b), 'fr')
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Rang;Gommettes;Carte;N° d’étape;Étape;Couloir;Étiquette;Ex æquo')
  })
})

describe('the workshop summary', () => {
  it('lists each round’s top-voted irritants and wow ideas, the last ranking and the round log, in the board’s language', () => {
    const b = workshopBoard('fr')
    const blocks = summaryBlocks(b, boardT(b), 'fr', T0 + 400_000)
    const headings = blocks.filter((x) => x.type === 'heading').map((x) => (x as { text: string }).text)
    expect(headings).toEqual([
      'Irritants et idées « wow » les plus votés',
      'Tour 1 : Irritants · Toutes les étapes',
      'Hors des tours',
      'Classement du dernier vote',
      'Journal des tours',
    ])
    const tables = blocks.filter((x) => x.type === 'table') as { rows: { text: string }[][] }[]
    expect(tables[0].rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Irritant', '2', '=SUM(A1) no slot', '1. Book'],
      ['Irritant', '1', 'Queue', '2. Arrive'],
    ])
    expect(tables[1].rows.map((r) => r[2].text)).toEqual(['SMS when ready'])
    expect(tables[2].rows.map((r) => [r[0].text, r[2].text])).toEqual([
      ['1 =', '=SUM(A1) no slot'],
      ['1 =', 'SMS when ready'],
      ['3', 'Queue'],
    ])
    expect(tables[3].rows).toEqual([
      [{ text: '1' }, expect.objectContaining({ text: 'Irritants' }), { text: 'Toutes les étapes' }, { text: '3:00' }, { text: '2:50' }, { text: '2' }],
    ])
    expect(blocks[blocks.length - 1]).toEqual({ type: 'text', text: 'Participants : Ana, Ben, Cy' })
  })
})

describe('what a card shows', () => {
  it('who wrote it, unless notes are anonymous; during a vote its dots and the voter’s own', () => {
    let b = workshopBoard()
    const flags = workshopFlags(b, null)!
    expect(flags(b.cards.find((c) => c.id === 'n1')!)).toEqual({ author: 'Ana' })
    b = startVoting(b, { id: 'v2', dotsPerParticipant: 3, startedAt: T0 + 600_000, tags: ['irritant'], hideCounts: true })
    b = placeDot(b, { id: 'e1', votingId: 'v2', participantId: 'ben', cardId: 'n1', at: T0 + 600_001 })
    const during = workshopFlags({ ...b, workshop: { ...b.workshop, anonymous: true } }, 'ben')!
    // counts hidden: only Ben's own dot shows; the wow idea cannot get dots here
    expect(during(b.cards.find((c) => c.id === 'n1')!)).toEqual({ votable: true, myDots: 1, voter: 'Ben' })
    expect(during(b.cards.find((c) => c.id === 'w1')!)).toEqual({ votable: false, dimmed: true })
  })
})
