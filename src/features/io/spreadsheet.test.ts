import { describe, expect, it } from 'vitest'
import type { Board } from '../../domain/types'
import { t } from '../../i18n'
import { formatImportError, type ImportFailure } from './importError'
import { boardFileEnvelope, validateBoardFileData } from './boardFile'
import {
  GRID_LIMITS,
  columnName,
  decodeSpreadsheetBytes,
  detectDelimiter,
  gridToBoard,
  guessRole,
  isCustomerQuote,
  splitCell,
  type GridOptions,
} from './spreadsheet'

const opts: GridOptions = { title: 'Imported', lang: 'en' }
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n')

function ok(text: string, o: Partial<GridOptions> = {}): { board: Board; warnings: string[] } {
  const r = gridToBoard(text, { ...opts, ...o })
  if (!r.ok) throw new Error(`refused: ${formatImportError(r, t)}`)
  // Every board made from a grid is a valid board file.
  const valid = validateBoardFileData(JSON.parse(JSON.stringify(boardFileEnvelope(r.board))))
  if (!valid.ok) throw new Error(`not a valid board: ${formatImportError(valid, t)}`)
  return { board: r.board, warnings: r.warnings ?? [] }
}

function refused(text: string, o: Partial<GridOptions> = {}): ImportFailure {
  const r = gridToBoard(text, { ...opts, ...o })
  if (r.ok) throw new Error('accepted')
  return r
}

/** The texts of the cards in one cell, by stage and lane names. */
function cell(board: Board, stage: string, lane: string): string[] {
  const s = board.stages.find((x) => x.name === stage)
  const l = board.lanes.find((x) => x.name === lane)
  if (!s || !l) throw new Error(`no cell ${stage} × ${lane}`)
  return board.cards.filter((c) => c.stageId === s.id && c.laneId === l.id).map((c) => c.text)
}

