// The side panel for the selected card(s) or arrow: tag, evidence, colour, moment of
// truth, blueprint flags, duration, votes, arrows.
import { useTranslation } from 'react-i18next'
import * as ops from '../../domain/operations'
import { CARD_TAGS, type Card, type CardTag, type Evidence, type Moment } from '../../domain/types'
import { kindOf } from '../../domain/kinds'
import { useEditor } from '../../store/editorStore'
import { CARD_COLORS, Symbol, TAG_COLORS } from '../../ui/icons'
import { colorName } from '../../ui/colors'
import { InlineInput } from '../../canvas/nodes'
import { connect, deleteSelection, duplicateSelection, updateSelected } from '../../editor/commands'
import { registeredPanels } from './panels'
import { formatNumber, parseNumber } from '../../i18n'
import './inspectorStrings'

const apply = (op: Parameters<ReturnType<typeof useEditor.getState>['apply']>[0]) => useEditor.getState().apply(op)

function Radio<T extends string>({
  name,
  value,
  options,
  onChange,
  label,
}: {
  name: string
  value: T | undefined
  options: { value: T | ''; label: string; icon?: React.ReactNode }[]
  onChange: (v: T | undefined) => void
  label: string
}) {
  return (
    <fieldset className="radio-row">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value || 'none'} className={`chip ${(value ?? '') === o.value ? 'is-on' : ''}`}>
          <input type="radio" name={name} checked={(value ?? '') === o.value} onChange={() => onChange((o.value || undefined) as T | undefined)} />
          {o.icon}
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}

