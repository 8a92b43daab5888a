// Every image, PDF and slide export of a board, drawn from one native SVG scene (./svg): the
// whole board as PNG or SVG, readable PDF pages or the board on one page, and slides as PNG
// files, one PDF or a PowerPoint file. Everything is written in the board's language (or the
// one chosen for this export), whatever the interface's.
import type { Board, Id, Persona } from '../../domain/types'
import { isSeparator } from '../../domain/types'
import { visibleText } from '../../domain/text'
import { METRICS } from '../../domain/layout'
import { lanesBelowVisibility } from '../../domain/methods/templates'
import { i18n } from '../../i18n'
import { downloadBlob, fileSlug } from '../../ui/download'
import { getPersonas } from '../../persistence/personas'
import { buildBoardScene, cardHeightOf, drawsZones, SCENE_PAD, type BoardScene, type Translate, buildTitleSlide, laneNameHeight } from './svg/boardScene'
import { embeddedFontCss } from './svg/fonts'
import { sceneSvg, type Scene, type Shape } from './svg/shapes'
import type { Slide, SlideAspect } from './slide'
export type { Slide, SlideAspect } from './slide'
import { canvasMeasure, resetTextMeasures, type Measure } from './svg/text'
import { buildVectorPdf, type PdfPage } from './pdf'
import {
  fitOnePage,
  inkShare,
  paperBox,
  planPages,
  printedPt,
  MAX_BLANK,
  MAX_SCALE,
  type PageBlock,
  type PageModel,
  type PaperBox,
  type PlannedPage,
} from './pages'
import { fitPixelRatio, lowerRatio } from './pixelRatio'
import { splitStages, rangeLabel, type StageRange } from './slices'
import { svgToCanvas, isBlank, canvasToPng } from './raster'
import { legendItems } from './legend'

export type ExportLocale = 'fr' | 'en'
export type Paper = 'a4' | 'a3'
export type PdfMode = 'readable' | 'fit'

export interface ExportContext {
  board: Board
  locale: ExportLocale
  t: Translate
  personas: Persona[]
  customerView: boolean
  date: Date
  measure: Measure
}

export interface ExportOutcome {
  /** Things the user must know (a lowered resolution, the smallest text), translated. */
  warnings: string[]
  files: number
}

export interface RunOptions {
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}

/** The language a board's exports are written in: its own, else the interface's. */
export function boardLocale(board: Board): ExportLocale {
  return board.locale ?? (i18n.language?.startsWith('fr') ? 'fr' : 'en')
}

/** The context of an export, at once (the dialog's estimates): no personas loaded, fonts as they are. */
export function makeContext(board: Board, opts: { locale?: ExportLocale; customerView?: boolean; personas?: Persona[]; date?: Date } = {}): ExportContext {
  const locale = opts.locale ?? boardLocale(board)
  return {
    // Text that can't lie, in exports too: the title and the names on the page and in the file's
    // name and properties without the characters that reorder or hide them (the board keeps them).
    board: { ...board, title: visibleText(board.title) },
    locale,
    t: i18n.getFixedT(locale) as Translate,
    personas: (opts.personas ?? []).map((p) => ({ ...p, name: visibleText(p.name) })),
    customerView: !!opts.customerView,
    date: opts.date ?? new Date(),
    measure: canvasMeasure,
  }
}

/** What every export of `board` needs: its language, its personas, the fonts measured. */
export async function exportContext(
  board: Board,
  opts: { locale?: ExportLocale; customerView?: boolean; personas?: Persona[]; date?: Date } = {},
): Promise<ExportContext> {
  const personas = opts.personas ?? (await getPersonas(board.personaIds ?? []).catch((): Persona[] => []))
  if (typeof document !== 'undefined' && document.fonts) {
    const before = document.fonts.check('700 16px Inter') && document.fonts.check('400 15px Inter')
    await Promise.all(['400 15px Inter', '700 16px Inter'].map((f) => document.fonts.load(f).catch(() => [])))
    if (!before) resetTextMeasures()
  }
  return makeContext(board, { ...opts, personas })
}