describe('gridToBoard: a grid pasted from a spreadsheet', () => {
  it('reads French headers: stages from the first row, lanes and their roles from the first column', () => {
    const { board } = ok(
      tsv([
        ['', 'Découvrir', 'S’inscrire', 'Utiliser'],
        ['Actions du client', 'Cherche sur Google', 'Remplit le formulaire', 'Se connecte'],
        ['Occasions de contact', 'Site web', 'Formulaire en ligne', 'Appli'],
        ['Irritants', 'Trop d’information', 'Jargon', ''],
        ['Opportunités', '', 'Formulaire pré-rempli', ''],
      ]),
      { lang: 'fr' },
    )
    expect(board.kind).toBe('journey')
    expect(board.locale).toBe('fr')
    expect(board.title).toBe('Imported')
    expect(board.stages.map((s) => s.name)).toEqual(['Découvrir', 'S’inscrire', 'Utiliser'])
    // The sheet's own lane names are kept; the roles are guessed.
    expect(board.lanes.map((l) => [l.name, l.role])).toEqual([
      ['Actions du client', 'actions'],
      ['Occasions de contact', 'touchpoints'],
      ['Irritants', 'pains'],
      ['Opportunités', 'opportunities'],
    ])
    expect(board.cards).toHaveLength(9)
    expect(cell(board, 'S’inscrire', 'Occasions de contact')).toEqual(['Formulaire en ligne'])
    // A card placed in a lane gets the tag that lane implies.
    const tags = (lane: string) => board.cards.filter((c) => c.laneId === board.lanes.find((l) => l.name === lane)!.id).map((c) => c.tag)
    expect(tags('Irritants')).toEqual(['irritant', 'irritant'])
    expect(tags('Occasions de contact')).toEqual(['touchpoint', 'touchpoint', 'touchpoint'])
    expect(tags('Actions du client')).toEqual([undefined, undefined, undefined])
    expect(board.links).toEqual([])
    expect(new Set(board.cards.map((c) => c.id)).size).toBe(9)
  })

  it('reads English headers', () => {
    const { board } = ok(
      tsv([
        ['Stages', 'Discover', 'Sign up'],
        ['Customer actions', 'Searches', 'Fills the form'],
        ['Touchpoints', 'Website', 'Form'],
        ['Thoughts', 'Is it for me?', 'So many fields'],
        ['Pain points', 'Jargon', 'Too long'],
        ['Moments of truth', '', 'First answer'],
      ]),
    )
    expect(board.kind).toBe('journey')
    expect(board.lanes.map((l) => l.role)).toEqual(['actions', 'touchpoints', 'thoughts', 'pains', 'moments'])
  })

  it('makes a target journey map of irritants, musts and pluses (French names), with their tags', () => {
    const { board } = ok(
      tsv([
        ['', 'S’informer', 'Demander'],
        ['Irritants', '« Je ne trouve rien »', 'Formulaire trop long'],
        ['Incontournables', 'Une page claire', 'Dix questions au plus'],
        ['Les « plus »', 'Un conseiller rappelle', 'Suivi par SMS'],
      ]),
      { lang: 'fr' },
    )
    expect(board.kind).toBe('target')
    expect(board.lanes.map((l) => [l.name, l.role])).toEqual([
      ['Irritants', 'irritants'],
      ['Incontournables', 'musts'],
      ['Les « plus »', 'pluses'],
    ])
    expect(board.cards.map((c) => c.tag)).toEqual(['irritant', 'irritant', 'must', 'must', 'wow', 'wow'])
    expect(board.fmeaThreshold).toBeUndefined()
  })

  it('makes a service blueprint and adds its lines between the layers when the sheet has none', () => {
    const { board, warnings } = ok(
      tsv([
        ['', 'Book', 'Arrive'],
        ['Physical evidence', 'Confirmation e-mail', 'Sign at the door'],
        ['Customer actions', 'Books online', 'Checks in'],
        ['Frontstage actions', '', 'Greets the guest'],
        ['Backstage actions', 'Checks the room', ''],
        ['Support processes', 'Booking system', 'Room system'],
      ]),
    )
    expect(board.kind).toBe('blueprint')
    expect(board.lanes.map((l) => l.role)).toEqual([
      'evidence',
      'customer', // "Customer actions" is the blueprint's customer lane
      'line-interaction',
      'frontstage',
      'line-visibility',
      'backstage',
      'line-internal',
      'support',
    ])
    expect(board.lanes[4].name).toBe('Line of visibility')
    expect(warnings.join(' ')).toMatch(/lines/)
    expect(board.fmeaThreshold).toBe(100)
  })

  it('keeps the lines a blueprint sheet has, and reads French blueprint names', () => {
    const { board } = ok(
      tsv([
        ['', 'Réserver'],
        ['Actions du client', 'Réserve en ligne'],
        ['Ligne d’interaction', '-----'],
        ['Actions visibles (front office)', 'Confirme'],
        ['Ligne de visibilité', ''],
        ['Actions invisibles (back office)', 'Prépare la chambre'],
        ['Ligne d’interaction interne', ''],
        ['Processus de soutien', 'Logiciel de réservation'],
      ]),
      { lang: 'fr' },
    )
    expect(board.lanes.map((l) => l.role)).toEqual(['customer', 'line-interaction', 'frontstage', 'line-visibility', 'backstage', 'line-internal', 'support'])
    expect(board.cards.map((c) => c.text)).toEqual(['Réserve en ligne', 'Confirme', 'Prépare la chambre', 'Logiciel de réservation'])
  })

  it('makes an empathy map when the zones appear with a single stage column', () => {
    const { board } = ok(
      tsv([
        ['', 'Première demande'],
        ['Dit', '« C’est compliqué »'],
        ['Pense', 'Je vais me tromper'],
        ['Fait', 'Appelle le centre'],
        ['Ressent', 'Inquiétude'],
        ['Frustrations', 'Attente'],
        ['Gains', 'Être rassurée'],
      ]),
      { lang: 'fr' },
    )
    expect(board.kind).toBe('empathy')
    expect(board.lanes.map((l) => l.role)).toEqual(['says', 'thinks', 'does', 'feels', 'pains', 'gains'])
    // The same zones with several stages are a journey.
    const journey = ok(
      tsv([
        ['', 'A', 'B'],
        ['Says', 'x', 'y'],
        ['Thinks', 'z', ''],
      ]),
    ).board
    expect(journey.kind).toBe('journey')
    expect(journey.lanes.map((l) => l.role)).toEqual(['notes', 'thoughts'])
  })

  it('keeps unknown lane names as notes lanes', () => {
    const { board } = ok(
      tsv([
        ['', 'A'],
        ['Satisfaction', '4,2 / 5'],
      ]),
    )
    expect(board.lanes).toMatchObject([{ name: 'Satisfaction', role: 'notes' }])
    expect(board.cards[0].text).toBe('4,2 / 5')
  })
})

