// The export dialog: the options of one format, then the export itself, with its progress
// and anything the user must know (a lowered resolution) before it closes.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { create } from 'zustand'
import type { Board } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { exportPdf, exportPng, exportSlidesPng, exportSvg, planPdf, pngSize, type ExportOutcome, type PdfMode } from './imageExport'
import { PIXEL_RATIOS } from './pixelRatio'
import type { Paper } from './pdfLayout'
import { clampRange, rangeLabel, splitStages } from './slices'

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'slides' | 'csv'

export const useExportDialog = create<{ format: ExportFormat | null }>(() => ({ format: null }))
export const openExportDialog = (format: ExportFormat) => useExportDialog.setState({ format })
const closeExportDialog = () => useExportDialog.setState({ format: null })

/** Formats whose export is provided from elsewhere (CSV: the spreadsheet module). */
const runners: Partial<Record<ExportFormat, (board: Board) => Promise<ExportOutcome> | ExportOutcome>> = {}
export function setExportRunner(format: ExportFormat, run: (board: Board) => Promise<ExportOutcome> | ExportOutcome): void {
  runners[format] = run
}

export function ExportDialogHost() {
  const format = useExportDialog((s) => s.format)
  const board = useEditor((s) => s.board)
  const ref = useRef<HTMLDialogElement>(null)
  const open = !!(format && board)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal()
      else d.setAttribute('open', '')
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close()
      else d.removeAttribute('open')
      document.querySelector<HTMLElement>('.export-menu-button')?.focus()
    }
  }, [open])
  useEffect(() => closeExportDialog, []) // leaving the board closes it
  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby="export-dialog-title"
      onCancel={(e) => {
        e.preventDefault()
        closeExportDialog()
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        e.preventDefault()
        e.stopPropagation()
        closeExportDialog()
      }}
    >
      {open && <ExportForm key={format} format={format!} board={board!} />}
    </dialog>
  )
}

interface Option<T> {
  value: T
  label: string
}

function Choice<T extends string | number>({ legend, value, options, onChange }: { legend: string; value: T; options: Option<T>[]; onChange: (v: T) => void }) {
  const name = useId()
  return (
    <fieldset className="export-choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)}>
          <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  )
}

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string; warnings: string[] } | { kind: 'error'; text: string }

