// PDF page maths (millimetres, landscape). A board wider than a page is split by stages
// (each page repeats the lane headers), a slice taller than a page is cut between lanes,
// so that card text never prints smaller than about 7 pt.
import { splitStages, type StageRange } from './slices'

export type Paper = 'a4' | 'a3'
export const PAPERS: Record<Paper, { width: number; height: number }> = {
  a4: { width: 297, height: 210 },
  a3: { width: 420, height: 297 },
}

/** Millimetres per board pixel below which 15 px card text gets too small to read (≈ 7 pt). */
export const MIN_SCALE = 0.17
/** Above this, text would print larger than on screen: small slices are not blown up. */
export const MAX_SCALE = 0.3

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export const MARGIN = 10
export const HEADER = 12
export const FOOTER = 6

/** The page, and the box that holds the board image (below the title, above the page number). */
export function pageFrame(paper: Paper): { width: number; height: number; content: Box } {
  const { width, height } = PAPERS[paper]
  return {
    width,
    height,
    content: { x: MARGIN, y: MARGIN + HEADER, width: width - 2 * MARGIN, height: height - 2 * MARGIN - HEADER - FOOTER },
  }
}

export interface SceneMetrics {
  /** Width taken whatever the number of stages: lane headers and margins (board px). */
  fixedWidth: number
  stageWidth: number
}

/** How many stages fit across the page at a legible scale (at least one). */
export function stagesPerPage(paper: Paper, m: SceneMetrics): number {
  const px = pageFrame(paper).content.width / MIN_SCALE
  return Math.max(1, Math.floor((px - m.fixedWidth) / m.stageWidth))
}

/** The stage groups of a readable PDF: the whole board when it fits across one page. */
export function pdfStageGroups(stageCount: number, paper: Paper, m: SceneMetrics): StageRange[] {
  return splitStages(stageCount, stagesPerPage(paper, m))
}

/**
 * Cuts [0, total) into rows of at most `max`, each cut at the lowest break (lane bottom)
 * that fits, or at `max` when none does (a lane taller than a page).
 */
export function splitRows(total: number, max: number, breaks: readonly number[] = []): [number, number][] {
  const rows: [number, number][] = []
  const sorted = [...breaks].sort((a, b) => a - b)
  let start = 0
  if (max <= 0) return [[0, total]]
  while (total - start > max + 1e-6) {
    // a break too near the start would leave a sliver of a page
    const fits = sorted.filter((b) => b > start + max * 0.25 && b <= start + max + 1e-6)
    const cut = fits.length ? fits[fits.length - 1] : start + max
    rows.push([start, cut])
    start = cut
  }
  rows.push([start, total])
  return rows
}

export interface PagePlan {
  /** Millimetres per image (board) pixel. */
  scale: number
  /** Horizontal bands of the image, in board px, one per page. */
  rows: [number, number][]
  /** Where each band goes on its page (top-left, size), mm. */
  placements: Box[]
  /** The text prints smaller than MIN_SCALE (only in "fit" mode). */
  small: boolean
}

/**
 * Where an image of `width` × `height` board px goes: `fit` puts it whole on one page;
 * `readable` fits its width and cuts it into pages between lanes (`breaks`) when too tall,
 * unless shrinking it to the page height keeps it legible.
 */
export function planPages(width: number, height: number, paper: Paper, mode: 'fit' | 'readable', breaks: readonly number[] = []): PagePlan {
  const { content } = pageFrame(paper)
  const byWidth = Math.min(content.width / width, MAX_SCALE)
  const byHeight = content.height / height
  let scale: number
  let rows: [number, number][]
  if (mode === 'fit' || height * byWidth <= content.height || byHeight >= MIN_SCALE) {
    scale = Math.min(byWidth, byHeight)
    rows = [[0, height]]
  } else {
    // as few pages as at the smallest legible scale, with text as large as that allows
    const least = splitRows(height, content.height / Math.min(byWidth, MIN_SCALE), breaks).length
    scale = byWidth
    while (scale > MIN_SCALE && splitRows(height, content.height / scale, breaks).length > least) scale *= 0.98
    scale = Math.max(Math.min(byWidth, MIN_SCALE), scale)
    rows = splitRows(height, content.height / scale, breaks)
  }
  const w = width * scale
  const placements = rows.map(([a, b]) => ({ x: content.x + (content.width - w) / 2, y: content.y, width: w, height: (b - a) * scale }))
  return { scale, rows, placements, small: scale < MIN_SCALE - 1e-9 }
}