describe('gridToBoard: cells', () => {
  it('reads quoted cells with line breaks, tabs, quotes and separators inside (as Excel copies them)', () => {
    const text = ['\tStage A\tStage B', 'Notes\t"first line\nsecond line"\t"He said ""no"", then left"', 'Ideas\t"tab\tinside"\tplain'].join('\r\n')
    const { board } = ok(text)
    expect(cell(board, 'Stage A', 'Notes')).toEqual(['first line', 'second line'])
    expect(cell(board, 'Stage B', 'Notes')).toEqual(['He said "no", then left'])
    expect(cell(board, 'Stage A', 'Ideas')).toEqual(['tab\tinside'])
  })

  it('makes one card per bullet (•, -, *, –, 1.), a wrapped line continuing its bullet', () => {
    expect(splitCell('• Long wait\n• Rude staff').map((i) => i.text)).toEqual(['Long wait', 'Rude staff'])
    expect(splitCell('- one\n* two\n– three\n+ four').map((i) => i.text)).toEqual(['one', 'two', 'three', 'four'])
    expect(splitCell('1. first\n2) second\n10. tenth').map((i) => i.text)).toEqual(['first', 'second', 'tenth'])
    expect(splitCell('•no space\n•  two spaces').map((i) => i.text)).toEqual(['no space', 'two spaces'])
    expect(splitCell('Problems:\n• wait at the counter\n  for an hour\n• lost file').map((i) => i.text)).toEqual([
      'Problems:',
      'wait at the counter\nfor an hour',
      'lost file',
    ])
    // Not bullets: a number, a date, a negative value.
    expect(splitCell('3.5 days\n2024 intake\n-3 points').map((i) => i.text)).toEqual(['3.5 days', '2024 intake', '-3 points'])
    // Blank lines, rules drawn with dashes and empty bullets are not cards.
    expect(splitCell('a\n\n\nb\n-----\n•')).toEqual([
      { text: 'a', quote: false },
      { text: 'b', quote: false },
    ])
  })

  it('keeps a customer quote whole, with its quotation marks, as a fact', () => {
    expect(splitCell('« Je ne comprends pas\nle formulaire »')).toEqual([{ text: '« Je ne comprends pas\nle formulaire »', quote: true }])
    expect(splitCell('“Too long”\n“Nobody called back”')).toEqual([
      { text: '“Too long”', quote: true },
      { text: '“Nobody called back”', quote: true },
    ])
    expect(splitCell('• « a\nb »\n• plain')).toEqual([
      { text: '« a\nb »', quote: true },
      { text: 'plain', quote: false },
    ])
    expect(splitCell('« un »\n« deux\ntrois »\nquatre').map((i) => i.text)).toEqual(['« un »', '« deux\ntrois »', 'quatre'])
    expect(isCustomerQuote('« a » et « b »')).toBe(false)
    expect(isCustomerQuote('"straight quotes"')).toBe(true)
    expect(isCustomerQuote('« unfinished')).toBe(false)

    const { board } = ok(['\tStage', 'Verbatims\t"""It took three weeks"""', 'Irritants\t"« Trop long,\npersonne ne rappelle »"'].join('\n'))
    const [a, b] = board.cards
    expect(a).toMatchObject({ text: '"It took three weeks"', evidence: 'fact' })
    expect(b).toMatchObject({ text: '« Trop long,\npersonne ne rappelle »', evidence: 'fact', tag: 'irritant' })
    const plain = ok(
      tsv([
        ['', 'S'],
        ['Notes', 'just a note'],
      ]),
    ).board.cards[0]
    expect(plain.evidence).toBeUndefined()
  })

  it('ignores empty rows and columns (leading, between, trailing) and keeps the right cells', () => {
    const text = ['', '\t\t\t\t', '\t\tStage 1\t\tStage 2\t\t', '\t\t\t\t\t', '\tActions\tdo\t\tgo\t', '\t\t\t\t\t\t\t', '\tIdeas\t\t\tidea\t', '', ''].join(
      '\n',
    )
    const { board } = ok(text)
    expect(board.stages.map((s) => s.name)).toEqual(['Stage 1', 'Stage 2'])
    expect(board.lanes.map((l) => l.name)).toEqual(['Actions', 'Ideas'])
    expect(cell(board, 'Stage 1', 'Actions')).toEqual(['do'])
    expect(cell(board, 'Stage 2', 'Actions')).toEqual(['go'])
    expect(cell(board, 'Stage 2', 'Ideas')).toEqual(['idea'])
    expect(board.cards).toHaveLength(3)
  })

  it('names cells as the sheet does, counting the empty rows and columns', () => {
    const text = ['', '\t\tA\tB', '\tEmotion curve\t1\t9'].join('\n')
    const r = refused(text)
    expect(r).toMatchObject({ code: 'grid.emotionRange', path: 'D3' })
    expect(formatImportError(r, t)).toBe('D3: an emotion must be a number from −3 to +3; found “9”.')
  })

  it('merges a column without a stage name into the stage on its left, a row without a lane name into the lane above', () => {
    const { board, warnings } = ok(
      tsv([
        ['', 'Apply', '', 'Wait'],
        ['Irritants', 'a', 'b', 'c'],
        ['', 'd', '', ''],
      ]),
    )
    expect(board.stages.map((s) => s.name)).toEqual(['Apply', 'Wait'])
    expect(board.lanes.map((l) => l.name)).toEqual(['Irritants'])
    expect(cell(board, 'Apply', 'Irritants')).toEqual(['a', 'b', 'd'])
    expect(warnings).toEqual([
      'Column C had no stage name: its cards were added to the stage “Apply”.',
      'Row 3 had no lane name: its cards were added to the lane “Irritants”.',
    ])
  })

  it('gives names to a first stage or lane that has none, and says so', () => {
    const { board, warnings } = ok(
      tsv([
        ['', '', 'B'],
        ['', 'x', 'y'],
        ['Ideas', 'z', ''],
      ]),
      { lang: 'fr' },
    )
    expect(board.stages.map((s) => s.name)).toEqual(['Étape 1', 'B'])
    expect(board.lanes.map((l) => l.name)).toEqual(['Couloir 1', 'Ideas'])
    expect(warnings).toHaveLength(2)
  })

  it('uses a stage cell’s first line as its name and the rest as its description', () => {
    const { board } = ok('\t"Découvrir\nsur le site"\nNotes\tx', { lang: 'fr' })
    expect(board.stages[0]).toMatchObject({ name: 'Découvrir', description: 'sur le site' })
  })

  it('reads an emotion-curve row of −3…+3 as the board’s curve, not as cards', () => {
    const { board } = ok(
      tsv([
        ['', 'A', 'B', 'C', 'D'],
        ['Actions', 'a', 'b', 'c', 'd'],
        ['Émotions', '+2', '−1', '', '-3'],
        ['Notes', '1', '', '', ''],
      ]),
    )
    expect(board.lanes.map((l) => l.role)).toEqual(['actions', 'emotions', 'notes'])
    expect(board.emotions).toEqual([
      { stageId: board.stages[0].id, value: 2 },
      { stageId: board.stages[1].id, value: -1 },
      { stageId: board.stages[3].id, value: -3 },
    ])
    expect(board.cards.map((c) => c.text)).toEqual(['a', 'b', 'c', 'd', '1'])
  })

  it('keeps an emotion row of words as cards, with a warning', () => {
    const { board, warnings } = ok(
      tsv([
        ['', 'A'],
        ['Emotions', 'Worried'],
      ]),
    )
    expect(board.lanes[0].role).toBe('notes')
    expect(board.emotions).toBeUndefined()
    expect(board.cards[0].text).toBe('Worried')
    expect(warnings[0]).toMatch(/Emotions/)
  })

  it('reads a first row of phases (merged cells leave blanks)', () => {
    const { board } = ok(
      tsv([
        ['Phases', 'Avant', '', 'Pendant'],
        ['', 'A', 'B', 'C'],
        ['Notes', 'x', 'y', 'z'],
      ]),
      { lang: 'fr' },
    )
    expect(board.stages.map((s) => s.name)).toEqual(['A', 'B', 'C'])
    expect(board.phases?.map((p) => [p.name, p.stageIds.length])).toEqual([
      ['Avant', 2],
      ['Pendant', 1],
    ])
  })
})

