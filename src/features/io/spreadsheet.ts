// From a spreadsheet to a board: a grid copied from Excel / Google Sheets (tab-separated) or
// a CSV file (`,` or `;` as French Excel writes it). The first row names the stages, the
// first column the lanes (their roles guessed from their names, in French or English);
// every other non-empty cell becomes cards, one per line or bullet of the cell.
// Pure: no storage, no DOM. Everything is checked before a board is built, and a refusal
// names the cell or row at fault.
import Papa from 'papaparse'
import type { Board, Card, EmotionPoint, Lane, LaneRole, Phase, Stage } from '../../domain/types'
import { isSeparator } from '../../domain/types'
import { newId } from '../../domain/id'
import { guessKind, kindOf } from '../../domain/kinds'
import { tagForRole } from '../../domain/kinds/tags'
import { normaliseEmotion } from '../../domain/methods/emotion'
import { en } from '../../i18n/en'
import { fr } from '../../i18n/fr'
import { t } from '../../i18n'
import { LIMITS } from '../../domain/restore'
import { fail, type ImportFailure } from './importError'
import './strings'

export const GRID_LIMITS = {
  /** Characters of the whole text (about 10 MB). */
  text: 10_000_000,
  stages: 200,
  lanes: 100,
  cell: 10_000,
  cards: 20_000,
} as const

export type GridDelimiter = 'auto' | ',' | ';' | '\t'

export interface GridOptions {
  title: string
  /** The language of the names the app gives (unnamed stages, added blueprint lines) and of the warnings. */
  lang: 'fr' | 'en'
  delimiter?: GridDelimiter
}

export type GridResult = { ok: true; board: Board; warnings?: string[] } | ImportFailure

// ---- reading bytes -------------------------------------------------------------------

/**
 * The text of a CSV file. Excel in French saves "CSV (point-virgule)" in Windows-1252, not
 * UTF-8: when the bytes are not valid UTF-8 they are read as Windows-1252, so "Étape"
 * stays "Étape" instead of "�tape".
 */
export function decodeSpreadsheetBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** A workbook (xlsx/ods are zip files, xls an OLE file) rather than text. */
export function isWorkbookName(name: string): boolean {
  return /\.(xlsx|xlsm|xls|ods|numbers)$/i.test(name)
}

// ---- cells and names -----------------------------------------------------------------

