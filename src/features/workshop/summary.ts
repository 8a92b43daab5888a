// The files a workshop leaves for the report: the workshop summary (PDF and PNG: the board, the
// top-voted irritants and wow ideas of each round, the last ranking, the round log) and a vote's
// ranking (CSV and image) — all in the board's language.
import type { Board, Voting } from '../../domain/types'
import { withoutFaceDown } from '../../domain/workshop/rounds'
import { downloadBlob, downloadText, fileSlug } from '../../ui/download'
import { exportContext, renderScenePng } from '../export/exports'
import { buildBoardScene } from '../export/svg/boardScene'
import { boardLang, boardT } from './boardLanguage'
import { rankingCsv } from './rankingCsv'
import { rankingBlocks, summaryBlocks, type ReportBlock } from './report'
import { canvasBlob, drawReport } from './reportCanvas'
import { reportPdf } from './reportPdf'

const REPORT_WIDTH = 1400

function titleBlock(board: Board): ReportBlock & { type: 'title' } {
  const tr = boardT(board)
  const date = new Intl.DateTimeFormat(boardLang(board), { dateStyle: 'long' }).format(new Date())
  return { type: 'title', text: board.title, sub: tr('workshop.summary.made', { date }) }
}

/** The board as the room saw it (private notes not yet revealed stay face down), as a PNG. */
async function boardImage(board: Board, ratio: number) {
  const ctx = await exportContext(withoutFaceDown(board))
  // no title block: the summary writes its own above the image
  const scene = buildBoardScene(ctx.board, { t: ctx.t, locale: ctx.locale, measure: ctx.measure, personas: ctx.personas, persona: true, legend: true })
  return renderScenePng(scene, ratio)
}

const blobUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(String(r.result))
    r.onerror = () => reject(r.error)
    r.readAsDataURL(blob)
  })

export async function summaryPdf(board: Board): Promise<Blob> {
  const tr = boardT(board)
  const img = await boardImage(board, 2)
  const image = { url: await blobUrl(img.blob), width: img.width, height: img.height }
  return reportPdf(
    titleBlock(board),
    image,
    summaryBlocks(board, tr, boardLang(board), Date.now()),
    (n, total) => tr('workshop.summary.page', { n, total }),
    `${board.title} — ${tr('workshop.summary.title')}`,
  )
}

export async function summaryPng(board: Board): Promise<Blob> {
  const tr = boardT(board)
  const img = await boardImage(board, 1)
  const bitmap = await createImageBitmap(img.blob)
  try {
    const canvas = await drawReport([titleBlock(board), ...summaryBlocks(board, tr, boardLang(board), Date.now())], {
      width: Math.max(REPORT_WIDTH, Math.min(img.width + 96, 4000)),
      ratio: 1,
      image: bitmap,
    })
    return await canvasBlob(canvas)
  } finally {
    bitmap.close()
  }
}

export async function downloadSummary(board: Board, format: 'pdf' | 'png'): Promise<void> {
  const tr = boardT(board)
  const name = `${fileSlug(board.title)}-${fileSlug(tr('workshop.summary.title'))}.${format}`
  downloadBlob(name, format === 'pdf' ? await summaryPdf(board) : await summaryPng(board))
}

export async function rankingPng(board: Board, voting: Voting): Promise<Blob> {
  const canvas = await drawReport(rankingBlocks(board, voting, boardT(board), boardLang(board)), { width: 1200, ratio: 2 })
  return canvasBlob(canvas)
}

const rankingName = (board: Board, ext: string) => `${fileSlug(board.title)}-${fileSlug(boardT(board)('workshop.ranking.title'))}.${ext}`

export async function downloadRankingPng(board: Board, voting: Voting): Promise<void> {
  downloadBlob(rankingName(board, 'png'), await rankingPng(board, voting))
}

export function downloadRankingCsv(board: Board, voting: Voting): void {
  downloadText(rankingName(board, 'csv'), rankingCsv(board, voting, boardT(board), boardLang(board)), 'text/csv')
}