describe('gridToBoard: CSV files', () => {
  it('reads a CSV with commas, quoted cells and line breaks in them', () => {
    const text = [',Discover,Sign up', 'Touchpoints,"Website, ads","Form\nPhone"', 'Pain points,"Jargon, acronyms",'].join('\r\n')
    const { board } = ok(text)
    expect(cell(board, 'Discover', 'Touchpoints')).toEqual(['Website, ads'])
    expect(cell(board, 'Sign up', 'Touchpoints')).toEqual(['Form', 'Phone'])
    expect(cell(board, 'Discover', 'Pain points')).toEqual(['Jargon, acronyms'])
  })

  it('detects the semicolon of French Excel, commas inside the text notwithstanding', () => {
    const text = ['Étapes;Découvrir;S’inscrire', 'Actions du client;Lit, compare, hésite;Remplit', 'Irritants;Trop long, trop flou;'].join('\n')
    expect(detectDelimiter(text)).toBe(';')
    const { board } = ok(text, { lang: 'fr' })
    expect(board.stages.map((s) => s.name)).toEqual(['Découvrir', 'S’inscrire'])
    expect(cell(board, 'Découvrir', 'Actions du client')).toEqual(['Lit, compare, hésite'])
  })

  it('prefers the tab of a pasted grid, and takes a delimiter when told', () => {
    expect(detectDelimiter('\tA,B\tC;D\nx\ty\tz')).toBe('\t')
    expect(detectDelimiter(',A,B\nx,y,z')).toBe(',')
    const { board } = ok('x|A;B\nNotes|1;2'.replace(/\|/g, ','), { delimiter: ',' })
    expect(board.stages.map((s) => s.name)).toEqual(['A;B'])
  })

  it('strips a UTF-8 byte order mark', () => {
    const { board } = ok('\uFEFFÉtapes;Découvrir\nIrritants;Attente', { lang: 'fr' })
    expect(board.stages[0].name).toBe('Découvrir')
    expect(board.lanes[0].name).toBe('Irritants')
  })

  it('reads a Windows-1252 file as French Excel writes it, UTF-8 otherwise', () => {
    const cp1252 = new Uint8Array([0xc9, 0x74, 0x61, 0x70, 0x65, 0x3b, 0x41]) // "Étape;A"
    expect(decodeSpreadsheetBytes(cp1252)).toBe('Étape;A')
    expect(decodeSpreadsheetBytes(new TextEncoder().encode('Étape;« A »'))).toBe('Étape;« A »')
  })

  it('refuses a CSV whose quotes are broken, naming the row', () => {
    const r = refused('x,A,B\nNotes,"open,b\nIdeas,c,d')
    expect(r).toMatchObject({ code: 'grid.badQuotes', path: 'row 2' })
    expect(formatImportError(r, t)).toMatch(/^row 2: a quoted cell is not closed/)
  })

  it('reads bare quotation marks of a hand-typed pasted grid as text', () => {
    const { board, warnings } = ok('\tA\nNotes\t"Too long" she said')
    expect(board.cards[0].text).toBe('"Too long" she said')
    expect(warnings).toHaveLength(1)
  })
})

