// The options of one export format, then the export itself, with its progress and anything
// the user must know (a lowered resolution, the smallest printed text) before it closes.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Board } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { i18n } from '../../i18n'
import {
  boardLocale,
  exportContext,
  exportPdf,
  exportPng,
  exportSlides,
  exportSvg,
  makeContext,
  planFitPdf,
  estimateReadablePdf,
  pngSize,
  slideRanges,
  smallTextNote,
  type ExportLocale,
  type Paper,
  type PdfMode,
  type SlideAspect,
} from './exports'
import { closeExportDialog, runners, type ExportFormat, type ExportOutcome } from './exportState'
import { drawsZones } from './svg/boardScene'
import { PIXEL_RATIOS } from './pixelRatio'
import { rangeLabel } from './slices'

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

type Status = { state: 'idle' } | { state: 'busy'; text: string } | { state: 'done'; text: string; warnings: string[] } | { state: 'error'; text: string }

export default function ExportForm({ format, board }: { format: ExportFormat; board: Board }) {
  const { t } = useTranslation()
  const stageCount = board.stages.length
  const hasVisibility = board.lanes.some((l) => l.role === 'line-visibility')
  const [customerView, setCustomerView] = useState(() => hasVisibility && useEditor.getState().customerView)
  const [locale, setLocale] = useState<ExportLocale>(() => boardLocale(board))
  const [ratio, setRatio] = useState(2)
  const [paper, setPaper] = useState<Paper>('a4')
  const [pdfMode, setPdfMode] = useState<PdfMode>('readable')
  const [aspect, setAspect] = useState<SlideAspect>('16:9')
  const [perSlide, setPerSlide] = useState<number | 'auto'>('auto')
  const [slidesAs, setSlidesAs] = useState<'png' | 'pdf' | 'pptx'>('pptx')
  const [status, setStatus] = useState<Status>({ state: 'idle' })
  const abort = useRef<AbortController | null>(null)
  useEffect(() => () => abort.current?.abort(), []) // closing the dialog cancels the export

  const slidesPossible = !drawsZones(board) && stageCount > 0
  const ctx = useMemo(() => makeContext(board, { locale, customerView }), [board, locale, customerView])
  const ranges = useMemo(
    () => (format === 'slides' && slidesPossible ? slideRanges(ctx, aspect, perSlide) : []),
    [format, slidesPossible, ctx, aspect, perSlide],
  )
  const info = useMemo(() => {
    if (format === 'png') {
      const s = pngSize(ctx, ratio)
      const lines = [t('exporting.size', { width: s.width, height: s.height })]
      if (s.lowered) lines.push(t('exporting.willLower', { requested: ratio, ratio: s.ratio }))
      return { lines, warn: s.lowered }
    }
    if (format === 'pdf') {
      const plan = pdfMode === 'fit' ? { pages: 1, smallestPt: planFitPdf(ctx, paper).smallestPt } : estimateReadablePdf(ctx, paper)
      const small = plan.smallestPt < 6.5
      return { lines: [t('exporting.pages', { count: plan.pages }), smallTextNote(plan.smallestPt)], warn: small }
    }
    if (format === 'slides' && slidesPossible)
      return { lines: [t('exporting.slideList', { count: ranges.length + 1, list: ranges.map(rangeLabel).join(', ') })], warn: false }
    return { lines: [], warn: false }
  }, [format, ctx, ratio, paper, pdfMode, ranges, slidesPossible, t])

  const busy = status.state === 'busy'
  const canExport = !busy && (format !== 'slides' || slidesPossible) && (format !== 'csv' || !!runners.csv)

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!canExport) return
    const ctl = new AbortController()
    abort.current = ctl
    setStatus({ state: 'busy', text: t('exporting.working') })
    const onProgress = (done: number, total: number) =>
      total > 1 && !ctl.signal.aborted && setStatus({ state: 'busy', text: t('exporting.progress', { n: Math.min(done + 1, total), total }) })
    const b = useEditor.getState().board ?? board
    const run = { signal: ctl.signal, onProgress }
    try {
      let out: ExportOutcome
      if (format === 'csv') out = await runners[format]!(b)
      else {
        const c = await exportContext(b, { locale, customerView })
        if (format === 'png') out = await exportPng(c, { ...run, pixelRatio: ratio })
        else if (format === 'svg') out = await exportSvg(c, run)
        else if (format === 'pdf') out = await exportPdf(c, { ...run, paper, mode: pdfMode })
        else out = await exportSlides(c, { ...run, aspect, ranges: slideRanges(c, aspect, perSlide), as: slidesAs, pixelRatio: ratio })
      }
      if (ctl.signal.aborted) return
      if (out.warnings.length) setStatus({ state: 'done', text: t('exporting.doneFiles', { count: out.files }), warnings: out.warnings })
      else closeExportDialog()
    } catch (err) {
      if (ctl.signal.aborted) return
      console.error(err)
      setStatus({ state: 'error', text: t('exporting.failed', { message: (err as Error).message }) })
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
    <Choice<Paper>
      legend={t('exporting.paper')}
      value={paper}
      onChange={setPaper}
      options={[
        { value: 'a4', label: t('exporting.a4') },
        { value: 'a3', label: t('exporting.a3') },
      ]}
    />
  )

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
              options={[
                { value: 'readable', label: t('exporting.readable') },
                { value: 'fit', label: t('exporting.fit') },
              ]}
            />
          </>
        )}
        {format === 'slides' && slidesPossible && (
          <>
            <Choice<SlideAspect>
              legend={t('exporting.aspect')}
              value={aspect}
              onChange={setAspect}
              options={[
                { value: '16:9', label: t('exporting.wide') },
                { value: '4:3', label: t('exporting.standard') },
              ]}
            />
            <label className="field export-field">
              {t('exporting.perSlide')}
              <select value={String(perSlide)} onChange={(e) => setPerSlide(e.target.value === 'auto' ? 'auto' : Number(e.target.value))}>
                <option value="auto">{t('exporting.perSlideAuto')}</option>
                {Array.from({ length: Math.min(stageCount, 12) }, (_, i) => (
                  <option key={i} value={i + 1}>
                    {(i + 1).toLocaleString(i18n.language)}
                  </option>
                ))}
              </select>
            </label>
            <Choice<'png' | 'pdf' | 'pptx'>
              legend={t('exporting.output')}
              value={slidesAs}
              onChange={setSlidesAs}
              options={[
                { value: 'pptx', label: t('exporting.asPptx') },
                { value: 'pdf', label: t('exporting.asPdf') },
                { value: 'png', label: t('exporting.asPng') },
              ]}
            />
            {slidesAs === 'png' && ratioChoice}
          </>
        )}
        {format !== 'csv' && (
          <div className="export-language">
            <p className="muted small" id="export-language-note">
              {locale === boardLocale(board)
                ? t('exporting.languageNote', { language: t(`exporting.languageName.${locale}`) })
                : t('exporting.languageOverride', {
                    language: t(`exporting.languageName.${locale}`),
                    board: t(`exporting.languageName.${boardLocale(board)}`),
                  })}
            </p>
            <label className="field export-field">
              {t('exporting.language')}
              <select value={locale} aria-describedby="export-language-note" onChange={(e) => setLocale(e.target.value as ExportLocale)}>
                <option value="fr">{t('exporting.languageName.fr')}</option>
                <option value="en">{t('exporting.languageName.en')}</option>
              </select>
            </label>
          </div>
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
        {status.state === 'busy' || status.state === 'done' ? status.text : ''}
      </div>
      {status.state === 'done' && status.warnings.length > 0 && (
        <div role="alert" className="export-warning">
          {status.warnings.map((w) => (
            <p key={w}>⚠ {w}</p>
          ))}
        </div>
      )}
      {status.state === 'error' && (
        <div role="alert" className="export-error">
          {status.text}
        </div>
      )}
      <div className="button-row export-actions">
        <button type="button" onClick={closeExportDialog}>
          {status.state === 'done' ? t('exporting.close') : t('exporting.cancel')}
        </button>
        {status.state !== 'done' && (
          <button type="submit" className="primary" disabled={!canExport} aria-busy={busy}>
            {t('exporting.export')}
          </button>
        )}
      </div>
    </form>
  )
}