/** "Service blueprint · 1 December 2026", in the export's language. */
export function subtitle(ctx: ExportContext): string {
  const date = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long' }).format(ctx.date)
  return `${ctx.t(`kind.${ctx.board.kind}`)} · ${date}`
}

const sceneOptions = (ctx: ExportContext) => ({ t: ctx.t, locale: ctx.locale, measure: ctx.measure, personas: ctx.personas, customerView: ctx.customerView })

const wholeScenes = new WeakMap<ExportContext, BoardScene>()
/** The whole board as one image shows it: title, persona, board, legend (drawn once per context). */
export function wholeBoardScene(ctx: ExportContext): BoardScene {
  let scene = wholeScenes.get(ctx)
  if (!scene) {
    scene = buildBoardScene(ctx.board, { ...sceneOptions(ctx), title: { title: ctx.board.title, subtitle: subtitle(ctx) }, persona: true, legend: true })
    wholeScenes.set(ctx, scene)
  }
  return scene
}

// ---- PNG and SVG -------------------------------------------------------------------------

export interface PngResult {
  blob: Blob
  width: number
  height: number
  ratio: number
  lowered: boolean
}

/** A scene drawn to PNG at (at most) `requested` device px per scene px, fonts embedded. */
export async function renderScenePng(scene: Scene, requested: number, signal?: AbortSignal): Promise<PngResult> {
  const svg = sceneSvg(scene, { fontCss: await embeddedFontCss() })
  let ratio: number | null = fitPixelRatio(scene.width, scene.height, requested).ratio
  while (ratio !== null) {
    signal?.throwIfAborted()
    let canvas: HTMLCanvasElement | null = null
    try {
      canvas = await svgToCanvas(svg, scene, ratio)
    } catch (e) {
      console.warn('export: drawing failed at', ratio, e)
    }
    if (canvas && !isBlank(canvas)) {
      try {
        const blob = await canvasToPng(canvas)
        return { blob, width: canvas.width, height: canvas.height, ratio, lowered: ratio < requested }
      } finally {
        canvas.width = canvas.height = 0
      }
    }
    if (canvas) canvas.width = canvas.height = 0
    ratio = lowerRatio(ratio)
  }
  throw new Error('the browser could not draw the image')
}

export function loweredWarning(requested: number, r: PngResult): string {
  return i18n.t('exporting.lowered', { requested, ratio: r.ratio, width: r.width, height: r.height })
}

export async function exportPng(ctx: ExportContext, opts: RunOptions & { pixelRatio: number }): Promise<ExportOutcome> {
  const r = await renderScenePng(wholeBoardScene(ctx), opts.pixelRatio, opts.signal)
  opts.signal?.throwIfAborted()
  downloadBlob(`${fileSlug(ctx.board.title)}.png`, r.blob)
  return { warnings: r.lowered ? [loweredWarning(opts.pixelRatio, r)] : [], files: 1 }
}

/** The SVG file: native shapes and text (no foreignObject), Inter embedded, its title set. */
export async function boardSvg(ctx: ExportContext): Promise<string> {
  const svg = sceneSvg(wholeBoardScene(ctx), { fontCss: await embeddedFontCss(), title: ctx.board.title })
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + svg.replace('<svg ', `<svg xml:lang="${ctx.locale}" `)
}

