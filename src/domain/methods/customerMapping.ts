// Customer mapping (the methods book's tool 39): each key expectation has an importance and a
// satisfaction on 1–10, from customers; plotted importance × satisfaction it falls in one of
// four zones — strengths (important, satisfied), urgent (important, not satisfied: act first),
// reflection (not important, satisfied: over-investment?), medium-term actions (not important,
// not satisfied). The axes split at the scale's middle (5.5) or at the medians.
// Also: reading expectations from a pasted table or a survey, and placing the chart's labels so
// that no two overlap. Pure.
import type { Expectation } from '../types'

export type Zone = 'strengths' | 'urgent' | 'reflection' | 'medium'
export const ZONES: readonly Zone[] = ['urgent', 'strengths', 'medium', 'reflection']
export const MAPPING_SCALE = { min: 1, max: 10 } as const
export type SplitMode = 'middle' | 'median'

export interface Split {
  importance: number
  satisfaction: number
}

/** An expectation with both scores: the ones the chart can place. */
export type PlacedExpectation = Expectation & { importance: number; satisfaction: number }
export const isPlaced = (e: Expectation): e is PlacedExpectation => typeof e.importance === 'number' && typeof e.satisfaction === 'number'

export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Where the axes split: the scale's middle, or the medians of the placed expectations (the middle when there are none). */
export function mappingSplit(items: readonly Expectation[], mode: SplitMode): Split {
  const middle = (MAPPING_SCALE.min + MAPPING_SCALE.max) / 2
  if (mode === 'middle') return { importance: middle, satisfaction: middle }
  const placed = items.filter(isPlaced)
  return { importance: median(placed.map((e) => e.importance)) ?? middle, satisfaction: median(placed.map((e) => e.satisfaction)) ?? middle }
}

/** The zone of an expectation; a score exactly at the split counts as high (important, satisfied). */
export function zoneOf(e: { importance: number; satisfaction: number }, split: Split): Zone {
  const important = e.importance >= split.importance
  const satisfied = e.satisfaction >= split.satisfaction
  if (important) return satisfied ? 'strengths' : 'urgent'
  return satisfied ? 'reflection' : 'medium'
}

// ---- reading expectations from a table -----------------------------------------------

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** "très important" → 10, "important" → 7, "peu important" → 4, "pas important" → 1 (and the same for satisfaction, in French and English). */
export function verbalScore(text: string, axis: 'importance' | 'satisfaction'): number | null {
  const t = norm(text)
  if (!t) return null
  if (axis === 'importance') {
    if (/^(pas (du tout )?important|not (at all )?important|unimportant)/.test(t)) return 1
    if (/^(peu important|not very important|slightly important|somewhat unimportant)/.test(t)) return 4
    if (/^(tres important|very important|extremely important)/.test(t)) return 10
    if (/^(assez important|plutot important|fairly important|important|moderately important)/.test(t)) return 7
    return null
  }
  if (/^(tres insatisfait|very dissatisfied|very unsatisfied|pas du tout satisfait|not at all satisfied)/.test(t)) return 1
  if (/^(insatisfait|peu satisfait|dissatisfied|unsatisfied|not very satisfied|plutot insatisfait)/.test(t)) return 4
  if (/^(tres satisfait|very satisfied|extremely satisfied)/.test(t)) return 10
  if (/^(satisfait|assez satisfait|plutot satisfait|satisfied|fairly satisfied)/.test(t)) return 7
  return null
}

/** A score on 1–10: a number (decimal comma allowed) or a verbal answer. */
export function readMappingScore(text: string, axis: 'importance' | 'satisfaction'): number | null {
  const t = text.trim().replace(',', '.')
  if (/^\d+(\.\d+)?$/.test(t)) {
    const v = Number(t)
    return v >= MAPPING_SCALE.min && v <= MAPPING_SCALE.max ? v : null
  }
  return verbalScore(text, axis)
}