describe('gridToBoard: refusals name the problem and its place', () => {
  const message = (r: ImportFailure) => formatImportError(r, t)

  it('an empty grid', () => {
    expect(refused('').code).toBe('grid.empty')
    expect(refused(' \n\t\t\n  ;  ').code).toBe('grid.empty')
    expect(refused('\uFEFF').code).toBe('grid.empty')
    expect(message(refused(''))).toBe('The grid is empty: there is no cell to read.')
  })

  it('no stage row', () => {
    expect(refused('Irritants\nMusts\nPluses')).toMatchObject({ code: 'grid.noStages', path: 'row 1' })
    expect(refused('Corner\t\t\nNotes\tx\ty'.replace('x', ''))).toMatchObject({ code: 'grid.noStages' })
    // The first row is a lane with its cards: the stages are missing.
    const r = refused(
      tsv([
        ['Irritants', 'Long wait', 'Lost file'],
        ['Musts', 'Call back', ''],
      ]),
    )
    expect(r).toMatchObject({ code: 'grid.cornerIsLane', path: 'A1' })
    expect(message(r)).toBe('A1: “Irritants” is the name of a lane: the first row must name the stages, the first column the lanes.')
    expect(formatImportError(r, (k, o) => t(k, { ...o, lng: 'fr' }))).toMatch(/^A1: « Irritants » est un nom de couloir/)
  })

  it('no lane column', () => {
    expect(refused('\tDiscover\tSign up')).toMatchObject({ code: 'grid.noLanes', path: 'row 2' })
    expect(refused('Journey\tDiscover\tSign up\n\tx\ty')).toMatchObject({ code: 'grid.noLanes', path: 'column A' })
  })

  it('absurd sizes', () => {
    const wide = [
      ['', ...Array.from({ length: 201 }, (_, i) => `S${i}`)],
      ['Notes', 'x'],
    ]
    expect(refused(tsv(wide))).toMatchObject({ code: 'grid.tooManyStages', params: { count: 201, max: 200 } })
    const tall = [['', 'A'], ...Array.from({ length: 101 }, (_, i) => [`Lane ${i}`, 'x'])]
    expect(refused(tsv(tall))).toMatchObject({ code: 'grid.tooManyLanes', params: { count: 101, max: 100 } })
    const long = tsv([
      ['', 'A', 'B'],
      ['Notes', 'ok', 'x'.repeat(GRID_LIMITS.cell + 1)],
    ])
    const r = refused(long)
    expect(r).toMatchObject({ code: 'grid.cellTooLong', path: 'C2' })
    // numbers written the interface's way (English here)
    expect(message(r)).toBe('C2: this cell holds 10,001 characters: at most 10,000 are accepted.')
    // 5 cells of 4,001 one-letter lines each (a cell stays under 10,000 characters).
    const cellOf = '"' + Array(4001).fill('x').join('\n') + '"'
    const many = tsv([
      ['', 'A', 'B', 'C', 'D', 'E'],
      ['Notes', cellOf, cellOf, cellOf, cellOf, cellOf],
    ])
    expect(refused(many)).toMatchObject({ code: 'grid.tooManyCards', params: { count: 20_005, max: 20_000 } })
    expect(refused('x'.repeat(GRID_LIMITS.text + 1)).code).toBe('grid.tooLarge')
    expect(
      refused(
        tsv([
          ['', 'A', 'x'.repeat(501)],
          ['Notes', '1', '2'],
        ]),
      ),
    ).toMatchObject({ code: 'grid.nameTooLong', path: 'C1' })
    expect(
      refused(
        tsv([
          ['', 'A'],
          ['y'.repeat(501), '1'],
        ]),
      ),
    ).toMatchObject({ code: 'grid.nameTooLong', path: 'A2' })
  })

  it('binary or garbage input', () => {
    expect(refused('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR').code).toBe('grid.binary')
    expect(refused('PK\u0003\u0004\u0014\u0000\u0006\u0000').code).toBe('grid.workbook')
    expect(refused('\uFFFD\uFFFD\uFFFD;\uFFFDx\uFFFD\n\uFFFD;\uFFFD').code).toBe('grid.binary')
    expect(refused('{"format":"parcours-board","version":1}').code).toBe('grid.json')
    expect(message(refused('\u0000'))).toMatch(/binary/)
  })

  it('every refusal has a message in English and in French', () => {
    const codes = [
      'empty',
      'tooLarge',
      'binary',
      'json',
      'workbook',
      'badQuotes',
      'noStages',
      'cornerIsLane',
      'noLanes',
      'tooManyStages',
      'tooManyLanes',
      'tooManyCards',
      'cellTooLong',
      'nameTooLong',
      'emotionRange',
    ]
    for (const lng of ['en', 'fr']) for (const c of codes) expect(t(`io.grid.${c}`, { lng }), `${lng} ${c}`).not.toBe(`io.grid.${c}`)
  })
})

