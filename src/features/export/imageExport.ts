// The image exports of a board: PNG, SVG, slides (PNG files or a PDF) and PDF, all drawn
// on the off-screen export canvas, whatever part of the board the user is looking at.
import type { Board } from '../../domain/types'
import { kindOf } from '../../domain/kinds'
import { METRICS } from '../../domain/layout'
import { i18n, t } from '../../i18n'
import { downloadBlob, fileSlug } from '../../ui/download'
import { canvasToPng, captureCanvas, captureSvg } from './capture'
import { buildPdf, type PdfJob } from './pdf'
import { pdfStageGroups, planPages, type Paper } from './pdfLayout'
import { fitPixelRatio } from './pixelRatio'
import { withRenderedScene } from './render'
import { buildExportScene, SCENE_FIXED_WIDTH, type ExportScene, type SceneOptions } from './scene'
import { clampRange, rangeLabel, sliceBoard, type StageRange } from './slices'
import { peakEndStages } from '../../domain/methods/emotion'

export interface CommonOptions {
  customerView?: boolean
  signal?: AbortSignal
  /** Progress of a multi-part export (slides, PDF pages). */
  onProgress?: (done: number, total: number) => void
}

export interface ExportOutcome {
  /** Things the user must know (e.g. a lowered resolution), translated. */
  warnings: string[]
  files: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function subtitle(board: Board, range?: StageRange, total?: number): string {
  const parts = [t(`kind.${board.kind}`)]
  if (range && total) parts.push(t('exporting.stagesOf', { range: rangeLabel(range), count: total }))
  parts.push(new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()))
  return parts.join(' · ')
}

/** The scene of a whole board, or of a range of its stages, as images show it. */
export function imageScene(board: Board, opts: { customerView?: boolean; range?: StageRange; title?: boolean }): ExportScene {
  const part = opts.range ? sliceBoard(board, opts.range) : board
  const sceneOpts: SceneOptions = {
    customerView: opts.customerView,
    title: opts.title ?? true,
    subtitle: subtitle(board, opts.range, board.stages.length),
    legend: true,
    ...(opts.range ? { emotionMarks: peakEndStages(board), stageNumberOffset: clampRange(board, opts.range).from } : {}),
  }
  return buildExportScene(part, sceneOpts)
}

export interface PngResult {
  blob: Blob
  width: number
  height: number
  ratio: number
  lowered: boolean
}

/** Renders a scene and encodes it as PNG at (at most) `pixelRatio`. */
export async function renderPng(scene: ExportScene, pixelRatio: number, signal?: AbortSignal): Promise<PngResult> {
  return withRenderedScene(
    scene,
    async (vp) => {
      const { canvas, ratio, lowered } = await captureCanvas(vp, scene, pixelRatio)
      try {
        const blob = await canvasToPng(canvas)
        return { blob, width: canvas.width, height: canvas.height, ratio, lowered }
      } finally {
        canvas.width = canvas.height = 0
      }
    },
    signal,
  )
}

function loweredWarning(requested: number, r: PngResult): string {
  return t('exporting.lowered', { requested, ratio: r.ratio, width: r.width, height: r.height })
}

export async function exportPng(board: Board, opts: CommonOptions & { pixelRatio: number }): Promise<ExportOutcome> {
  const r = await renderPng(imageScene(board, opts), opts.pixelRatio, opts.signal)
  opts.signal?.throwIfAborted()
  downloadBlob(`${fileSlug(board.title)}.png`, r.blob)
  return { warnings: r.lowered ? [loweredWarning(opts.pixelRatio, r)] : [], files: 1 }
}

export async function renderSvg(scene: ExportScene, signal?: AbortSignal): Promise<string> {
  return withRenderedScene(scene, (vp) => captureSvg(vp, scene), signal)
}

export async function exportSvg(board: Board, opts: CommonOptions): Promise<ExportOutcome> {
  const svg = await renderSvg(imageScene(board, opts), opts.signal)
  opts.signal?.throwIfAborted()
  downloadBlob(`${fileSlug(board.title)}.svg`, new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  return { warnings: [], files: 1 }
}

export const sceneMetrics = { fixedWidth: SCENE_FIXED_WIDTH, stageWidth: METRICS.stageWidth }

export type PdfMode = 'readable' | 'fit'

/** The pages a PDF export will have (scenes are laid out, not drawn: cheap). */
export function planPdf(board: Board, opts: { paper: Paper; mode: PdfMode; customerView?: boolean; ranges?: StageRange[] }): PdfJob[] {
  const total = board.stages.length
  let parts: (StageRange | undefined)[] = [undefined]
  if (opts.ranges) parts = opts.ranges
  else if (opts.mode === 'readable' && kindOf(board).hasStages && total > 0) {
    const groups = pdfStageGroups(total, opts.paper, sceneMetrics)
    if (groups.length > 1) parts = groups
  }
  return parts.map((range) => {
    const part = range ? sliceBoard(board, range) : board
    const scene = buildExportScene(part, { customerView: opts.customerView, title: false, legend: true, ...(range ? { emotionMarks: peakEndStages(board), stageNumberOffset: clampRange(board, range).from } : {}) })
    const mode = opts.ranges ? 'fit' : opts.mode
    return { scene, plan: planPages(scene.width, scene.height, opts.paper, mode, scene.breaks), label: range ? t('exporting.stagesOf', { range: rangeLabel(range), count: total }) : '' }
  })
}

export async function exportPdf(board: Board, opts: CommonOptions & { paper: Paper; mode: PdfMode; ranges?: StageRange[]; suffix?: string }): Promise<ExportOutcome> {
  const jobs = planPdf(board, opts)
  const r = await buildPdf(board.title, jobs, opts.paper, {
    signal: opts.signal,
    onProgress: opts.onProgress,
    pageLabel: (n, total) => t('exporting.pageOf', { n, total }),
  })
  opts.signal?.throwIfAborted()
  downloadBlob(`${fileSlug(board.title)}${opts.suffix ?? ''}.pdf`, r.blob)
  const warnings: string[] = []
  if (r.lowered) warnings.push(t('exporting.pdfLowered'))
  if (jobs.some((j) => j.plan.small)) warnings.push(t('exporting.smallText'))
  return { warnings, files: 1 }
}

/** Slides as PNG files, one per range (downloaded one after the other). */
export async function exportSlidesPng(board: Board, opts: CommonOptions & { ranges: StageRange[]; pixelRatio: number }): Promise<ExportOutcome> {
  const warnings: string[] = []
  const slug = fileSlug(board.title)
  const n = opts.ranges.length
  for (const [i, range] of opts.ranges.entries()) {
    opts.signal?.throwIfAborted()
    opts.onProgress?.(i, n)
    const r = await renderPng(imageScene(board, { ...opts, range }), opts.pixelRatio, opts.signal)
    opts.signal?.throwIfAborted()
    if (r.lowered && !warnings.length) warnings.push(loweredWarning(opts.pixelRatio, r))
    downloadBlob(`${slug}-${String(i + 1).padStart(2, '0')}-stages-${rangeLabel(range).replace('–', '-')}.png`, r.blob)
    // browsers drop downloads started in the same instant
    if (i < n - 1) await sleep(250)
  }
  opts.onProgress?.(n, n)
  return { warnings, files: n }
}

/** The size of the PNG of a whole board at `ratio`, and whether that ratio has to be lowered. */
export function pngSize(board: Board, ratio: number, customerView?: boolean) {
  const scene = imageScene(board, { customerView })
  return { scene: { width: scene.width, height: scene.height }, ...fitPixelRatio(scene.width, scene.height, ratio) }
}