export function Inspector() {
  const { t } = useTranslation()
  const board = useEditor((s) => s.board)
  const selectedCardIds = useEditor((s) => s.selectedCardIds)
  const selectedLinkIds = useEditor((s) => s.selectedLinkIds)
  if (!board) return null
  const cards = board.cards.filter((c) => selectedCardIds.includes(c.id))
  const link = selectedLinkIds.length === 1 ? board.links.find((l) => l.id === selectedLinkIds[0]) : undefined
  if (cards.length === 0 && !link) return null
  const close = () => useEditor.getState().select([])
  const textOf = (id: string) => board.cards.find((c) => c.id === id)?.text || t('board.emptyCard')

  if (cards.length === 0 && link) {
    return (
      <aside className="inspector" aria-label={t('board.arrows')}>
        <header>
          <h2>{t('board.arrowFromTo', { from: textOf(link.from).slice(0, 30), to: textOf(link.to).slice(0, 30) })}</h2>
          <button className="icon-btn" aria-label={t('board.closeInspector')} onClick={close}>
            ×
          </button>
        </header>
        <label className="field">
          {t('board.arrowLabel')}
          <InlineInput
            value={link.label ?? ''}
            label={t('board.arrowLabel')}
            draftTarget={{ box: 'link', id: link.id }}
            onCommit={(v) => apply((b) => ops.setLinkLabel(b, link.id, v))}
          />
        </label>
        <button className="danger" onClick={() => apply((b) => ops.deleteLinks(b, [link.id]))}>
          {t('board.deleteArrow')}
        </button>
      </aside>
    )
  }

  const one: Card | undefined = cards.length === 1 ? cards[0] : undefined
  const common = <K extends keyof Card>(k: K): Card[K] | undefined => (cards.every((c) => c[k] === cards[0][k]) ? cards[0][k] : undefined)
  const links = one ? board.links.filter((l) => l.from === one.id || l.to === one.id) : []
  const lane = one && board.lanes.find((l) => l.id === one.laneId)
  const servicePoints = kindOf(board).servicePoints

  return (
    <aside className="inspector" aria-label={t('board.inspector')}>
      <header>
        <h2>{one ? t('board.card') : t('board.selection', { count: cards.length })}</h2>
        <button className="icon-btn" aria-label={t('board.closeInspector')} onClick={close}>
          ×
        </button>
      </header>
      {one && (
        <p className="muted small">
          {board.stages.find((s) => s.id === one.stageId)?.name} · {lane?.name}
        </p>
      )}
      <Radio<CardTag>
        name="tag"
        label={t('board.tag')}
        value={common('tag')}
        onChange={(tag) => updateSelected({ tag })}
        options={[
          { value: '', label: t('common.none') },
          ...CARD_TAGS.map((tag) => ({ value: tag, label: t(`tag.${tag}`), icon: <Symbol name={tag} color={TAG_COLORS[tag]} /> })),
        ]}
      />
      <Radio<Evidence>
        name="evidence"
        label={t('board.evidence')}
        value={common('evidence')}
        onChange={(evidence) => updateSelected({ evidence })}
        options={[
          { value: '', label: t('common.none') },
          { value: 'fact', label: t('evidence.fact'), icon: <Symbol name="fact" color="#2e7d32" /> },
          { value: 'assumption', label: t('evidence.assumption'), icon: <Symbol name="assumption" /> },
        ]}
      />
      <Radio<Moment>
        name="moment"
        label={t('board.moment')}
        value={common('moment')}
        onChange={(moment) => updateSelected({ moment })}
        options={[
          { value: '', label: t('common.none') },
          { value: 'positive', label: t('moment.positive'), icon: <Symbol name="moment-positive" /> },
          { value: 'negative', label: t('moment.negative'), icon: <Symbol name="moment-negative" /> },
        ]}
      />
      <fieldset className="radio-row">
        <legend>{t('board.color')}</legend>
        {CARD_COLORS.map((c) => (
          <button
            key={c}
            className={`swatch ${common('color') === c ? 'is-on' : ''}`}
            style={{ background: c }}
            aria-label={t('board.colorName', { value: colorName(c) })}
            title={t('board.colorName', { value: colorName(c) })}
            aria-pressed={common('color') === c}
            onClick={() => updateSelected({ color: c })}
          />
        ))}
        <button className="swatch swatch-none" aria-label={t('color.none')} title={t('color.none')} onClick={() => updateSelected({ color: undefined })}>
          ∅
        </button>
      </fieldset>
      <fieldset className="radio-row">
        <legend>{servicePoints ? t(`kind.${board.kind}`) : t('board.failPoint')}</legend>
        <label className="chip">
          <input type="checkbox" checked={!!common('failPoint')} onChange={(e) => updateSelected({ failPoint: e.target.checked })} />
          <Symbol name="fail" color="#b71c1c" /> {t('board.failPoint')}
        </label>
        <label className="chip">
          <input type="checkbox" checked={!!common('waitPoint')} onChange={(e) => updateSelected({ waitPoint: e.target.checked })} />
          <Symbol name="wait" color="#6d4c41" /> {t('board.waitPoint')}
        </label>
      </fieldset>
      {one && (
        <>
          <label className="field">
            {t('board.duration')}
            <InlineInput
              value={one.durationMinutes === undefined ? '' : formatNumber(one.durationMinutes, { useGrouping: false, maximumFractionDigits: 2 })}
              label={t('board.duration')}
              onCommit={(v) => {
                const n = parseNumber(v)
                updateSelected({ durationMinutes: n === null || n < 0 ? undefined : Math.min(n, 525_600) })
              }}
            />
          </label>
          <div className="field votes-field">
            <span>{t('board.votes')}</span>
            <button
              className="icon-btn"
              aria-label={t('board.removeVote')}
              disabled={!one.votes}
              onClick={() => updateSelected({ votes: Math.max(0, (one.votes ?? 0) - 1) || undefined })}
            >
              −
            </button>
            <output aria-live="polite" aria-label={t('board.votesCount', { count: one.votes ?? 0 })}>
              {formatNumber(one.votes ?? 0)}
            </output>
            <button className="icon-btn" aria-label={t('board.addVote')} onClick={() => updateSelected({ votes: (one.votes ?? 0) + 1 })}>
              +
            </button>
          </div>
          <div className="field">
            <span>{t('board.arrows')}</span>
            <ul className="link-list">
              {links.map((l) => (
                <li key={l.id}>
                  <span>
                    {l.from === one.id ? '→' : '←'} {textOf(l.from === one.id ? l.to : l.from).slice(0, 40)}
                  </span>
                  <button
                    className="icon-btn"
                    aria-label={t(l.from === one.id ? 'board.deleteArrowTo' : 'board.deleteArrowFrom', {
                      card: textOf(l.from === one.id ? l.to : l.from).slice(0, 40),
                    })}
                    onClick={() => apply((b) => ops.deleteLinks(b, [l.id]))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <select aria-label={t('board.connectTo')} value="" onChange={(e) => e.target.value && connect(one.id, e.target.value)}>
              <option value="">{t('board.connectTo')}</option>
              {board.cards
                .filter((c) => c.id !== one.id)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {(board.stages.find((s) => s.id === c.stageId)?.name ?? '') + ' · ' + (c.text || t('board.emptyCard')).slice(0, 50)}
                  </option>
                ))}
            </select>
          </div>
          {registeredPanels().map((P, i) => (
            <P key={i} board={board} card={one} />
          ))}
        </>
      )}
      <div className="button-row">
        <button onClick={duplicateSelection}>{t('board.duplicate')}</button>
        <button className="danger" onClick={deleteSelection}>
          {t('board.delete')}
        </button>
      </div>
    </aside>
  )
}
