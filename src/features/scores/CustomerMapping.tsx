// The Customer mapping view of a board: its key expectations (free, or linked to a card) with an
// importance and a satisfaction from 1 to 10 — typed, or read from a pasted table or a survey's
// columns (their means) — drawn in the four zones, split at the scale's middle or at the medians,
// and exported as PNG or SVG.
import { useId, useMemo, useRef, useState } from 'react'
import Papa from 'papaparse'
import { useTranslation } from 'react-i18next'
import { InlineInput } from '../../canvas/nodes'
import { newId } from '../../domain/id'
import { expectationsFromTable, isPlaced, mappingSplit, readMappingScore, zoneOf, type ExpectationTable } from '../../domain/methods/customerMapping'
import { addExpectations, deleteExpectations, setMappingSplit, updateExpectation } from '../../domain/methods/scoreEdits'
import type { Board, Expectation } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { downloadBlob, fileSlug } from '../../ui/download'
import { Dialog } from './Dialog'
import { CHART, MappingChart } from './MappingChart'
import { svgMarkup, svgToPng } from './mappingExport'
import { decodeSurveyBytes } from './surveyParse'

const apply = (op: (b: Board) => Board) => useEditor.getState().apply(op)

function ScoreInput({
  value,
  label,
  onCommit,
  onInvalid,
}: {
  value: number | undefined
  label: string
  onCommit: (v: number | undefined) => void
  onInvalid: (typed: string) => void
}) {
  const { i18n } = useTranslation()
  const shown = value === undefined ? '' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value)
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft === null) return
    const text = draft.trim()
    setDraft(null)
    if (text === shown) return
    if (text === '') return onCommit(undefined)
    const v = readMappingScore(text, 'importance')
    if (v === null || !/^\d/.test(text)) return onInvalid(text)
    onCommit(v)
  }
  return (
    <input
      className="mapping-score"
      inputMode="decimal"
      aria-label={label}
      value={draft ?? shown}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur()
        if (e.key === 'Escape') {
          e.stopPropagation()
          setDraft(null)
        }
      }}
    />
  )
}