/** "A", "B", …, "Z", "AA": a spreadsheet column name (0-based index). */
export function columnName(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

const cellName = (col: number, row: number) => `${columnName(col)}${row + 1}`

/** Lower case, no accents, no punctuation: "Les « plus »" → "les plus". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

// The app's own lane names in both languages first ("Occasions de contact" is a touchpoint
// lane whatever the UI language), then the names facilitators commonly give in sheets.
const ROLE_NAMES = new Map<string, LaneRole>()
for (const names of [en.role, fr.role] as Record<string, string>[]) {
  for (const [role, name] of Object.entries(names)) {
    const key = normaliseName(name)
    if (!ROLE_NAMES.has(key)) ROLE_NAMES.set(key, role as LaneRole) // "Customer actions" → actions (see `remapForKind`)
  }
}

const ROLE_RULES: readonly [RegExp, LaneRole][] = [
  [/\bligne d interaction interne\b|\bline of internal interaction\b|\binternal interaction\b/, 'line-internal'],
  [/\bligne de visibilite\b|\bline of visibility\b|\bvisibility line\b/, 'line-visibility'],
  [/\bligne d interaction\b|\bline of interaction\b|\binteraction line\b/, 'line-interaction'],
  [/\bmoments? (de verite|of truth)\b|^mot$|^mdv$/, 'moments'],
  [/\bcourbe\b|\bemotion|\bhumeur\b|\bmood\b/, 'emotions'],
  [/\bincontournable|\bmust|\bindispensable|\bnon negociable/, 'musts'],
  [/^(les )?plus( wow)?$|\bpluses\b|\bwow\b|\bdelight|\bbonus\b/, 'pluses'],
  [/\birritant/, 'irritants'],
  [/\bpains?\b|\bpain ?points?\b|\bdouleurs?\b|\bfrustrations?\b|\bdifficultes?\b|\bpeurs?\b|\bfears?\b|\bproblemes?\b|\bproblems?\b/, 'pains'],
  [/\btouch ?points?\b|\bpoints? de contact\b|\boccasions? de contact\b/, 'touchpoints'],
  [/\bcanal\b|\bcanaux\b|\bchannels?\b/, 'channels'],
  [/\belements? materiels?\b|\bpreuves?\b|\bphysical evidence\b|^evidence$|\bprops\b/, 'evidence'],
  [/\bfront ?(office|stage)\b|\bonstage\b|\bon stage\b|\bvisibles?\b|\bpersonnel en contact\b|\bcontact (staff|employees?)\b/, 'frontstage'],
  [/\bback ?(office|stage)\b|\boffstage\b|\binvisibles?\b|\bcoulisses?\b/, 'backstage'],
  [/\bsoutien\b|\bsupport\b|\bsystemes? d information\b|^si$|\bit systems?\b|\bprocessus (internes?|support)\b/, 'support'],
  [/\bstandards?\b|\bnormes? de service\b|\bservice levels?\b|^sla$/, 'standards'],
  [/\bopportunit|\bidees?\b|\bideas?\b|\bameliorations?\b|\bimprovements?\b|\bpistes?\b/, 'opportunities'],
  // The empathy map's zones are short verbs: matched whole, before "thoughts" and "actions".
  [/^(il |elle )?dit$|^says$|^ce qu (il|elle|on) dit\b|^ce que dit\b|^says (and )?does$|^dit (et )?fait$|^what (he|she|they) says?\b/, 'says'],
  [/^(il |elle )?pense$|^thinks$|^ce qu (il|elle|on) pense\b|^thinks (and )?feels$|^pense (et )?ressent$|^what (he|she|they) thinks?\b/, 'thinks'],
  [/^(il |elle )?fait$|^does$|^ce qu (il|elle|on) fait\b|^what (he|she|they) (does|do)\b/, 'does'],
  [/^(il |elle )?ressent$|^feels$|^ce qu (il|elle|on) ressent\b|^what (he|she|they) feels?\b/, 'feels'],
  [/^gains?$|\bbesoins?\b|\bwants?\b|\bneeds?\b|\bbenefices?\b|\battentes?\b|\bmotivations?\b/, 'gains'],
  [/\bpensees?\b|\bthoughts?\b|\bce que pense\b/, 'thoughts'],
  [/\bactions?\b|\bce que fait\b|\bwhat the (customer|user|client) does\b|\bactivites?\b|\bactivities\b/, 'actions'],
  [/\bnotes?\b|\bremarques?\b|\bcommentaires?\b|\bcomments?\b/, 'notes'],
]

/** The role a lane's name suggests, or null when nothing is recognised. */
export function guessRole(name: string): LaneRole | null {
  const key = normaliseName(name)
  if (!key) return null
  const exact = ROLE_NAMES.get(key)
  if (exact) return exact
  for (const [re, role] of ROLE_RULES) if (re.test(key)) return role
  return null
}

// Which kind a grid is, and what a name means on it ("Irritants" is the target map's irritants
// row but a journey's pain points), are each kind's `spreadsheet` facts (../../domain/kinds).

// ---- one cell → cards ------------------------------------------------------------------

const QUOTE_MARKS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“', '‘': '’', '‹': '›' }

/** A customer's words: the whole text between a pair of quotation marks (“…”, «…», "…"). */
export function isCustomerQuote(text: string): boolean {
  const s = text.trim()
  if (s.length < 3) return false
  const open = s[0]
  const close = QUOTE_MARKS[open]
  if (!close || s[s.length - 1] !== close) return false
  const inner = s.slice(1, -1)
  // "« a » et « b »" is two quotes and some text, not one quote.
  return !inner.includes(close) && !inner.includes(open) && inner.trim() !== ''
}

const BULLET = /^(?:[•◦▪●‣⁃∙·]\s*|[*\-–—+]\s+|\d{1,3}[.)]\s+)/
// Rules drawn with dashes or underscores in a sheet ("-----") are not cards.
const FILLER = /^[\s\-_=—–─━.·•*~]*$/

const opensQuote = (line: string) => {
  const close = QUOTE_MARKS[line[0]]
  return !!close && !line.slice(1).includes(close)
}

export interface CellItem {
  text: string
  /** The item is a customer quote (kept with its quotation marks). */
  quote: boolean
}

/**
 * The cards of one cell: one per line, or one per bullet when the cell has bullets (a line
 * without a bullet then continues the item above). A customer quote stays one card even
 * when it runs over several lines.
 */
