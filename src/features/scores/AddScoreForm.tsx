// "Add score": the metric (NPS, CSAT, CES or a custom KPI with its unit and direction), the
// period, source, transactional or relational, frequency, an optional target, and either a
// value with its n or the answers (NPS's three groups, or the count of each answer of the
// scale). Each field is checked when it is left; a form with any error writes nothing.
import { useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { answerPoints, emptyDraft, entryModes, validateScoreDraft, type DraftErrors, type FieldError, type ScoreDraft } from '../../domain/methods/scoreForm'
import { measurementMargin, measurementScore, metricKind, sampleSize, scoreFormat } from '../../domain/methods/scores'
import { formatMargin, formatScore, metricLabel } from '../../domain/methods/scoreFormat'
import type { Measurement } from '../../domain/types'

export function AddScoreForm({
  relationalDefault,
  onAdd,
  onCancel,
}: {
  relationalDefault: boolean
  onAdd: (m: Omit<Measurement, 'id'>) => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [d, setD] = useState<ScoreDraft>(() => ({ ...emptyDraft(), relational: relationalDefault, source: t('scores.sources.survey') }))
  const [touched, setTouched] = useState<Set<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const uid = useId()
  const form = useRef<HTMLFormElement>(null)
  const { errors, measurement } = useMemo(() => validateScoreDraft(d), [d])
  const shown = (field: string): FieldError | undefined => (submitted || touched.has(field) ? errors[field] : undefined)
  const set = (patch: Partial<ScoreDraft>) => setD((x) => ({ ...x, ...patch }))
  const touch = (field: string) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field)))
  const message = (e: FieldError) => t(`scores.error.${e.code}`, { min: e.min?.toLocaleString(lang), max: e.max?.toLocaleString(lang) })
  const modes = entryModes(d.metric)
  const entry = modes.includes(d.entry) ? d.entry : modes[0]

  const field = (
    name: string,
    label: string,
    input: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; onBlur: () => void }) => React.ReactNode,
    hint?: string,
  ) => {
    const e = shown(name)
    const id = `${uid}-${name}`
    const describedBy = [e ? `${id}-err` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined
    return (
      <div className={`score-field ${e ? 'has-error' : ''}`}>
        <label htmlFor={id}>{label}</label>
        {input({ id, 'aria-invalid': !!e, 'aria-describedby': describedBy, onBlur: () => touch(name) })}
        {hint && (
          <span id={`${id}-hint`} className="muted small">
            {hint}
          </span>
        )}
        {e && (
          <span id={`${id}-err`} className="field-error">
            {message(e)}
          </span>
        )}
      </div>
    )
  }
  const text = (
    name: keyof ScoreDraft & string,
    label: string,
    opts: { inputMode?: 'decimal' | 'numeric'; hint?: string; placeholder?: string; list?: string } = {},
  ) =>
    field(
      name,
      label,
      (p) => (
        <input
          {...p}
          value={d[name] as string}
          inputMode={opts.inputMode}
          placeholder={opts.placeholder}
          list={opts.list}
          autoComplete="off"
          onChange={(e) => set({ [name]: e.target.value } as Partial<ScoreDraft>)}
        />
      ),
      opts.hint,
    )

  const preview = (() => {
    if (!measurement) return null
    const m = { id: 'preview', ...measurement } as Measurement
    const score = measurementScore(m)
    if (score === null) return null
    const family = metricKind(m.metric)
    const margin = measurementMargin(m)
    const n = sampleSize(m)
    return `${metricLabel(m.metric)} ${formatScore(score, scoreFormat(m), lang, { family, unit: m.unit })}${margin !== null ? ` ${formatMargin(margin, scoreFormat(m), lang, family)}` : ''}${n !== null ? ` (n = ${n.toLocaleString(lang)})` : ''}`
  })()

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    setSubmitted(true)
    if (!measurement) {
      // the first field in error takes the focus
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    onAdd(measurement)
  }
  const errorCount = Object.keys(errors).length
  const groupError = shown('groups') ?? shown('answers')

  return (
    <form ref={form} className="score-form" onSubmit={submit} noValidate aria-label={t('scores.addTitle')}>
      {field('metric', t('scores.metric'), (p) => (
        <select
          {...p}
          data-autofocus
          value={d.metric}
          onChange={(e) => set({ metric: e.target.value as ScoreDraft['metric'], entry: entryModes(e.target.value as ScoreDraft['metric'])[0] })}
        >
          <option value="">{t('scores.metricChoose')}</option>
          {(['nps', 'csat', 'ces', 'kpi'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`scores.metricName.${k}`)}
            </option>
          ))}
        </select>
      ))}
      {d.metric === 'kpi' && (
        <div className="score-row">
          {text('kpiName', t('scores.kpiName'))}
          {text('kpiUnit', t('scores.kpiUnit'), { placeholder: 'min, %, €' })}
          {field('kpiDirection', t('scores.kpiDirection'), (p) => (
            <select {...p} value={d.kpiDirection} onChange={(e) => set({ kpiDirection: e.target.value as 'higher' | 'lower' })}>
              <option value="higher">{t('scores.higher')}</option>
              <option value="lower">{t('scores.lower')}</option>
            </select>
          ))}
        </div>
      )}
      {d.metric === 'csat' &&
        field('csatMethod', t('scores.csatMethod'), (p) => (
          <select {...p} value={d.csatMethod} onChange={(e) => set({ csatMethod: e.target.value as 'top2' | 'mean' })}>
            <option value="top2">{t('scores.top2')}</option>
            <option value="mean">{t('scores.mean')}</option>
          </select>
        ))}
      {d.metric === 'ces' &&
        field('cesScale', t('scores.cesScale'), (p) => (
          <select {...p} value={d.cesScale} onChange={(e) => set({ cesScale: e.target.value as '1-5' | '1-7' })}>
            <option value="1-5">{t('scores.ces15')}</option>
            <option value="1-7">{t('scores.ces17')}</option>
          </select>
        ))}
      <div className="score-row">
        {text('period', t('scores.period'), { hint: t('scores.periodHint'), placeholder: '2026-Q3' })}
        {text('target', t('scores.target'), { inputMode: 'decimal' })}
      </div>
      {modes.length > 1 && (
        <fieldset className="radio-row score-entry">
          <legend>{t('scores.entry')}</legend>
          {modes.map((m) => (
            <label key={m} className={`chip ${entry === m ? 'is-on' : ''}`}>
              <input type="radio" name={`${uid}-entry`} checked={entry === m} onChange={() => set({ entry: m })} />
              {t(`scores.entries.${m}`)}
            </label>
          ))}
        </fieldset>
      )}
      {d.metric && entry === 'value' && (
        <div className="score-row">
          {text('value', t('scores.value'), { inputMode: 'decimal' })}
          {text('n', t('scores.n'), { inputMode: 'numeric' })}
        </div>
      )}
      {d.metric === 'nps' && entry === 'groups' && (
        <fieldset className="score-counts" aria-describedby={groupError ? `${uid}-groups-err` : undefined}>
          <legend>{t('scores.entries.groups')}</legend>
          {text('promoters', t('scores.promoters'), { inputMode: 'numeric' })}
          {text('passives', t('scores.passives'), { inputMode: 'numeric' })}
          {text('detractors', t('scores.detractors'), { inputMode: 'numeric' })}
          {groupError && (
            <span id={`${uid}-groups-err`} className="field-error">
              {message(groupError)}
            </span>
          )}
        </fieldset>
      )}
      {d.metric && entry === 'answers' && (
        <fieldset className="score-counts is-answers" aria-describedby={groupError ? `${uid}-answers-err` : undefined}>
          <legend>{t('scores.answersLegend')}</legend>
          {answerPoints(d).map((p) => {
            const name = `answer.${p}`
            return (
              <div key={p}>
                {field(name, t('scores.answer', { point: p }), (props) => (
                  <input
                    {...props}
                    inputMode="numeric"
                    className="count-input"
                    value={d.answers[String(p)] ?? ''}
                    onChange={(e) => set({ answers: { ...d.answers, [String(p)]: e.target.value } })}
                  />
                ))}
              </div>
            )
          })}
          {groupError && (
            <span id={`${uid}-answers-err`} className="field-error">
              {message(groupError)}
            </span>
          )}
        </fieldset>
      )}
      <details className="score-more">
        <summary>
          {t('scores.source')} · {t('scores.kind')} · {t('scores.frequency')}
        </summary>
        <div className="score-row">
          {text('source', t('scores.source'), { list: `${uid}-sources` })}
          <datalist id={`${uid}-sources`}>
            {(['survey', 'admin', 'complaints', 'mystery', 'observation'] as const).map((k) => (
              <option key={k} value={t(`scores.sources.${k}`)} />
            ))}
          </datalist>
          {field('frequency', t('scores.frequency'), (p) => (
            <select {...p} value={d.frequency} onChange={(e) => set({ frequency: e.target.value as ScoreDraft['frequency'] })}>
              <option value="">{t('scores.frequencies.none')}</option>
              <option value="once">{t('scores.frequencies.once')}</option>
              <option value="periodic">{t('scores.frequencies.periodic')}</option>
              <option value="continuous">{t('scores.frequencies.continuous')}</option>
            </select>
          ))}
        </div>
        <fieldset className="radio-row">
          <legend>{t('scores.kind')}</legend>
          <label className={`chip ${!d.relational ? 'is-on' : ''}`}>
            <input type="radio" name={`${uid}-kind`} checked={!d.relational} onChange={() => set({ relational: false })} />
            {t('scores.transactional')}
          </label>
          <label className={`chip ${d.relational ? 'is-on' : ''}`}>
            <input type="radio" name={`${uid}-kind`} checked={d.relational} onChange={() => set({ relational: true })} />
            {t('scores.relational')}
          </label>
        </fieldset>
      </details>
      <p className="score-preview" aria-live="polite">
        {preview ? t('scores.preview', { text: preview }) : ''}
      </p>
      {submitted && errorCount > 0 && (
        <p role="alert" className="error-text">
          {t('scores.error.form', { count: errorCount })}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          {t('scores.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('scores.cancel')}
        </button>
      </div>
    </form>
  )
}

export type { DraftErrors }