describe('guessing lane roles from their names', () => {
  it.each([
    ['Ce que fait le client', 'actions'],
    ['Actions du client', 'customer'], // the app's French name of the blueprint's lane; a journey reads it as actions
    ['Customer actions', 'actions'],
    ['Touchpoints', 'touchpoints'],
    ['Points de contact', 'touchpoints'],
    ['Canaux', 'channels'],
    ['Pensées', 'thoughts'],
    ['Courbe des émotions', 'emotions'],
    ['Emotion curve', 'emotions'],
    ['Irritants / points de douleur', 'pains'],
    ['Irritants', 'irritants'],
    ['Pain points', 'pains'],
    ['Opportunités', 'opportunities'],
    ['Moments de vérité', 'moments'],
    ['Éléments matériels', 'evidence'],
    ['Preuves physiques', 'evidence'],
    ['Front office', 'frontstage'],
    ['Backstage actions', 'backstage'],
    ['Systèmes d’information', 'support'],
    ['Incontournables', 'musts'],
    ['Must-haves', 'musts'],
    ['Les « plus »', 'pluses'],
    ['Pluses (wow)', 'pluses'],
    ['Effet wow', 'pluses'],
    ['Standards de service', 'standards'],
    ['Ligne de visibilité', 'line-visibility'],
    ['Line of internal interaction', 'line-internal'],
    ['Says', 'says'],
    ['Ce qu’il pense', 'thinks'],
    ['Ressent', 'feels'],
    ['Gains', 'gains'],
    ['Remarques', 'notes'],
  ] as const)('%s → %s', (name, role) => {
    expect(guessRole(name)).toBe(role)
  })

  it('recognises nothing in a stage-like name', () => {
    expect(guessRole('Étapes')).toBeNull()
    expect(guessRole('')).toBeNull()
  })
})

it('names columns as spreadsheets do', () => {
  expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
})