export async function exportSvg(ctx: ExportContext, opts: RunOptions = {}): Promise<ExportOutcome> {
  const svg = await boardSvg(ctx)
  opts.signal?.throwIfAborted()
  downloadBlob(`${fileSlug(ctx.board.title)}.svg`, new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  return { warnings: [], files: 1 }
}

// ---- PDF ---------------------------------------------------------------------------------

/** The sizes the page planner needs, from the board's cards and names (no drawing). */
export function pageModel(ctx: ExportContext): PageModel {
  const { board, measure } = ctx
  const hidden = ctx.customerView ? lanesBelowVisibility(board) : new Set<Id>()
  const lanes = board.lanes.filter((l) => !hidden.has(l.id))
  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]))
  const content = lanes.map(() => new Array<number>(board.stages.length).fill(0))
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]))
  for (const c of board.cards) {
    const li = laneIndex.get(c.laneId)
    const si = stageIndex.get(c.stageId)
    if (li === undefined || si === undefined) continue
    content[li][si] += cardHeightOf(c, measure) + METRICS.cardGap
  }
  const minLane = Math.max(METRICS.minLaneHeight, laneNameHeight(lanes, ctx.t, measure))
  // arrows as (stage, lane) index pairs, to know which sides of a block arrows leave by
  const at = new Map(board.cards.map((c) => [c.id, { s: stageIndex.get(c.stageId)!, l: laneIndex.get(c.laneId) }]))
  const arrows = board.links
    .map((k) => ({ a: at.get(k.from), b: at.get(k.to) }))
    .filter((x): x is { a: { s: number; l: number }; b: { s: number; l: number } } => x.a?.l !== undefined && x.b?.l !== undefined)
  const hasPhases = (board.phases ?? []).some((p) => p.stageIds.length)
  const items = legendItems(board).length
  // as boardScene draws it: 300 px columns, rows of 34 px
  const legend = (width: number) => (items ? 24 + 40 + Math.ceil(items / Math.max(1, Math.floor((width - 2 * SCENE_PAD - 32) / 300))) * 34 + 12 : 0)
  return {
    stageCount: board.stages.length,
    stageWidth: METRICS.stageWidth,
    fixedWidth: 2 * SCENE_PAD + METRICS.laneHeaderWidth,
    sideGutter: 190,
    fixedHeight: 2 * SCENE_PAD + (hasPhases ? METRICS.phaseHeaderHeight : 0) + METRICS.stageHeaderHeight,
    legendHeight: legend,
    laneGutter: 46,
    laneCount: lanes.length,
    pad: SCENE_PAD,
    glued: (l) => isSeparator(lanes[l].role) && l + 1 < lanes.length,
    gutters: (st, ln) => {
      const g = { left: false, right: false, top: false, bottom: false }
      const inside = (p: { s: number; l: number }) => p.s >= st.from && p.s <= st.to && p.l >= ln.from && p.l <= ln.to
      for (const { a, b } of arrows) {
        const here = inside(a) ? b : inside(b) ? a : null
        if (!here || (inside(a) && inside(b))) continue
        if (here.s < st.from) g.left = true
        else if (here.s > st.to) g.right = true
        else if (here.l < ln.from) g.top = true
        else g.bottom = true
      }
      return g
    },
    laneHeight: (l, from, to) => {
      const role = lanes[l].role
      if (isSeparator(role)) return METRICS.separatorHeight
      if (role === 'emotions') return METRICS.emotionHeight
      let max = 0
      for (let s = from; s <= to; s++) max = Math.max(max, content[l][s])
      return Math.max(minLane, max - (max ? METRICS.cardGap : 0) + 2 * METRICS.cellPadding + 24)
    },
  }
}

export interface PdfPlan {
  pages: PdfPage[]
  /** The smallest text printed, in points. */
  smallestPt: number
}

function pageLabel(ctx: ExportContext, p: PlannedPage, n: number, total: number, laneCount: number): string {
  const parts: string[] = []
  const stages = { from: Math.min(...p.blocks.map((b) => b.stages.from)), to: Math.max(...p.blocks.map((b) => b.stages.to)) }
  const lanes = { from: Math.min(...p.blocks.map((b) => b.lanes.from)), to: Math.max(...p.blocks.map((b) => b.lanes.to)) }
  if (stages.from > 0 || stages.to < ctx.board.stages.length - 1)
    parts.push(ctx.t('exporting.stagesOf', { range: rangeLabel(stages), count: ctx.board.stages.length }))
  if (lanes.from > 0 || lanes.to < laneCount - 1) parts.push(ctx.t('exporting.lanesOf', { range: rangeLabel(lanes), count: laneCount }))
  parts.push(ctx.t('exporting.pageOf', { n, total }))
  return parts.join(' · ')
}

