// How a board is cut into PDF pages: by stages, by lanes, or both — whichever fills the pages
// with the fewest of them at a legible size. Every page repeats the headers (its scene draws
// them), so a page's size is its stages' width plus the lane headers, and its lanes' height plus
// the stage headers and the legend. Pure arithmetic in board px and millimetres.

export interface PageModel {
  stageCount: number
  stageWidth: number
  /** Width of a page's scene besides its stages: margins, lane headers (px). */
  fixedWidth: number
  /** Width of a side gutter holding the markers of arrows that leave a block (px). */
  sideGutter: number
  /** Height of a block besides its lanes: margins, phase and stage headers (px). */
  fixedHeight: number
  /** Height of the legend drawn once under a page's blocks, `width` px wide (px). */
  legendHeight: (width: number) => number
  /** Height of a top or bottom gutter holding markers of arrows that leave a block (px). */
  laneGutter: number
  /** Which sides of a block have arrows leaving it (so a gutter for their markers). */
  gutters: (stages: { from: number; to: number }, lanes: { from: number; to: number }) => { left: boolean; right: boolean; top: boolean; bottom: boolean }
  /** Lane `l` stays on the page of lane `l + 1` (a blueprint's line goes with the lane below it). */
  glued?: (lane: number) => boolean
  /** Height of lane `l` over stages `from`…`to` (px). */
  laneHeight: (lane: number, from: number, to: number) => number
  laneCount: number
  /** White margin inside every page scene (px): it may print over the page's margin. */
  pad: number
}

export interface PaperBox {
  /** The page (mm). */
  width: number
  height: number
  /** The area a scene may take on a page (mm), below its title line. */
  content: { x: number; y: number; width: number; height: number }
}

export interface PageBlock {
  stages: { from: number; to: number }
  lanes: { from: number; to: number }
  /** The block's size without the legend (px). */
  width: number
  height: number
}

/** A page: one or more blocks of the board stacked top to bottom, then the legend. */
export interface PlannedPage {
  blocks: PageBlock[]
  /** Millimetres per board px. */
  scale: number
  /** The page scene's size the plan expects (px). */
  width: number
  height: number
}

/** 15 px card text printed at 0.17 mm/px is about 7 pt: the smallest comfortable size. */
export const MIN_SCALE = 0.17
/** Larger than this prints text larger than on screen, to no reader's benefit. */
export const MAX_SCALE = 0.34
/** A page may be at most this much blank (the last page excepted). */
export const MAX_BLANK = 1 / 3

/** Even groups of `n` items, `k` groups (sizes differ by at most one). */
function evenGroups(n: number, k: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = []
  const base = Math.floor(n / k)
  let extra = n % k
  let at = 0
  for (let i = 0; i < k; i++) {
    const size = base + (extra-- > 0 ? 1 : 0)
    out.push({ from: at, to: at + size - 1 })
    at += size
  }
  return out
}

/** Contiguous groups of lanes whose tallest group is as short as `groups` groups allow; glued lanes stay together. */
function laneGroups(laneHeights: number[], groups: number, glued: (l: number) => boolean): { from: number; to: number }[] {
  const units: { from: number; to: number }[] = []
  for (let l = 0; l < laneHeights.length; l++) {
    const last = units[units.length - 1]
    if (last && glued(last.to)) last.to = l
    else units.push({ from: l, to: l })
  }
  const heights = units.map((u) => laneHeights.slice(u.from, u.to + 1).reduce((a, b) => a + b, 0))
  return unitGroups(heights, groups).map((g) => ({ from: units[g.from].from, to: units[g.to].to }))
}

function unitGroups(heights: number[], groups: number): { from: number; to: number }[] {
  const n = heights.length
  if (groups >= n) return heights.map((_, i) => ({ from: i, to: i }))
  const fits = (max: number) => {
    const out: { from: number; to: number }[] = []
    let start = 0
    let sum = 0
    for (let i = 0; i < n; i++) {
      if (heights[i] > max) return null
      if (sum + heights[i] > max) {
        out.push({ from: start, to: i - 1 })
        start = i
        sum = 0
      }
      sum += heights[i]
    }
    out.push({ from: start, to: n - 1 })
    return out.length <= groups ? out : null
  }
  let lo = Math.max(...heights)
  let hi = heights.reduce((a, b) => a + b, 0)
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2
    if (fits(mid)) hi = mid
    else lo = mid
  }
  return fits(hi) ?? fits(hi + 1)!
}

/**
 * The share of the page, below its title line, that the scene's ink spans (its bounding box):
 * what a reader sees as filled. The e2e test measures the same on the rendered page's pixels.
 */
export function inkShare(paper: PaperBox, w: number, h: number, scale: number): number {
  return (Math.min(w * scale, paper.content.width) * Math.min(h * scale, paper.content.height)) / (paper.width * (paper.height - paper.content.y))
}

interface Candidate {
  pages: PlannedPage[]
  blank: number
  scale: number
}

/**
 * The pages of a board: every split of the stages into `k` even groups and of the lanes into
 * `g` groups is tried (short blocks stacked on a page); the plan whose pages (last excepted)
 * are no more than a third blank wins, then the one with the fewest pages, then the larger text. A page that would be more
 * than a third blank at the plan's scale is drawn larger, when that fits.
 */