export function CustomerMapping({ board, onClose }: { board: Board; onClose: () => void }) {
  const { t } = useTranslation()
  const uid = useId()
  const chart = useRef<SVGSVGElement>(null)
  const [error, setError] = useState('')
  const [pasteOpen, setPasteOpen] = useState(false)
  const items = board.expectations ?? []
  const mode = board.mappingSplit ?? 'middle'
  const split = mappingSplit(items, mode)
  const cards = useMemo(() => new Map(board.cards.map((c) => [c.id, c.text.split('\n')[0]])), [board.cards])
  const notPlaced = items.filter((e) => !isPlaced(e)).length
  const title = `${board.title} — ${t('mapping.title')}`
  const nameOf = (e: Expectation, i: number) => e.name.trim() || (e.cardId ? cards.get(e.cardId) : '') || t('mapping.nameOf', { n: i + 1 })

  const exportSvg = () =>
    chart.current &&
    downloadBlob(`${fileSlug(board.title)}-customer-mapping.svg`, new Blob([svgMarkup(chart.current)], { type: 'image/svg+xml;charset=utf-8' }))
  const exportPng = async () => {
    if (!chart.current) return
    try {
      downloadBlob(`${fileSlug(board.title)}-customer-mapping.png`, await svgToPng(svgMarkup(chart.current), CHART.width, CHART.height, 2))
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <Dialog title={t('mapping.title')} onClose={onClose} wide className="customer-mapping">
      <p className="muted small">{t('mapping.intro')}</p>
      <div className="mapping-body">
        <div className="mapping-side">
          {items.length === 0 && <p className="muted">{t('mapping.empty')}</p>}
          {items.length > 0 && (
            <div className="mapping-table-scroll">
              <table className="scores-table mapping-table">
                <thead>
                  <tr>
                    <th scope="col">{t('mapping.name')}</th>
                    <th scope="col" className="num">
                      {t('mapping.importance')}
                    </th>
                    <th scope="col" className="num">
                      {t('mapping.satisfaction')}
                    </th>
                    <th scope="col">{t('mapping.zoneCol')}</th>
                    <th scope="col">{t('mapping.card')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('common.delete')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((e, i) => {
                    const name = nameOf(e, i)
                    const invalid = (axis: string) => (typed: string) => setError(t('mapping.scoreInvalid', { axis, name, value: typed }))
                    return (
                      <tr key={e.id}>
                        <th scope="row">
                          <InlineInput
                            value={e.name}
                            label={t('mapping.nameOf', { n: i + 1 })}
                            onCommit={(v) => apply((b) => updateExpectation(b, e.id, { name: v.trim() }))}
                          />
                        </th>
                        <td className="num">
                          <ScoreInput
                            value={e.importance}
                            label={t('mapping.scoreOf', { axis: t('mapping.importance'), name })}
                            onInvalid={invalid(t('mapping.importance'))}
                            onCommit={(v) => (setError(''), apply((b) => updateExpectation(b, e.id, { importance: v })))}
                          />
                        </td>
                        <td className="num">
                          <ScoreInput
                            value={e.satisfaction}
                            label={t('mapping.scoreOf', { axis: t('mapping.satisfaction'), name })}
                            onInvalid={invalid(t('mapping.satisfaction'))}
                            onCommit={(v) => (setError(''), apply((b) => updateExpectation(b, e.id, { satisfaction: v })))}
                          />
                        </td>
                        <td>{isPlaced(e) ? t(`mapping.zone.${zoneOf(e, split)}`) : ''}</td>
                        <td>
                          <select
                            aria-label={`${t('mapping.card')}: ${name}`}
                            value={e.cardId ?? ''}
                            onChange={(ev) => apply((b) => updateExpectation(b, e.id, { cardId: ev.target.value || undefined }))}
                          >
                            <option value="">{t('mapping.noCard')}</option>
                            {board.cards.map((c) => (
                              <option key={c.id} value={c.id}>
                                {(c.text || t('board.emptyCard')).split('\n')[0].slice(0, 40)}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td>
                          <button
                            type="button"
                            className="icon-btn"
                            aria-label={t('mapping.remove', { name })}
                            onClick={() => apply((b) => deleteExpectations(b, [e.id]))}
                          >
                            ×
                          </button>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          {error && (
            <p role="alert" className="error-text">
              {error}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              data-autofocus
              onClick={() => apply((b) => addExpectations(b, [{ id: newId('x_'), name: t('mapping.newName', { n: items.length + 1 }) }]))}
            >
              + {t('mapping.add')}
            </button>
            <button type="button" aria-expanded={pasteOpen} onClick={() => setPasteOpen((o) => !o)}>
              {t('mapping.paste')}
            </button>
          </div>
          {pasteOpen && <PasteExpectations onAdd={(list) => (apply((b) => addExpectations(b, list)), setPasteOpen(false))} />}
          <fieldset className="radio-row">
            <legend>{t('mapping.split')}</legend>
            {(['middle', 'median'] as const).map((m) => (
              <label key={m} className={`chip ${mode === m ? 'is-on' : ''}`}>
                <input type="radio" name={`${uid}-split`} checked={mode === m} onChange={() => apply((b) => setMappingSplit(b, m))} />
                {t(`mapping.${m}`)}
              </label>
            ))}
          </fieldset>
          <ul className="mapping-zones">
            {(['urgent', 'strengths', 'medium', 'reflection'] as const).map((z) => (
              <li key={z}>
                <strong>{t(`mapping.zone.${z}`)}</strong> — {t(`mapping.zoneHint.${z}`)}
              </li>
            ))}
          </ul>
        </div>
        <div className="mapping-chart-box">
          <MappingChart ref={chart} items={items} split={mode} title={title} cards={cards} />
          {notPlaced > 0 && <p className="muted small">{t('mapping.notPlaced', { count: notPlaced })}</p>}
          <div className="button-row">
            <button type="button" onClick={() => void exportPng()}>
              {t('mapping.exportPng')}
            </button>
            <button type="button" onClick={exportSvg}>
              {t('mapping.exportSvg')}
            </button>
          </div>
        </div>
      </div>
    </Dialog>
  )
}

function PasteExpectations({ onAdd }: { onAdd: (items: Expectation[]) => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [table, setTable] = useState<ExpectationTable | null>(null)
  const read = (src: string) => {
    const rows = Papa.parse<string[]>(src.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data
    setTable(expectationsFromTable(rows[0] ?? [], rows.slice(1)))
  }
  const found = table?.items ?? []
  return (
    <div className="mapping-paste">
      <p className="muted small">{t('mapping.pasteHint')}</p>
      <label className="field">
        {t('mapping.pasteBox')}
        <textarea rows={5} className="mono" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label className="field">
        {t('mapping.pasteFile')}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          onChange={async (e) => {
            const f = e.target.files?.[0]
            if (f) read(decodeSurveyBytes(await f.arrayBuffer()))
          }}
        />
      </label>
      <div className="button-row">
        <button type="button" onClick={() => read(text)} disabled={!text.trim()}>
          {t('mapping.pasteRead')}
        </button>
      </div>
      {table && (
        <div aria-live="polite">
          {table.problem || !found.length ? (
            <p role="alert" className="error-text">
              {t('mapping.pasteNothing')}
            </p>
          ) : (
            <>
              <p>{t('mapping.pasteFound', { count: found.length })}</p>
              {table.bad.length > 0 && (
                <ul className="small">
                  {table.bad.slice(0, 20).map((b, i) => (
                    <li key={i}>{t('mapping.pasteBad', b)}</li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                className="primary"
                onClick={() =>
                  onAdd(
                    found.map((f) => ({
                      id: newId('x_'),
                      name: f.name,
                      ...(f.importance !== null ? { importance: f.importance } : {}),
                      ...(f.satisfaction !== null ? { satisfaction: f.satisfaction } : {}),
                    })),
                  )
                }
              >
                {t('mapping.pasteAdd', { count: found.length })}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  )
}