/** What the dialog tells of a readable PDF before it is drawn: its pages and smallest text (the plan only). */
export function estimateReadablePdf(ctx: ExportContext, paper: Paper): { pages: number; smallestPt: number } {
  if (drawsZones(ctx.board)) return { pages: 1, smallestPt: planFitPdf(ctx, paper).smallestPt }
  const planned = planPages(pageModel(ctx), paperBox(paper, 'landscape'))
  // the smallest text a page scene draws: lane role names (12 px)
  return { pages: planned.length, smallestPt: Math.min(...planned.map((p) => printedPt(12, p.scale))) }
}

/** Readable pages: the split that fills them, every header repeated, arrows leaving marked. */
export function planReadablePdf(ctx: ExportContext, paper: Paper): PdfPlan {
  const box = paperBox(paper, 'landscape')
  if (drawsZones(ctx.board)) return planFitPdf(ctx, paper)
  const model = pageModel(ctx)
  const planned = planPages(model, box)
  const hidden = ctx.customerView ? lanesBelowVisibility(ctx.board) : new Set<Id>()
  const lanes = ctx.board.lanes.filter((l) => !hidden.has(l.id))
  // every page explains every symbol of the board: one legend for the whole document
  const shownCards = new Set(ctx.board.cards.filter((c) => !hidden.has(c.laneId)).map((c) => c.id))
  let smallest = Infinity
  const pages = planned.map((p, i) => {
    const laneSet = (b: PageBlock) => new Set(lanes.slice(b.lanes.from, b.lanes.to + 1).map((l) => l.id))
    const scenes = p.blocks.map((b, j) =>
      buildBoardScene(ctx.board, {
        ...sceneOptions(ctx),
        stages: b.stages,
        laneIds: laneSet(b),
        legend: j === p.blocks.length - 1,
        legendCards: shownCards,
        markers: true,
        persona: false,
      }),
    )
    const shapes: Shape[] = []
    let y = 0
    for (const sc of scenes) {
      shapes.push({ type: 'group', x: 0, y, scale: 1, shapes: sc.shapes })
      y += sc.height
    }
    const scene: Scene = { width: Math.max(...scenes.map((sc) => sc.width)), height: y, shapes }
    // the plan's scale, unless the page drawn is smaller than planned and would print too blank
    const fit = Math.min(box.content.width / (scene.width - 2 * SCENE_PAD), box.content.height / (scene.height - 2 * SCENE_PAD))
    const planned_ = Math.min(p.scale, fit)
    const blank = inkShare(box, scene.width - 2 * SCENE_PAD, scene.height - 2 * SCENE_PAD, planned_) < 1 - MAX_BLANK + 0.02
    const scale = blank ? Math.min(fit, MAX_SCALE * 1.25) : planned_
    smallest = Math.min(smallest, ...scenes.map((sc) => printedPt(sc.minText, scale)))
    return pdfPage(ctx, box, scene, scale, pageLabel(ctx, p, i + 1, planned.length, lanes.length))
  })
  return { pages, smallestPt: smallest }
}

/** The scene's own white margin prints over the page's margin: its ink starts at the content box. */
function pdfPage(ctx: ExportContext, box: PaperBox, scene: Scene, scale: number, label: string): PdfPage {
  return {
    scene,
    width: box.width,
    height: box.height,
    x: box.content.x - SCENE_PAD * scale,
    y: box.content.y - SCENE_PAD * scale,
    scale,
    title: ctx.board.title,
    label,
  }
}

/** The whole board on one page, turned to the board's shape. */
export function planFitPdf(ctx: ExportContext, paper: Paper): PdfPlan {
  const scene = buildBoardScene(ctx.board, { ...sceneOptions(ctx), legend: true, persona: true })
  const { box, scale: fit } = fitOnePage(paper, scene.width, scene.height, SCENE_PAD)
  const scale = Math.min(fit, MAX_SCALE * 1.5)
  return {
    pages: [pdfPage(ctx, box, scene, scale, `${subtitle(ctx)} · ${ctx.t('exporting.pageOf', { n: 1, total: 1 })}`)],
    smallestPt: printedPt(scene.minText, scale),
  }
}

/** What the dialog says of the smallest text a PDF prints (in the interface's language). */
export function smallTextNote(pt: number): string {
  const value = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(Math.floor(pt * 10) / 10)
  return i18n.t(pt < 6.5 ? 'exporting.smallestTextSmall' : 'exporting.smallestText', { pt: value })
}

