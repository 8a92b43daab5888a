// Import survey results: a CSV file or a paste is read off the main thread (with progress); each
// column's meaning is guessed and can be changed, with the file's first rows in view; the scores
// it will write are previewed, bad rows listed by line, unmatched touchpoints given a card, a
// stage or a new touchpoint card. Nothing is written until Import, and the import is one undo step.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SURVEY_FIELDS, groupMeasurement, type SurveyField, type SurveyMapping, type SurveyResult } from '../../domain/methods/survey'
import { applySurveyImport, matchSubjects, subjectKey, verbatimLane, type Resolution } from '../../domain/methods/surveyImport'
import { measurementMargin, measurementScore, metricKind, scoreFormat } from '../../domain/methods/scores'
import { formatMargin, formatScore, metricLabel } from '../../domain/methods/scoreFormat'
import { useEditor } from '../../store/editorStore'
import { Dialog } from './Dialog'
import { SurveyClient } from './surveyClient'
import type { Parsed } from './surveyProtocol'
import { announce } from './ui'

const VERBATIMS = 3
const PREVIEW_ROWS = 60
const BAD_SHOWN = 50

const encode = (r: Resolution | null | undefined): string => (!r || r.to === 'skip' ? 'skip' : r.to === 'card' ? `card:${r.cardId}` : `${r.to}:${r.stageId}`)
const decode = (v: string): Resolution => {
  const [to, id] = [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)]
  if (to === 'card') return { to: 'card', cardId: id }
  if (to === 'stage') return { to: 'stage', stageId: id }
  if (to === 'create') return { to: 'create', stageId: id }
  return { to: 'skip' }
}