function ExportForm({ format, board }: { format: ExportFormat; board: Board }) {
  const { t } = useTranslation()
  const stageCount = board.stages.length
  const hasVisibility = board.lanes.some((l) => l.role === 'line-visibility')
  const [customerView, setCustomerView] = useState(() => hasVisibility && useEditor.getState().customerView)
  const [ratio, setRatio] = useState(2)
  const [paper, setPaper] = useState<Paper>('a4')
  const [pdfMode, setPdfMode] = useState<PdfMode>('readable')
  const [slideMode, setSlideMode] = useState<'every' | 'range'>('every')
  const [perSlide, setPerSlide] = useState(() => Math.max(1, Math.min(4, stageCount)))
  const [from, setFrom] = useState(0)
  const [to, setTo] = useState(Math.max(0, stageCount - 1))
  const [slidesAs, setSlidesAs] = useState<'png' | 'pdf'>('png')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const abort = useRef<AbortController | null>(null)
  useEffect(() => () => abort.current?.abort(), []) // closing the dialog cancels the export

  const slidesPossible = board.kind !== 'empathy' && stageCount > 0
  const ranges = useMemo(
    () => (slideMode === 'every' ? splitStages(stageCount, perSlide) : [clampRange(board, { from, to })]),
    [board, slideMode, stageCount, perSlide, from, to],
  )
  const info = useMemo(() => {
    if (format === 'png') {
      const s = pngSize(board, ratio, customerView)
      const lines = [t('exporting.size', { width: s.width, height: s.height })]
      if (s.lowered) lines.push(t('exporting.willLower', { requested: ratio, ratio: s.ratio }))
      return { lines, warn: s.lowered }
    }
    if (format === 'pdf' || (format === 'slides' && slidesAs === 'pdf')) {
      if (format === 'slides' && !slidesPossible) return { lines: [], warn: false }
      const jobs = planPdf(board, { paper, mode: pdfMode, customerView, ranges: format === 'slides' ? ranges : undefined })
      const pages = jobs.reduce((n, j) => n + j.plan.rows.length, 0)
      const small = jobs.some((j) => j.plan.small)
      const lines = [t('exporting.pages', { count: pages })]
      if (format === 'slides') lines.unshift(t('exporting.slideList', { count: ranges.length, list: ranges.map(rangeLabel).join(', ') }))
      if (small) lines.push(t('exporting.smallText'))
      return { lines, warn: small }
    }
    if (format === 'slides' && slidesPossible) return { lines: [t('exporting.slideList', { count: ranges.length, list: ranges.map(rangeLabel).join(', ') })], warn: false }
    return { lines: [], warn: false }
  }, [format, board, ratio, customerView, paper, pdfMode, ranges, slidesAs, slidesPossible, t])

  const busy = status.kind === 'busy'
  const canExport = !busy && (format !== 'slides' || slidesPossible) && (format !== 'csv' || !!runners.csv)

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!canExport) return
    const ctl = new AbortController()
    abort.current = ctl
    setStatus({ kind: 'busy', text: t('exporting.working') })
    const onProgress = (done: number, total: number) =>
      total > 1 && !ctl.signal.aborted && setStatus({ kind: 'busy', text: t('exporting.progress', { n: Math.min(done + 1, total), total }) })
    const b = useEditor.getState().board ?? board
    const common = { customerView, signal: ctl.signal, onProgress }
    try {
      let out: ExportOutcome
      if (format === 'png') out = await exportPng(b, { ...common, pixelRatio: ratio })
      else if (format === 'svg') out = await exportSvg(b, common)
      else if (format === 'pdf') out = await exportPdf(b, { ...common, paper, mode: pdfMode })
      else if (format === 'slides' && slidesAs === 'pdf') out = await exportPdf(b, { ...common, paper, mode: 'fit', ranges, suffix: '-slides' })
      else if (format === 'slides') out = await exportSlidesPng(b, { ...common, ranges, pixelRatio: ratio })
      else out = await runners[format]!(b)
      if (ctl.signal.aborted) return
      if (out.warnings.length) setStatus({ kind: 'done', text: t('exporting.doneFiles', { count: out.files }), warnings: out.warnings })
      else closeExportDialog()
    } catch (err) {
      if (ctl.signal.aborted) return
      console.error(err)
      setStatus({ kind: 'error', text: t('exporting.failed', { message: (err as Error).message }) })
    }
  }

  const ratioChoice = (
    <Choice
      legend={t('exporting.resolution')}
      value={ratio}
      onChange={setRatio}
      options={PIXEL_RATIOS.map((r) => ({ value: r as number, label: t(`exporting.ratio${r}`) }))}
    />
  )
  const paperChoice = (
    <Choice<Paper> legend={t('exporting.paper')} value={paper} onChange={setPaper} options={[{ value: 'a4', label: t('exporting.a4') }, { value: 'a3', label: t('exporting.a3') }]} />
  )
  const stageName = (i: number) => `${i + 1}. ${board.stages[i]?.name ?? ''}`

  return (
    <form className="export-form" onSubmit={(e) => void submit(e)}>
      <h2 id="export-dialog-title">{t(`exporting.title.${format}`)}</h2>
      <fieldset className="export-options" disabled={busy}>
        {(format === 'png' || format === 'svg' || format === 'pdf') && <p className="muted small">{t('exporting.wholeBoard')}</p>}
        {format === 'svg' && <p className="muted small">{t('exporting.svgHint')}</p>}
        {format === 'csv' && <p className="muted small">{t('exporting.csvHint')}</p>}
        {format === 'slides' && !slidesPossible && <p role="alert">{t('exporting.noStages')}</p>}
        {format === 'png' && ratioChoice}
        {format === 'pdf' && (
          <>
            {paperChoice}
            <Choice<PdfMode>
              legend={t('exporting.pdfLayout')}
              value={pdfMode}
              onChange={setPdfMode}
              options={[{ value: 'readable', label: t('exporting.readable') }, { value: 'fit', label: t('exporting.fit') }]}
            />
          </>
        )}
        {format === 'slides' && slidesPossible && (
          <>
            <Choice<'every' | 'range'>
              legend={t('exporting.slidesMode')}
              value={slideMode}
              onChange={setSlideMode}
              options={[{ value: 'every', label: t('exporting.every') }, { value: 'range', label: t('exporting.range') }]}
            />
            {slideMode === 'every' ? (
              <label className="field export-field">
                {t('exporting.perSlide')}
                <input type="number" min={1} max={stageCount} value={perSlide} onChange={(e) => setPerSlide(Math.max(1, Math.min(stageCount, Number(e.target.value) || 1)))} />
              </label>
            ) : (
              <div className="export-range">
                <label className="field export-field">
                  {t('exporting.from')}
                  <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                    {board.stages.map((s, i) => (
                      <option key={s.id} value={i}>{stageName(i)}</option>
                    ))}
                  </select>
                </label>
                <label className="field export-field">
                  {t('exporting.to')}
                  <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
                    {board.stages.map((s, i) => (
                      <option key={s.id} value={i}>{stageName(i)}</option>
                    ))}
                  </select>
                </label>
              </div>
            )}
            <Choice<'png' | 'pdf'>
              legend={t('exporting.output')}
              value={slidesAs}
              onChange={setSlidesAs}
              options={[{ value: 'png', label: t('exporting.asPng') }, { value: 'pdf', label: t('exporting.asPdf') }]}
            />
            {slidesAs === 'png' ? ratioChoice : paperChoice}
          </>
        )}
        {hasVisibility && format !== 'csv' && (
          <label className="export-check">
            <input type="checkbox" checked={customerView} onChange={(e) => setCustomerView(e.target.checked)} /> {t('exporting.customerView')}
          </label>
        )}
      </fieldset>
      {info.lines.length > 0 && (
        <ul className={`export-info ${info.warn ? 'is-warn' : ''}`} aria-live="polite">
          {info.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      <div role="status" className="export-status">
        {status.kind === 'busy' || status.kind === 'done' ? status.text : ''}
      </div>
      {status.kind === 'done' && status.warnings.length > 0 && (
        <div role="alert" className="export-warning">
          {status.warnings.map((w) => (
            <p key={w}>⚠ {w}</p>
          ))}
        </div>
      )}
      {status.kind === 'error' && (
        <div role="alert" className="export-error">
          {status.text}
        </div>
      )}
      <div className="button-row export-actions">
        <button type="button" onClick={closeExportDialog}>
          {status.kind === 'done' ? t('exporting.close') : t('exporting.cancel')}
        </button>
        {status.kind !== 'done' && (
          <button type="submit" className="primary" disabled={!canExport} aria-busy={busy}>
            {t('exporting.export')}
          </button>
        )}
      </div>
    </form>
  )
}