export async function exportPdf(ctx: ExportContext, opts: RunOptions & { paper: Paper; mode: PdfMode }): Promise<ExportOutcome> {
  const plan = opts.mode === 'fit' ? planFitPdf(ctx, opts.paper) : planReadablePdf(ctx, opts.paper)
  const blob = await buildVectorPdf(plan.pages, { title: ctx.board.title, subject: subtitle(ctx), language: ctx.locale }, opts)
  opts.signal?.throwIfAborted()
  downloadBlob(`${fileSlug(ctx.board.title)}.pdf`, blob)
  return { warnings: plan.smallestPt < 6.5 ? [smallTextNote(plan.smallestPt)] : [], files: 1 }
}

// ---- slides ------------------------------------------------------------------------------

/** Slide sizes in px (1 in = 144 px: PowerPoint's 13.33 × 7.5 in wide slide is 1920 × 1080). */
export const SLIDE_PX: Record<SlideAspect, { width: number; height: number }> = { '16:9': { width: 1920, height: 1080 }, '4:3': { width: 1440, height: 1080 } }
const SLIDE_MARGIN = 48
const SLIDE_HEADER = 84

function slideBox(aspect: SlideAspect) {
  const { width, height } = SLIDE_PX[aspect]
  return { x: SLIDE_MARGIN, y: SLIDE_MARGIN + SLIDE_HEADER, width: width - 2 * SLIDE_MARGIN, height: height - 2 * SLIDE_MARGIN - SLIDE_HEADER }
}

/** A slide's board: the legend under it or beside it, whichever lets the board print larger. */
function rangeScene(ctx: ExportContext, r: StageRange, box?: { width: number; height: number }): BoardScene {
  const under = buildBoardScene(ctx.board, { ...sceneOptions(ctx), stages: r, legend: true, persona: false })
  if (!box) return under
  const beside = buildBoardScene(ctx.board, { ...sceneOptions(ctx), stages: r, legend: true, persona: false, legendSide: 'right' })
  const fit = (s: BoardScene) => Math.min(box.width / s.width, box.height / s.height)
  return fit(beside) > fit(under) ? beside : under
}

/**
 * The stage ranges of a deck: `perSlide` stages each, or (auto) the number that fills the
 * slides best, at the largest text that keeps every slide filled.
 */
export function slideRanges(ctx: ExportContext, aspect: SlideAspect, perSlide: number | 'auto'): StageRange[] {
  const S = ctx.board.stages.length
  if (!S || drawsZones(ctx.board)) return []
  if (perSlide !== 'auto') return splitStages(S, perSlide)
  const box = slideBox(aspect)
  let best: { ranges: StageRange[]; score: number } | null = null
  for (let n = 1; n <= Math.min(S, 8); n++) {
    const ranges = splitStages(S, n)
    if (best && ranges.length === best.ranges.length) continue
    const scenes = ranges.map((r) => rangeScene(ctx, r, box))
    const scale = Math.min(...scenes.map((s) => Math.min(box.width / s.width, box.height / s.height)))
    const fill = Math.min(...scenes.map((s) => (s.width * scale * s.height * scale) / (box.width * box.height)))
    // cards of 15 px must stay readable on a projected slide: at least 0.45 of their size
    const score = fill * Math.min(1, scale / 0.45) - ranges.length * 0.01
    if (!best || score > best.score) best = { ranges, score }
  }
  return best!.ranges
}