export function SurveyImport({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en'
  const board = useEditor((s) => s.board)!
  const uid = useId()
  const client = useRef<SurveyClient | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [error, setError] = useState('')
  const [paste, setPaste] = useState('')
  const [parsed, setParsed] = useState<Parsed | null>(null)
  const [mapping, setMapping] = useState<SurveyMapping | null>(null)
  const [result, setResult] = useState<SurveyResult | null>(null)
  const [choices, setChoices] = useState<Record<string, string>>({})
  const [verbatims, setVerbatims] = useState(false)
  const [source, setSource] = useState(() => t('scores.sources.survey'))
  const request = useRef(0)

  useEffect(() => {
    client.current = new SurveyClient()
    return () => client.current?.dispose()
  }, [])

  const read = async (input: { text: string } | { bytes: ArrayBuffer }) => {
    setError('')
    setProgress(0)
    setParsed(null)
    setResult(null)
    try {
      const p = await client.current!.parse(input, lang, (f) => setProgress(f))
      setParsed(p)
      setMapping(p.mapping)
      setChoices({})
    } catch (e) {
      if ((e as Error).message !== 'closed') setError(t('surveyImport.readFailed', { message: (e as Error).message }))
    } finally {
      setProgress(null)
    }
  }

  // every change of the mapping is aggregated again (in the worker); a late answer to an older mapping is dropped
  useEffect(() => {
    if (!mapping || !parsed) return
    const id = ++request.current
    client.current!.aggregate(mapping, VERBATIMS).then(
      (r) => id === request.current && setResult(r),
      (e: Error) => id === request.current && e.message !== 'closed' && setError(t('surveyImport.readFailed', { message: e.message })),
    )
  }, [mapping, parsed, t])

  const matched = useMemo(() => (result ? matchSubjects(board, result.subjects) : new Map<string, Resolution | null>()), [board, result])
  const resolutions = useMemo(() => {
    const out = new Map<string, Resolution | null>(matched)
    for (const [k, v] of Object.entries(choices)) out.set(k, decode(v))
    return out
  }, [matched, choices])
  const unmatched = result ? result.subjects.filter((s) => matched.get(subjectKey(s.touchpoint, s.stage)) === null) : []
  const writable = result
    ? result.groups.filter((g) => {
        const r = resolutions.get(subjectKey(g.touchpoint, g.stage))
        return r && r.to !== 'skip'
      })
    : []
  const quoteLane = verbatimLane(board)
  const hasComments = !!mapping?.columns.includes('comment') && mapping.shape === 'raw'

  const setColumn = (i: number, field: SurveyField) =>
    setMapping((m) => m && { ...m, columns: m.columns.map((f, j) => (j === i ? field : f === field && field !== 'ignore' ? 'ignore' : f)) })

  const doImport = () => {
    if (!result || !writable.length) return
    let summary: ReturnType<typeof applySurveyImport> | null = null
    const quote = (s: string) => (lang === 'fr' ? `« ${s} »` : `“${s}”`)
    useEditor.getState().apply((b) => {
      summary = applySurveyImport(b, result, resolutions, { source: source.trim(), verbatims: verbatims && hasComments, quote })
      return summary.board
    })
    const s = summary as ReturnType<typeof applySurveyImport> | null
    if (s) announce(t('surveyImport.done', { written: s.written, replaced: s.replaced, created: s.createdCards, quotes: s.quotes }))
    onClose()
  }

  const stageName = (id: string) => board.stages.find((s) => s.id === id)?.name ?? ''
  const subjectLabel = (touchpoint: string, stage: string) => {
    const r = resolutions.get(subjectKey(touchpoint, stage))
    if (!r || r.to === 'skip') return t('surveyImport.unassigned')
    if (r.to === 'card') return board.cards.find((c) => c.id === r.cardId)?.text.split('\n')[0] ?? ''
    if (r.to === 'stage') return t('surveyImport.toStage', { stage: stageName(r.stageId) })
    return t('surveyImport.createIn', { stage: stageName(r.stageId) })
  }

  return (
    <Dialog title={t('surveyImport.title')} onClose={onClose} wide className="survey-import">
      {!parsed && (
        <>
          <p className="muted small">{t('surveyImport.intro')}</p>
          <label className="field">
            {t('surveyImport.file')}
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              data-autofocus
              onChange={async (e) => {
                const f = e.target.files?.[0]
                if (f) await read({ bytes: await f.arrayBuffer() })
              }}
            />
          </label>
          <label className="field">
            {t('surveyImport.paste')}
            <textarea rows={5} className="mono" value={paste} onChange={(e) => setPaste(e.target.value)} />
          </label>
          <div className="button-row">
            <button type="button" onClick={() => (paste.trim() ? read({ text: paste }) : setError(t('surveyImport.empty')))}>
              {t('surveyImport.read')}
            </button>
          </div>
        </>
      )}
      {progress !== null && (
        <label className="field survey-progress">
          {t('surveyImport.reading')}
          <progress max={1} value={progress} />
        </label>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {parsed && mapping && (
        <>
          <div className="button-row">
            <strong>{t('surveyImport.fileSummary', { count: parsed.rowCount })}</strong>
            <button type="button" onClick={() => (setParsed(null), setMapping(null), setResult(null))}>
              {t('surveyImport.another')}
            </button>
          </div>
          <fieldset className="survey-columns">
            <legend>{t('surveyImport.columns')}</legend>
            <div className="survey-sample-scroll">
              <table className="survey-sample">
                <thead>
                  <tr>
                    {parsed.headers.map((h, i) => (
                      <th key={i} scope="col">
                        <span className="survey-header">{h || '—'}</span>
                        <select
                          aria-label={t('surveyImport.columnHolds', { name: h || String(i + 1) })}
                          value={mapping.columns[i] ?? 'ignore'}
                          onChange={(e) => setColumn(i, e.target.value as SurveyField)}
                        >
                          {(['ignore', ...SURVEY_FIELDS] as SurveyField[]).map((f) => (
                            <option key={f} value={f}>
                              {t(`surveyImport.field.${f}`)}
                            </option>
                          ))}
                        </select>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {parsed.sample.map((row, r) => (
                    <tr key={r}>
                      {parsed.headers.map((_, i) => (
                        <td key={i}>{(row[i] ?? '').slice(0, 60)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </fieldset>
          <div className="survey-options">
            <fieldset className="radio-row">
              <legend>{t('surveyImport.shape')}</legend>
              {(['raw', 'aggregated'] as const).map((s) => (
                <label key={s} className={`chip ${mapping.shape === s ? 'is-on' : ''}`}>
                  <input type="radio" name={`${uid}-shape`} checked={mapping.shape === s} onChange={() => setMapping({ ...mapping, shape: s })} />
                  {t(`surveyImport.${s}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="radio-row">
              <legend>{t('surveyImport.grouping')}</legend>
              {(['month', 'quarter'] as const).map((g) => (
                <label key={g} className={`chip ${mapping.grouping === g ? 'is-on' : ''}`}>
                  <input type="radio" name={`${uid}-grouping`} checked={mapping.grouping === g} onChange={() => setMapping({ ...mapping, grouping: g })} />
                  {t(`surveyImport.${g}`)}
                </label>
              ))}
            </fieldset>
            <label className="field">
              {t('surveyImport.dateOrder')}
              <select value={mapping.dateOrder} onChange={(e) => setMapping({ ...mapping, dateOrder: e.target.value as 'dmy' | 'mdy' })}>
                <option value="dmy">{t('surveyImport.dmy')}</option>
                <option value="mdy">{t('surveyImport.mdy')}</option>
              </select>
            </label>
            <label className="field">
              {t('scores.cesScale')}
              <select value={mapping.cesScale} onChange={(e) => setMapping({ ...mapping, cesScale: e.target.value as '1-5' | '1-7' })}>
                <option value="1-5">{t('scores.ces15')}</option>
                <option value="1-7">{t('scores.ces17')}</option>
              </select>
            </label>
            <label className="field">
              {t('scores.csatMethod')}
              <select value={mapping.csatMethod} onChange={(e) => setMapping({ ...mapping, csatMethod: e.target.value as 'top2' | 'mean' })}>
                <option value="top2">{t('scores.top2')}</option>
                <option value="mean">{t('scores.mean')}</option>
              </select>
            </label>
            <label className="field">
              {t('surveyImport.defaultPeriod')}
              <input value={mapping.defaultPeriod ?? ''} placeholder="2026-Q3" onChange={(e) => setMapping({ ...mapping, defaultPeriod: e.target.value })} />
            </label>
            <label className="field">
              {t('surveyImport.source')}
              <input value={source} onChange={(e) => setSource(e.target.value)} maxLength={500} />
            </label>
          </div>
          {hasComments &&
            (quoteLane ? (
              <label className="check-line">
                <input type="checkbox" checked={verbatims} onChange={(e) => setVerbatims(e.target.checked)} />{' '}
                {t('surveyImport.verbatims', { count: VERBATIMS })}
              </label>
            ) : (
              <p className="muted small">{t('surveyImport.verbatimsNoLane')}</p>
            ))}
          {result?.problem && (
            <p role="alert" className="error-text">
              {t(`surveyImport.problem.${result.problem}`)}
            </p>
          )}
          {result && !result.problem && (
            <>
              <p aria-live="polite">
                {t('surveyImport.summary', {
                  used: result.used.toLocaleString(lang),
                  rows: result.rows.toLocaleString(lang),
                  bad: result.badCount.toLocaleString(lang),
                })}
              </p>
              {result.badCount > 0 && (
                <details className="survey-bad" open={result.badCount <= 10}>
                  <summary>
                    {t('surveyImport.badTitle')} ({result.badCount.toLocaleString(lang)})
                  </summary>
                  <ul>
                    {result.bad.slice(0, BAD_SHOWN).map((b) => (
                      <li key={b.line}>
                        {t(`surveyImport.bad.${b.reason}`, { line: b.line, value: b.value ?? '', first: b.first, max: mapping.cesScale === '1-7' ? 7 : 5 })}
                      </li>
                    ))}
                  </ul>
                  {result.badCount > BAD_SHOWN && <p className="muted small">{t('surveyImport.badMore', { count: result.badCount - BAD_SHOWN })}</p>}
                </details>
              )}
              {unmatched.length > 0 && (
                <section className="survey-unmatched" aria-labelledby={`${uid}-unmatched`}>
                  <h3 id={`${uid}-unmatched`}>{t('surveyImport.unmatchedTitle')}</h3>
                  <p className="muted small">{t('surveyImport.unmatchedHint')}</p>
                  <ul>
                    {unmatched.map((s) => {
                      const key = subjectKey(s.touchpoint, s.stage)
                      const name = s.touchpoint || s.stage
                      return (
                        <li key={key}>
                          <label>
                            <span>
                              <strong>{name}</strong>
                              {s.stage && s.touchpoint ? ` · ${s.stage}` : ''}{' '}
                              <span className="muted small">({t('surveyImport.unmatchedRows', { count: s.rows })})</span>
                            </span>
                            <select
                              aria-label={t('surveyImport.giveTo', { name })}
                              value={choices[key] ?? encode(null)}
                              onChange={(e) => setChoices((c) => ({ ...c, [key]: e.target.value }))}
                            >
                              <option value="skip">{t('surveyImport.skip')}</option>
                              <optgroup label={t('board.addCard')}>
                                {board.stages.map((st) => (
                                  <option key={st.id} value={`create:${st.id}`}>
                                    {t('surveyImport.createIn', { stage: st.name })}
                                  </option>
                                ))}
                              </optgroup>
                              <optgroup label={t('board.card')}>
                                {board.cards.map((c) => (
                                  <option key={c.id} value={`card:${c.id}`}>
                                    {t('surveyImport.toCard', {
                                      text: (c.text || t('board.emptyCard')).split('\n')[0].slice(0, 50),
                                      stage: stageName(c.stageId),
                                    })}
                                  </option>
                                ))}
                              </optgroup>
                              <optgroup label={t('scores.wholeStage')}>
                                {board.stages.map((st) => (
                                  <option key={st.id} value={`stage:${st.id}`}>
                                    {t('surveyImport.toStage', { stage: st.name })}
                                  </option>
                                ))}
                              </optgroup>
                            </select>
                          </label>
                        </li>
                      )
                    })}
                  </ul>
                </section>
              )}
              <section aria-labelledby={`${uid}-preview`}>
                <h3 id={`${uid}-preview`}>{t('surveyImport.previewTitle', { count: writable.length })}</h3>
                <div className="survey-sample-scroll">
                  <table className="scores-table survey-preview">
                    <thead>
                      <tr>
                        <th scope="col">{t('scores.col.touchpoint')}</th>
                        <th scope="col">{t('scores.col.period')}</th>
                        <th scope="col">{t('scores.col.metric')}</th>
                        <th scope="col" className="num">
                          {t('scores.col.value')}
                        </th>
                        <th scope="col" className="num">
                          {t('scores.col.n')}
                        </th>
                        <th scope="col" className="num">
                          {t('scores.col.margin')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {result.groups.slice(0, PREVIEW_ROWS).map((g, i) => {
                        const m = { id: 'p', ...groupMeasurement(g, '') }
                        const score = measurementScore(m)
                        const margin = measurementMargin(m)
                        const family = metricKind(m.metric)
                        const n = m.n ?? (m.counts ? Object.values(m.counts).reduce((a, b) => a + b, 0) : undefined)
                        return (
                          <tr key={i}>
                            <th scope="row">
                              {g.touchpoint || g.stage} <span className="muted small">→ {subjectLabel(g.touchpoint, g.stage)}</span>
                            </th>
                            <td>{g.period}</td>
                            <td>{metricLabel(g.metric)}</td>
                            <td className="num">{score === null ? '–' : formatScore(score, scoreFormat(m), i18n.language, { family })}</td>
                            <td className="num">{n?.toLocaleString(i18n.language) ?? ''}</td>
                            <td className="num">{margin === null ? '' : formatMargin(margin, scoreFormat(m), i18n.language, family)}</td>
                          </tr>
                        )
                      })}
                    </tbody>
                  </table>
                </div>
                {result.groups.length > PREVIEW_ROWS && (
                  <p className="muted small">{t('surveyImport.previewMore', { count: result.groups.length - PREVIEW_ROWS })}</p>
                )}
              </section>
            </>
          )}
          <div className="button-row">
            <button type="button" className="primary" disabled={!writable.length} onClick={doImport}>
              {t('surveyImport.import', { count: writable.length })}
            </button>
            <button type="button" onClick={onClose}>
              {t('scores.cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