export function splitCell(raw: string): CellItem[] {
  const text = raw.replace(/\r\n?/g, '\n').trim()
  if (FILLER.test(text)) return []
  if (isCustomerQuote(text)) return [{ text, quote: true }]
  const lines = text.split('\n').map((l) => l.trim())
  const bulleted = lines.some((l) => BULLET.test(l))
  const items: string[] = []
  let current: string | null = null
  let inQuote = false
  const flush = () => {
    if (current !== null) items.push(current)
    current = null
    inQuote = false
  }
  for (const line of lines) {
    if (inQuote && current !== null) {
      current += '\n' + line
      if (line.includes(QUOTE_MARKS[current[0]] ?? '\u0000')) flush()
      continue
    }
    if (!line) {
      flush()
      continue
    }
    const bullet = bulleted ? BULLET.exec(line) : null
    if (bullet) {
      flush()
      current = line.slice(bullet[0].length).trim()
      inQuote = opensQuote(current)
    } else if (bulleted && current !== null) {
      current += '\n' + line // a wrapped line of the bullet above
    } else {
      flush()
      current = line
      inQuote = opensQuote(line)
      if (!inQuote) flush()
    }
  }
  flush()
  return items.filter((s) => s && !FILLER.test(s)).map((s) => ({ text: s, quote: isCustomerQuote(s) }))
}

const EMOTION_NUMBER = /^[+\-−–]?\s*\d+(?:[.,]\d+)?$/

/** "+2", "−1", "-2,5" → a number; null when the text is not a number. */
export function parseEmotion(text: string): number | null {
  const s = text.trim()
  if (!EMOTION_NUMBER.test(s)) return null
  return Number(s.replace(/[−–]/, '-').replace(/\s+/g, '').replace(',', '.'))
}

// ---- the grid ----------------------------------------------------------------------

interface Grid {
  /** Non-empty rows, each with its non-empty columns kept (same length), trimmed. */
  cells: string[][]
  /** The original (0-based) row and column of each kept row / column: for cell names. */
  rowAt: number[]
  colAt: number[]
}

function firstLine(text: string): string {
  for (const line of text.split('\n', 50)) if (line.trim()) return line
  return ''
}

/** Tab when the first line has one; else `;` or `,`, whichever splits the rows most evenly. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  if (firstLine(text).includes('\t')) return '\t'
  let best: ',' | ';' = ','
  let bestScore = -1
  for (const d of [';', ','] as const) {
    const rows = Papa.parse<string[]>(text, { delimiter: d, preview: 30, skipEmptyLines: 'greedy' }).data
    if (!rows.length || rows[0].length < 2) continue
    const width = rows[0].length
    const even = rows.filter((r) => r.length === width).length / rows.length
    const score = even * 1000 + width
    if (score > bestScore) {
      bestScore = score
      best = d
    }
  }
  return best
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, 65_536)
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++
  }
  return bad > Math.max(2, sample.length * 0.02)
}

function readGrid(text: string, delimiter: ',' | ';' | '\t', warnings: string[], lang: 'fr' | 'en'): { ok: true; grid: Grid } | ImportFailure {
  let parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false })
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes')
  if (quoteError) {
    // A pasted grid typed by hand may hold bare quotation marks; a CSV file must be well formed.
    if (delimiter !== '\t') return fail('grid.badQuotes', `row ${(quoteError.row ?? 0) + 1}`)
    parsed = Papa.parse<string[]>(text, { delimiter, quoteChar: '\u0000', skipEmptyLines: false })
    warnings.push(t('io.grid.warn.looseQuotes', { lng: lang }))
  }
  const raw = parsed.data.map((row) => row.map((c) => (FILLER.test(c) ? '' : c.replace(/\r\n?/g, '\n').trim())))
  for (let r = 0; r < raw.length; r++)
    for (let c = 0; c < raw[r].length; c++)
      if (raw[r][c].length > GRID_LIMITS.cell) return fail('grid.cellTooLong', cellName(c, r), { count: raw[r][c].length, max: GRID_LIMITS.cell })
  const width = raw.reduce((w, row) => Math.max(w, row.length), 0)
  const rowAt = raw.map((_, i) => i).filter((i) => raw[i].some((c) => c !== ''))
  const colAt: number[] = []
  for (let c = 0; c < width; c++) if (rowAt.some((r) => (raw[r][c] ?? '') !== '')) colAt.push(c)
  return { ok: true, grid: { cells: rowAt.map((r) => colAt.map((c) => raw[r][c] ?? '')), rowAt, colAt } }
}

// ---- the board -----------------------------------------------------------------------

const strings = { en, fr }

interface LaneSpec {
  lane: Lane
  /** Rows of the grid (indices into `cells`) whose cells belong to this lane. */
  rows: number[]
}