/** The deck: a title slide (board, persona, date), then the board by runs of stages. */
export function buildSlides(ctx: ExportContext, aspect: SlideAspect, ranges: StageRange[]): Slide[] {
  const size = SLIDE_PX[aspect]
  const box = slideBox(aspect)
  const slides: Slide[] = [
    {
      scene: buildTitleSlide({
        ...sceneOptions(ctx),
        width: size.width,
        height: size.height,
        title: ctx.board.title,
        subtitle: subtitle(ctx),
        stages: ctx.board.stages.map((s) => ({ name: s.name, phase: ctx.board.phases?.find((p) => p.stageIds.includes(s.id))?.name })),
      }),
      title: ctx.board.title,
      notes: [subtitle(ctx), ...ctx.board.stages.map((s, i) => `${i + 1}. ${s.name}`)].join('\n'),
    },
  ]
  for (const r of ranges) {
    const board = rangeScene(ctx, r, box)
    const scale = Math.min(box.width / board.width, box.height / board.height)
    const heading = `${ctx.board.title} — ${ctx.t('exporting.stagesOf', { range: rangeLabel(r), count: ctx.board.stages.length })}`
    const shapes: Shape[] = [
      { type: 'text', x: SLIDE_MARGIN, y: SLIDE_MARGIN, w: size.width - 2 * SLIDE_MARGIN, lines: [heading], size: 36, lh: 48, weight: 700, fill: '#1b2430' },
      { type: 'rect', x: SLIDE_MARGIN, y: SLIDE_MARGIN + 58, w: size.width - 2 * SLIDE_MARGIN, h: 3, fill: '#263238' },
      { type: 'group', x: box.x + (box.width - board.width * scale) / 2, y: box.y, scale, shapes: board.shapes },
    ]
    const stages = ctx.board.stages.slice(r.from, r.to + 1)
    const notes = stages
      .map((s, i) => {
        const cards = ctx.board.cards.filter((c) => c.stageId === s.id && c.text.trim())
        return [`${r.from + i + 1}. ${s.name}`, ...cards.map((c) => `  – ${c.text.replace(/\s*\n\s*/g, ' ')}`)].join('\n')
      })
      .join('\n')
    slides.push({ scene: { width: size.width, height: size.height, shapes }, title: heading, notes })
  }
  return slides
}

export async function exportSlides(
  ctx: ExportContext,
  opts: RunOptions & { aspect: SlideAspect; ranges: StageRange[]; as: 'png' | 'pdf' | 'pptx'; pixelRatio: number },
): Promise<ExportOutcome> {
  const slides = buildSlides(ctx, opts.aspect, opts.ranges)
  const slug = fileSlug(ctx.board.title)
  if (opts.as === 'pptx') {
    const { buildPptx } = await import('./pptx')
    const blob = await buildPptx(slides, { aspect: opts.aspect, title: ctx.board.title, lang: ctx.locale })
    opts.signal?.throwIfAborted()
    downloadBlob(`${slug}.pptx`, blob)
    return { warnings: [], files: 1 }
  }
  if (opts.as === 'pdf') {
    const mm = 25.4 / 144
    const { width, height } = SLIDE_PX[opts.aspect]
    const pages: PdfPage[] = slides.map((s) => ({ scene: s.scene, width: width * mm, height: height * mm, x: 0, y: 0, scale: mm }))
    const blob = await buildVectorPdf(pages, { title: ctx.board.title, subject: subtitle(ctx), language: ctx.locale }, opts)
    opts.signal?.throwIfAborted()
    downloadBlob(`${slug}-slides.pdf`, blob)
    return { warnings: [], files: 1 }
  }
  const warnings: string[] = []
  for (const [i, s] of slides.entries()) {
    opts.signal?.throwIfAborted()
    opts.onProgress?.(i, slides.length)
    const r = await renderScenePng(s.scene, opts.pixelRatio, opts.signal)
    if (r.lowered && !warnings.length) warnings.push(loweredWarning(opts.pixelRatio, r))
    const range = i === 0 ? 'title' : `stages-${rangeLabel(opts.ranges[i - 1]).replace('–', '-')}`
    downloadBlob(`${slug}-${String(i + 1).padStart(2, '0')}-${range}.png`, r.blob)
    // browsers drop downloads started in the same instant
    if (i < slides.length - 1) await new Promise((res) => setTimeout(res, 250))
  }
  opts.onProgress?.(slides.length, slides.length)
  return { warnings, files: slides.length }
}

/** The size of the PNG of a whole board at `ratio`, and whether that ratio has to be lowered. */
export function pngSize(ctx: ExportContext, ratio: number) {
  const scene = wholeBoardScene(ctx)
  return { scene: { width: scene.width, height: scene.height }, ...fitPixelRatio(scene.width, scene.height, ratio) }
}

export type { Paper as PaperSize, PaperBox }