export interface TableExpectation {
  name: string
  importance: number | null
  satisfaction: number | null
  /** Answers the means were taken over. */
  answers: number
}

export interface ExpectationTable {
  items: TableExpectation[]
  /** Cells that are no score, by line (the header is line 1) and column header. */
  bad: { line: number; column: string; value: string }[]
  /** Nothing in the table could be read as expectations. */
  problem?: 'noColumns'
}

const NAME_HEADER = /^(expectations?|attentes?|criteres?|criteria|items?|besoins?|needs?|name|nom|libelle|element|attribute|attribut)$/
const IMPORTANCE = /^importance\b|\bimportance$/
const SATISFACTION = /^satisfaction\b|\bsatisfaction$/

/**
 * Expectations from a table, in either shape:
 * - one column of names with an importance and a satisfaction column — one row per expectation,
 *   or one row per answer (the means are taken per name);
 * - a survey with one column per question: "Importance – Welcome" and "Satisfaction – Welcome"
 *   make the expectation "Welcome", the means of the two columns.
 */
export function expectationsFromTable(headers: readonly string[], rows: readonly string[][]): ExpectationTable {
  const h = headers.map(norm)
  const bad: ExpectationTable['bad'] = []
  const nameCol = h.findIndex((x) => NAME_HEADER.test(x))
  const impCol = h.findIndex((x) => x === 'importance' || /^importance (1 10|sur 10|out of 10)$/.test(x))
  const satCol = h.findIndex((x) => x === 'satisfaction' || /^satisfaction (1 10|sur 10|out of 10)$/.test(x))
  const acc = new Map<string, { name: string; imp: number[]; sat: number[]; answers: number }>()
  const add = (name: string, imp: number | null, sat: number | null) => {
    const key = norm(name)
    let a = acc.get(key)
    if (!a) acc.set(key, (a = { name: name.trim(), imp: [], sat: [], answers: 0 }))
    if (imp !== null) a.imp.push(imp)
    if (sat !== null) a.sat.push(sat)
    a.answers++
  }
  const read = (row: string[], col: number, axis: 'importance' | 'satisfaction', line: number): number | null => {
    const text = (row[col] ?? '').trim()
    if (!text) return null
    const v = readMappingScore(text, axis)
    if (v === null) bad.push({ line, column: headers[col], value: text.slice(0, 40) })
    return v
  }

  const namesFirst = nameCol >= 0 ? nameCol : impCol > 0 && satCol > 0 ? 0 : -1
  if (namesFirst >= 0 && impCol >= 0 && satCol >= 0) {
    rows.forEach((row, i) => {
      const name = (row[namesFirst] ?? '').trim()
      if (!name) return
      add(name, read(row, impCol, 'importance', i + 2), read(row, satCol, 'satisfaction', i + 2))
    })
  } else {
    // one column per question: pair "Importance …" with "Satisfaction …" of the same expectation
    const pairs = new Map<string, { name: string; imp?: number; sat?: number }>()
    h.forEach((x, i) => {
      const axis = IMPORTANCE.test(x) ? 'imp' : SATISFACTION.test(x) ? 'sat' : null
      if (!axis) return
      const name = headers[i]
        .replace(/importance|satisfaction/i, '')
        .replace(/^[\s:–—\-()[\]]+|[\s:–—\-()[\]]+$/g, '')
        .trim()
      if (!name) return
      const key = norm(name)
      const p = pairs.get(key) ?? { name }
      p[axis] = i
      pairs.set(key, p)
    })
    for (const p of pairs.values()) {
      if (p.imp === undefined || p.sat === undefined) continue
      rows.forEach((row, i) => {
        const imp = read(row, p.imp!, 'importance', i + 2)
        const sat = read(row, p.sat!, 'satisfaction', i + 2)
        if (imp !== null || sat !== null) add(p.name, imp, sat)
      })
      if (!acc.has(norm(p.name))) acc.set(norm(p.name), { name: p.name, imp: [], sat: [], answers: 0 })
    }
  }
  if (!acc.size) return { items: [], bad, problem: 'noColumns' }
  const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null)
  return { items: [...acc.values()].map((a) => ({ name: a.name, importance: mean(a.imp), satisfaction: mean(a.sat), answers: a.answers })), bad }
}