interface StageSpec {
  stage: Stage
  cols: number[]
}

export function gridToBoard(input: string, opts: GridOptions): GridResult {
  const lang = opts.lang
  const warnings: string[] = []
  if (input.length > GRID_LIMITS.text) return fail('grid.tooLarge', undefined, { size: Math.round(input.length / 1e6), max: GRID_LIMITS.text / 1e6 })
  const text = input.replace(/^\uFEFF/, '')
  if (text.startsWith('PK\u0003\u0004')) return fail('grid.workbook')
  if (looksBinary(text)) return fail('grid.binary')
  if (!/[^\s,;]/.test(text)) return fail('grid.empty')
  if (/^\s*[{[]/.test(text)) {
    try {
      JSON.parse(text)
      return fail('grid.json')
    } catch {
      /* not JSON: read it as a grid */
    }
  }
  const delimiter = !opts.delimiter || opts.delimiter === 'auto' ? detectDelimiter(text) : opts.delimiter
  const read = readGrid(text, delimiter, warnings, lang)
  if (!read.ok) return read
  const { cells, rowAt, colAt } = read.grid
  if (!cells.length) return fail('grid.empty')
  const at = (r: number, c: number) => cellName(colAt[c], rowAt[r])

  // An optional first row of phases ("Phase | Avant | | Pendant | …", merged cells leave blanks).
  let head = 0
  let phaseRow: string[] | null = null
  if (cells.length > 1 && /^phases?$/.test(normaliseName(cells[0][0] ?? ''))) {
    phaseRow = cells[0]
    head = 1
  }
  const header = cells[head]
  const body = cells.map((_, i) => i).slice(head + 1)
  if (header.length < 2 || header.slice(1).every((c) => !c)) return fail('grid.noStages', `row ${rowAt[head] + 1}`)
  // A name is one line of a heading, not a paragraph (the board file's limit on names).
  for (const [r, c] of [...header.map((_, c) => [head, c]), ...body.map((r) => [r, 0])]) {
    const name = c === 0 ? cells[r][0] : cells[r][c].split('\n')[0]
    if (name.length > LIMITS.name) return fail('grid.nameTooLong', at(r, c), { count: name.length, max: LIMITS.name })
  }
  const corner = header[0]
  if (corner && guessRole(corner)) return fail('grid.cornerIsLane', at(head, 0), { name: corner.split('\n')[0] })
  if (!body.length) return fail('grid.noLanes', `row ${rowAt[head] + 2}`)
  if (body.every((r) => !cells[r][0])) return fail('grid.noLanes', `column ${columnName(colAt[0])}`)

  // Stages: a column without a name continues the stage on its left (a merged header cell).
  const stages: StageSpec[] = []
  for (let c = 1; c < header.length; c++) {
    const name = header[c]
    if (!name && stages.length) {
      const last = stages[stages.length - 1]
      last.cols.push(c)
      warnings.push(t('io.grid.warn.stageMerged', { lng: lang, col: columnName(colAt[c]), name: last.stage.name }))
      continue
    }
    const [first, ...rest] = name.split('\n')
    const stage: Stage = { id: newId('s_'), name: first.trim() || t('board.newStage', { lng: lang, n: stages.length + 1 }) }
    if (!name) warnings.push(t('io.grid.warn.stageUnnamed', { lng: lang, col: columnName(colAt[c]), name: stage.name }))
    const description = rest.join('\n').trim()
    if (description) stage.description = description
    stages.push({ stage, cols: [c] })
  }
  if (stages.length > GRID_LIMITS.stages) return fail('grid.tooManyStages', `row ${rowAt[head] + 1}`, { count: stages.length, max: GRID_LIMITS.stages })

  // Lanes: a row without a name continues the lane above (a merged cell in column A).
  const lanes: LaneSpec[] = []
  for (const r of body) {
    const name = cells[r][0].replace(/\s+/g, ' ').trim()
    if (!name && lanes.length) {
      const last = lanes[lanes.length - 1]
      last.rows.push(r)
      warnings.push(t('io.grid.warn.laneMerged', { lng: lang, row: rowAt[r] + 1, name: last.lane.name }))
      continue
    }
    const laneName = name || t('io.grid.lane', { lng: lang, n: lanes.length + 1 })
    if (!name) warnings.push(t('io.grid.warn.laneUnnamed', { lng: lang, row: rowAt[r] + 1, name: laneName }))
    lanes.push({ lane: { id: newId('l_'), name: laneName, role: guessRole(name) ?? 'notes' }, rows: [r] })
  }
  if (lanes.length > GRID_LIMITS.lanes) return fail('grid.tooManyLanes', `column ${columnName(colAt[0])}`, { count: lanes.length, max: GRID_LIMITS.lanes })

  const kind = guessKind(
    lanes.map((l) => l.lane.role),
    stages.length,
  )
  const def = kindOf(kind)
  for (const l of lanes) l.lane.role = def.spreadsheet.remap[l.lane.role] ?? l.lane.role

  // The emotion curve: a row of numbers from −3 to +3. A row of that name holding text stays a lane of cards.
  let emotions: EmotionPoint[] | undefined
  for (const l of lanes) {
    if (l.lane.role !== 'emotions') continue
    const values = stages.map(() => null as number | null)
    let text = false
    for (const r of l.rows)
      stages.forEach((s, si) =>
        s.cols.forEach((c) => {
          const v = cells[r][c]
          if (!v) return
          const n = parseEmotion(v)
          if (n === null) text = true
          else if (values[si] === null) values[si] = n
        }),
      )
    if (text || emotions) {
      l.lane.role = 'notes'
      if (text) warnings.push(t('io.grid.warn.emotionText', { lng: lang, name: l.lane.name }))
      continue
    }
    for (const r of l.rows)
      for (const s of stages)
        for (const c of s.cols) {
          const n = cells[r][c] ? parseEmotion(cells[r][c]) : null
          if (n !== null && (n < -3 || n > 3)) return fail('grid.emotionRange', at(r, c), { value: cells[r][c] })
        }
    emotions = []
    values.forEach((v, si) => {
      const n = v === null ? null : normaliseEmotion(v)
      if (n !== null) emotions!.push({ stageId: stages[si].stage.id, value: n })
    })
  }
  // A blueprint line holds no cards: one with text in it is kept as a lane of cards.
  for (const l of lanes) {
    if (!isSeparator(l.lane.role)) continue
    if (l.rows.some((r) => cells[r].slice(1).some(Boolean))) {
      l.lane.role = 'notes'
      warnings.push(t('io.grid.warn.lineText', { lng: lang, name: l.lane.name }))
    }
  }

  // The Scores chart holds no cards either: a "Scores" row with text in it is a lane of notes.
  for (const l of lanes) if (l.lane.role === 'scores' && l.rows.some((r) => cells[r].slice(1).some(Boolean))) l.lane.role = 'notes'

  const cards: Card[] = []
  for (const l of lanes) {
    if (l.lane.role === 'emotions' || isSeparator(l.lane.role)) continue
    const tag = tagForRole(l.lane.role)
    for (const r of l.rows)
      for (const s of stages)
        for (const c of s.cols) {
          for (const item of splitCell(cells[r][c])) {
            const card: Card = { id: newId('c_'), stageId: s.stage.id, laneId: l.lane.id, text: item.text }
            if (tag) card.tag = tag
            // A customer's own words are a fact from customers, not an assumption to verify.
            if (item.quote) card.evidence = 'fact'
            cards.push(card)
          }
        }
  }
  if (cards.length > GRID_LIMITS.cards) return fail('grid.tooManyCards', undefined, { count: cards.length, max: GRID_LIMITS.cards })

  let boardLanes = lanes.map((l) => l.lane)
  if (def.spreadsheet.complete) {
    const lined = def.spreadsheet.complete(boardLanes, (role) => ({ id: newId('l_'), name: strings[lang].role[role], role }))
    if (lined) {
      boardLanes = lined
      warnings.push(t('io.grid.warn.linesAdded', { lng: lang }))
    }
  }

  const phases: Phase[] = []
  if (phaseRow) {
    for (const s of stages) {
      const name = s.cols.map((c) => phaseRow![c]).find(Boolean)
      if (name) phases.push({ id: newId('p_'), name: name.replace(/\s+/g, ' '), stageIds: [s.stage.id] })
      else if (phases.length) phases[phases.length - 1].stageIds.push(s.stage.id)
    }
  }

  const board: Board = {
    id: newId('b_'),
    title: opts.title,
    kind,
    locale: lang,
    stages: stages.map((s) => s.stage),
    lanes: boardLanes,
    cards,
    links: [],
  }
  if (phases.length) board.phases = phases
  if (emotions?.length) board.emotions = emotions
  if (def.worstCase) board.fmeaThreshold = 100
  return warnings.length ? { ok: true, board, warnings } : { ok: true, board }
}