export function planPages(model: PageModel, paper: PaperBox): PlannedPage[] {
  const S = model.stageCount
  const L = model.laneCount
  const memo = new Map<number, number>()
  const laneHeight = (l: number, from: number, to: number) => {
    const key = (l * 4096 + from) * 4096 + to
    let v = memo.get(key)
    if (v === undefined) memo.set(key, (v = model.laneHeight(l, from, to)))
    return v
  }
  const { content } = paper
  let best: Candidate | null = null
  for (let k = 1; k <= Math.max(1, S); k++) {
    const stageGroups = S ? evenGroups(S, k) : [{ from: 0, to: -1 }]
    const seen = new Set<string>()
    for (let g = 1; g <= Math.max(1, L); g++) {
      // the lanes of the widest stage group decide the lane groups (taller cells, taller lanes)
      const heights = Array.from({ length: L }, (_, l) => Math.max(...stageGroups.map((sg) => laneHeight(l, sg.from, sg.to))))
      const groups = L ? laneGroups(heights, g, model.glued ?? (() => false)) : [{ from: 0, to: -1 }]
      if (groups.length < g || (g > 1 && seen.has(groups.map((x) => x.from).join()))) continue
      seen.add(groups.map((x) => x.from).join())
      const blocks: PageBlock[] = []
      for (const sg of stageGroups) {
        for (const lg of groups) {
          const n = sg.to - sg.from + 1
          const gut = model.gutters(sg, lg)
          const w = model.fixedWidth + n * model.stageWidth + ((gut.left ? 1 : 0) + (gut.right ? 1 : 0)) * model.sideGutter
          let lanes = 0
          for (let l = lg.from; l <= lg.to; l++) lanes += laneHeight(l, sg.from, sg.to)
          blocks.push({ stages: sg, lanes: lg, width: w, height: model.fixedHeight + lanes + ((gut.top ? 1 : 0) + (gut.bottom ? 1 : 0)) * model.laneGutter })
        }
      }
      // short blocks are stacked, as many to a page as fit at a legible size
      const tallest = Math.max(...blocks.map((b) => b.height))
      const maxStack = Math.max(1, Math.floor((content.height / MIN_SCALE - model.legendHeight(1000)) / tallest))
      for (let stack = 1; stack <= Math.min(maxStack, blocks.length, 4); stack++) {
        const pages: PlannedPage[] = []
        for (let i = 0; i < blocks.length; i += stack) {
          const bs = blocks.slice(i, i + stack)
          const width = Math.max(...bs.map((b) => b.width))
          pages.push({ blocks: bs, scale: 0, width, height: bs.reduce((h, b) => h + b.height, 0) + model.legendHeight(width) })
        }
        consider(pages, k === S && g === L && stack === 1)
      }
    }
  }
  return best!.pages

  function consider(pages: PlannedPage[], lastResort: boolean) {
    const pad = 2 * model.pad
    const fit = Math.min(...pages.map((p) => Math.min(content.width / (p.width - pad), content.height / (p.height - pad))))
    const scale = Math.min(fit, MAX_SCALE)
    if (scale < MIN_SCALE && !lastResort) return
    let blank = 0
    for (const [i, p] of pages.entries()) {
      const own = Math.min(content.width / (p.width - pad), content.height / (p.height - pad), MAX_SCALE * 1.25)
      // a little margin over the third: the plan's sizes are estimates of the drawn pages'
      const filled = (sc: number) => inkShare(paper, p.width - pad, p.height - pad, sc) >= 1 - MAX_BLANK + 0.03
      p.scale = filled(scale) ? scale : Math.max(scale, own)
      if (i < pages.length - 1 && !filled(p.scale)) blank++
    }
    const c: Candidate = { pages, blank, scale }
    if (
      !best ||
      c.blank < best.blank ||
      (c.blank === best.blank && (c.pages.length < best.pages.length || (c.pages.length === best.pages.length && c.scale > best.scale + 1e-9)))
    )
      best = c
  }
}

/** A4 and A3 pages (mm), landscape or portrait, with a title line above the content. */
export const PAPER_MM = { a4: { width: 297, height: 210 }, a3: { width: 420, height: 297 } }
export const PAGE_MARGIN = 10
export const TITLE_BAND = 12

export function paperBox(paper: keyof typeof PAPER_MM, orientation: 'landscape' | 'portrait' = 'landscape'): PaperBox {
  const p = PAPER_MM[paper]
  const width = orientation === 'landscape' ? p.width : p.height
  const height = orientation === 'landscape' ? p.height : p.width
  return {
    width,
    height,
    content: { x: PAGE_MARGIN, y: PAGE_MARGIN + TITLE_BAND, width: width - 2 * PAGE_MARGIN, height: height - 2 * PAGE_MARGIN - TITLE_BAND },
  }
}

/** The orientation that lets a `w` × `h` scene print largest on one page, and its scale. */
export function fitOnePage(
  paper: keyof typeof PAPER_MM,
  w: number,
  h: number,
  pad = 0,
): { box: PaperBox; orientation: 'landscape' | 'portrait'; scale: number } {
  w -= 2 * pad
  h -= 2 * pad
  const options = (['landscape', 'portrait'] as const).map((orientation) => {
    const box = paperBox(paper, orientation)
    return { box, orientation, scale: Math.min(box.content.width / w, box.content.height / h) }
  })
  return options[0].scale >= options[1].scale ? options[0] : options[1]
}

/** Points of print of `px` board pixels at `scale` mm/px. */
export const printedPt = (px: number, scale: number) => (px * scale) / 0.3528