// ---- labels that never overlap -------------------------------------------------------------

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export const boxesOverlap = (a: Box, b: Box, gap = 0): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap

export interface PlacedLabel extends Box {
  /** Placed away from its point: draw a line from the point to the label. */
  leader: boolean
}

/**
 * Places one label per point (sizes measured by the caller) inside `area`, so that no label
 * overlaps another label or any point's marker: first right next to its point (right, left,
 * above, below, then the diagonals), then on rings further out, then at the nearest free spot of
 * the area (with a leader line). Deterministic: points are placed in the order given.
 */
export function placeLabels(
  points: readonly { x: number; y: number }[],
  sizes: readonly { width: number; height: number }[],
  area: Box,
  opts: { marker?: number; gap?: number; obstacles?: readonly Box[] } = {},
): PlacedLabel[] {
  const r = opts.marker ?? 6
  const gap = opts.gap ?? 2
  // the points' markers, and whatever else is drawn there (the zones' names)
  const markers: Box[] = [...points.map((p) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r })), ...(opts.obstacles ?? [])]
  const placed: PlacedLabel[] = []
  const inside = (b: Box) => b.x >= area.x && b.y >= area.y && b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height
  const free = (b: Box) => inside(b) && !placed.some((p) => boxesOverlap(p, b, gap)) && !markers.some((m) => boxesOverlap(m, b, gap))
  points.forEach((p, i) => {
    const { width: w, height: h } = sizes[i]
    const d = r + 3
    const near: [number, number][] = [
      [p.x + d, p.y - h / 2],
      [p.x - d - w, p.y - h / 2],
      [p.x - w / 2, p.y - d - h],
      [p.x - w / 2, p.y + d],
      [p.x + d, p.y - d - h],
      [p.x + d, p.y + d],
      [p.x - d - w, p.y - d - h],
      [p.x - d - w, p.y + d],
    ]
    for (const [x, y] of near) {
      const b = { x, y, width: w, height: h }
      if (free(b)) return void placed.push({ ...b, leader: false })
    }
    // rings further out
    for (let ring = 1; ring <= 6; ring++) {
      const dist = d + ring * (h + gap)
      const steps = 12 + ring * 4
      for (let k = 0; k < steps; k++) {
        const a = (2 * Math.PI * k) / steps
        const cx = p.x + Math.cos(a) * (dist + w / 2)
        const cy = p.y + Math.sin(a) * dist
        const b = { x: cx - w / 2, y: cy - h / 2, width: w, height: h }
        if (free(b)) return void placed.push({ ...b, leader: true })
      }
    }
    // the nearest free spot anywhere in the area
    let best: Box | null = null
    let bestD = Infinity
    const step = Math.max(2, Math.floor(h / 2))
    for (let y = area.y; y + h <= area.y + area.height; y += step) {
      for (let x = area.x; x + w <= area.x + area.width; x += step) {
        const b = { x, y, width: w, height: h }
        const dd = (x + w / 2 - p.x) ** 2 + (y + h / 2 - p.y) ** 2
        if (dd < bestD && free(b)) {
          best = b
          bestD = dd
        }
      }
    }
    // (an area too small for every label: the last ones go below it, still apart from each other)
    if (!best) {
      const bottom = Math.max(area.y + area.height, ...placed.map((q) => q.y + q.height)) + gap
      best = { x: area.x, y: bottom, width: w, height: h }
    }
    placed.push({ ...best, leader: true })
  })
  return placed
}
