// React Flow node components: a card, a lane (row with its header and cells), a stage
// header and a phase header. Each is memoised and reads only its own slice of the store.
import { memo, useContext, useEffect, useId, useRef, useState } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import * as ops from '../domain/operations'
import { newId } from '../domain/id'
import { holdsCards, isSeparator, LANE_ROLES, type LaneRole, type Moment } from '../domain/types'
import { useEditor } from '../store/editorStore'
import { endDraft, takeRestoredDraft, typeDraft, useDraft } from '../store/draftStore'
import { sameTarget, type DraftTarget } from '../domain/drafts'
import { Symbol, TAG_COLORS } from '../ui/icons'
import { addLane, addStage, setCardText } from '../editor/commands'
import { handleShortcut } from '../editor/actions'
import type { CardFlags, CardNode, LaneNode, PhaseNode, StageNode } from './toFlow'
import { EmotionLane } from './EmotionLane'
import { ScoreBadges } from './ScoreBadges'
import { ScoresLane } from './ScoresLane'
import { stageMenuItems } from './stageMenu'
import { FarContext, useExportMode } from './renderMode'
import { unkerned } from './measure'
import { formatNumber, useT } from '../i18n'
import { faceDownCounts } from '../domain/workshop/rounds'
import { initials } from '../domain/workshop/participants'
import { useWorkshopView } from '../store/workshopView'

const apply = (op: Parameters<ReturnType<typeof useEditor.getState>['apply']>[0]) => useEditor.getState().apply(op)

/** A text box that commits on Enter or blur (one undo step), Escape restores.
 * `multiline` wraps long names over several lines (still committed by Enter).
 * With `draftTarget`, what is typed is kept as the board's draft until committed or cancelled,
 * and a draft left by a closed tab comes back in the box. */
export function InlineInput({
  value,
  label,
  onCommit,
  className,
  multiline,
  draftTarget,
}: {
  value: string
  label: string
  onCommit: (v: string) => void
  className?: string
  multiline?: boolean
  draftTarget?: DraftTarget
}) {
  const [draft, setDraft] = useState(value)
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const base = useRef(value)
  // another tab's rename shows at once, unless the box is being typed in
  useEffect(() => {
    if (document.activeElement !== ref.current) setDraft(value)
  }, [value])
  useEffect(() => {
    const restored = draftTarget && takeRestoredDraft(draftTarget)
    if (!restored) return
    setDraft(restored.text)
    ref.current?.focus()
    base.current = restored.base // after focus (which takes the board's text as the base)
  }, []) // eslint-disable-line react-hooks/exhaustive-deps
  // an edit the board refused (a live session's permissions) shows the board's value again
  const current = useRef(value)
  current.current = value
  const readOnly = useEditor((s) => s.readOnly) // a newer app's board: shown, not edited
  if (useExportMode()) return <span className={`inline-input is-static ${className ?? ''}`}>{value}</span>
  const props = {
    className: `inline-input nodrag ${multiline ? 'is-multiline' : ''} ${className ?? ''}`,
    'aria-label': label,
    value: draft,
    readOnly,
    ref,
    onFocus: () => {
      base.current = value
      // the box is open: a text another tab writes meanwhile is one this box would replace
      if (draftTarget && !readOnly && !sameTarget(useDraft.getState().current?.target, draftTarget)) typeDraft(draftTarget, draft, value)
    },
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const text = e.target.value.replace(/\n/g, ' ')
      setDraft(text)
      if (draftTarget) typeDraft(draftTarget, text, base.current)
    },
    onBlur: () => {
      if (draft !== value) {
        onCommit(draft)
        requestAnimationFrame(() => setDraft(current.current))
      }
      if (draftTarget) endDraft(draftTarget)
    },
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      e.stopPropagation()
      const el = e.target as HTMLElement
      if (e.key === 'Enter') {
        e.preventDefault()
        el.blur()
      }
      if (e.key === 'Escape') {
        setDraft(value)
        if (draftTarget) endDraft(draftTarget)
        requestAnimationFrame(() => el.blur())
      }
    },
  }
  return multiline ? <textarea rows={1} {...props} /> : <input {...props} />
}

/** A small popover behind a "⋯" button: a disclosure (not an ARIA menu, since it holds fields too). */
function Menu({ label, children }: { label: string; children: (close: () => void) => React.ReactNode }) {
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  const popId = useId()
  useEffect(() => {
    if (!open) return
    const onDown = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && setOpen(false)
    document.addEventListener('pointerdown', onDown)
    return () => document.removeEventListener('pointerdown', onDown)
  }, [open])
  return (
    <div className="menu nodrag" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="icon-btn"
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? popId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        ⋯
      </button>
      {open && (
        <div className="menu-pop" id={popId} role="group" aria-label={label}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  )
}

// ---- card -----------------------------------------------------------------

const EDITING = 1
const SELECTED = 2
const CURSOR = 4

function CardView({ id, data }: NodeProps<CardNode>) {
  const t = useT()
  const { card, flags } = data
  const exporting = useExportMode()
  // one subscription per card (a board draws a thousand), not one per state
  const state = useEditor((s) =>
    exporting ? 0 : (s.editingCardId === id ? EDITING : 0) | (s.selectedCardIds.includes(id) ? SELECTED : 0) | (s.cursor?.cardId === id ? CURSOR : 0),
  )
  const editing = !!(state & EDITING)
  const selected = !!(state & SELECTED)
  const isCursor = !!(state & CURSOR)
  const ref = useRef<HTMLTextAreaElement>(null)
  const [draft, setDraft] = useState(card.text)
  const base = useRef(card.text) // the text the editor opened on
  useEffect(() => {
    if (editing) {
      // a draft left by a closed tab comes back in the editor
      const restored = takeRestoredDraft({ box: 'card', id })
      base.current = restored ? restored.base : card.text
      setDraft(restored ? restored.text : card.text)
      typeDraft({ box: 'card', id }, restored ? restored.text : card.text, base.current)
      // focus at once (autoFocus), so keys typed right after Enter reach the card
      ref.current?.focus()
      ref.current?.select()
    }
  }, [editing]) // eslint-disable-line react-hooks/exhaustive-deps

  // A new card's first text is part of adding it (one undo step); left empty, the new card
  // vanishes (a double-click by mistake leaves nothing behind), unless the user went to its
  // side panel (to tag it first) or to another window.
  const finish = (how: { keepEmpty?: boolean; refocus?: boolean } = {}) => {
    const st = useEditor.getState()
    if ((how.keepEmpty && draft.trim() === '') || !st.finishNewCard(id, draft)) setCardText(id, draft)
    st.setEditing(null)
    endDraft({ box: 'card', id })
    if (how.refocus !== false) document.querySelector<HTMLElement>('.board-surface')?.focus()
  }
  const tagLabel = card.tag ? t(`tag.${card.tag}`) : ''
  // Seen from far, a card is its colour and its tag: a thousand cards of unreadable text and
  // symbols cost most of the time a large board takes to open and to drag over.
  const far = useContext(FarContext) && !exporting && !editing && !selected && !isCursor
  const classes = [
    'card',
    far ? 'is-far' : '',
    card.tag ? `tag-${card.tag}` : '',
    selected ? 'is-selected' : '',
    isCursor ? 'is-cursor' : '',
    flags.dimmed ? 'is-dimmed' : '',
    card.failPoint ? 'is-fail' : '',
  ]
  const accent = card.tag ? TAG_COLORS[card.tag] : undefined
  const label = [tagLabel, card.text || t('board.emptyCard')].filter(Boolean).join(': ')
  return (
    <div
      className={classes.join(' ')}
      style={{ background: card.color ?? undefined, ...(far ? { borderColor: accent } : { borderLeftColor: accent }) }}
      data-card-id={id}
      aria-label={label}
      role="group"
      onDoubleClick={(e) => {
        e.stopPropagation()
        if (flags.votable !== undefined || useEditor.getState().presenting) return // voting or presenting: not editing
        useEditor.getState().setEditing(id)
      }}
    >
      {far ? (
        card.tag ? (
          <Symbol asImage name={card.tag} color={accent} size={40} />
        ) : null
      ) : (
        <>
          <div className={card.tag ? 'card-symbols has-tag' : 'card-symbols'} style={card.tag ? { background: accent } : undefined}>
            {/* the tag is the card's dominant signal: its colour across the top, its symbol large, its name in words */}
            {card.tag && (
              <span className="card-tag">
                <Symbol asImage name={card.tag} color={accent} size={20} title={tagLabel} />
                <span className="card-tag-name" aria-hidden>
                  {tagLabel}
                </span>
              </span>
            )}
            {card.moment && <Symbol asImage name={card.moment === 'positive' ? 'moment-positive' : 'moment-negative'} title={t(`moment.${card.moment}`)} />}
            {card.failPoint && <Symbol asImage name="fail" color="#b71c1c" title={t('board.failPoint')} />}
            {card.waitPoint && <Symbol asImage name="wait" color="#6d4c41" title={t('board.waitPoint')} />}
            {flags.critical && <Symbol asImage name="critical" color="#b71c1c" title={t('methods.fmea.critical', { defaultValue: 'Critical' })} />}
            {flags.unanswered && (
              <Symbol asImage name="unanswered" color="#c62828" title={t('methods.target.unanswered', { defaultValue: 'No must answers this irritant' })} />
            )}
            <span className="card-symbols-end">
              {flags.author && (
                <span className="card-author" title={flags.author}>
                  {flags.author}
                </span>
              )}
              {card.evidence === 'assumption' && <Symbol asImage name="assumption" title={t('evidence.assumption')} />}
              {card.evidence === 'fact' && <Symbol asImage name="fact" color="#2e7d32" title={t('evidence.fact')} />}
            </span>
          </div>
          {editing ? (
            <textarea
              ref={ref}
              autoFocus
              className="card-editor nodrag nowheel nopan"
              style={unkerned(draft)}
              aria-label={t('board.cardText')}
              title={t('board.editHint')}
              value={draft}
              onChange={(e) => {
                setDraft(e.target.value)
                typeDraft({ box: 'card', id }, e.target.value, base.current)
              }}
              onBlur={(e) => {
                const to = e.relatedTarget as HTMLElement | null
                finish({ keepEmpty: !!to?.closest('.inspector') || !document.hasFocus(), refocus: !to })
              }}
              onKeyDown={(e) => {
                // the text's keys stay here (Escape or Ctrl+Enter finishes: editor/actions.ts)
                e.stopPropagation()
                handleShortcut(e.nativeEvent, 'cardEditor')
              }}
            />
          ) : (
            <div className="card-text" style={unkerned(card.text)}>
              {card.text || <span className="muted">{t('board.emptyCard')}</span>}
            </div>
          )}
          {flags.scores && <ScoreBadges scores={flags.scores} />}
          {(card.votes || card.durationMinutes || card.fmea) && !editing ? (
            <div className="card-footer">
              {card.votes ? (
                <span className="votes" role="img" aria-label={t('board.votesCount', { count: card.votes })}>
                  {Array.from({ length: Math.min(card.votes, 8) }, (_, i) => (
                    <Symbol asImage key={i} name="vote" size={11} />
                  ))}
                  {card.votes > 1 ? ` ${formatNumber(card.votes)}` : ''}
                </span>
              ) : null}
              {card.durationMinutes ? (
                <span className="duration">
                  <Symbol asImage name="duration" size={13} /> {formatNumber(card.durationMinutes)} min
                </span>
              ) : null}
            </div>
          ) : null}
        </>
      )}
      {!far && (flags.dots || flags.myDots) ? <CardDots flags={flags} cardId={id} /> : null}
      {/* a pointer's way to draw an arrow (the side panel's "Draw an arrow to…" is the keyboard's): a tooltip, no ARIA name on a role-less element */}
      <Handle type="source" position={Position.Right} className="card-source" title={t('board.connectTo')} />
    </div>
  )
}
// A card draws from its id and data only: the new place React Flow passes at every pointer
// move of a drag does not redraw it (its wrapper moves it).
export const CardNodeView = memo(CardView, (a, b) => a.id === b.id && a.data === b.data)

/** Dots of the vote under way: all of them (unless hidden until the end), and the voting participant's own, which they can take back. */
function CardDots({ flags, cardId }: { flags: CardFlags; cardId: string }) {
  const t = useT()
  return (
    <span className="card-dots nodrag">
      {flags.dots ? (
        <span className="card-dots-all" role="img" aria-label={t('workshop.voting.cardDots', { count: flags.dots })}>
          <Symbol asImage name="vote" size={12} color="#fff" /> {flags.dots}
        </span>
      ) : null}
      {flags.myDots ? (
        <button
          type="button"
          className="card-dots-mine"
          aria-label={t('workshop.voting.takeBackOn', { count: flags.myDots, name: flags.voter })}
          title={t('workshop.voting.takeBackOn', { count: flags.myDots, name: flags.voter })}
          onClick={(e) => {
            e.stopPropagation()
            useWorkshopView.getState().pickCard?.(cardId, true)
          }}
        >
          {initials(flags.voter ?? '')}{' '}
          {Array.from({ length: Math.min(flags.myDots, 5) }, (_, i) => (
            <Symbol asImage key={i} name="vote" size={10} />
          ))}
          {flags.myDots > 5 ? flags.myDots : ''} <span aria-hidden>×</span>
        </button>
      ) : null}
    </span>
  )
}

// ---- lane -----------------------------------------------------------------

function LaneView({ data, width, height }: NodeProps<LaneNode>) {
  const t = useT()
  const { lane, index, count, stages } = data
  const exporting = useExportMode()
  const cursorStage = useEditor((s) => (!exporting && s.cursor && s.cursor.laneId === lane.id && !s.cursor.cardId ? s.cursor.stageId : null))
  const separator = isSeparator(lane.role)
  const roleLabel = t(`role.${lane.role}`)
  const header = (
    <div className="lane-header">
      <span className="lane-grip grip" aria-hidden title={t('board.dragLane', { name: lane.name })}>
        ⋮⋮
      </span>
      {!separator && (
        <InlineInput
          multiline
          value={lane.name}
          label={t('board.laneName')}
          draftTarget={{ box: 'lane', id: lane.id }}
          onCommit={(v) => apply((b) => ops.renameLane(b, lane.id, v))}
        />
      )}
      {lane.name !== roleLabel && !separator && <span className="lane-role">{roleLabel}</span>}
      <Menu label={t('board.laneOptions', { name: lane.name })}>
        {(close) => (
          <>
            <label className="menu-field">
              {t('board.laneRole')}
              <select
                value={lane.role}
                onChange={(e) => {
                  const role = e.target.value as LaneRole
                  apply((b) => ops.setLaneRole(b, lane.id, role))
                }}
              >
                {LANE_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => (addLane(index), close())}>
              {t('board.insertAbove')}
            </button>
            <button type="button" onClick={() => (addLane(index + 1), close())}>
              {t('board.insertBelow')}
            </button>
            <button type="button" disabled={index === 0} onClick={() => (apply((b) => ops.moveLane(b, lane.id, index - 1)), close())}>
              {t('board.moveUp')}
            </button>
            <button type="button" disabled={index === count - 1} onClick={() => (apply((b) => ops.moveLane(b, lane.id, index + 1)), close())}>
              {t('board.moveDown')}
            </button>
            <button type="button" className="danger" onClick={() => (apply((b) => ops.deleteLane(b, lane.id)), close())}>
              {t('board.deleteLane')}
            </button>
          </>
        )}
      </Menu>
    </div>
  )
  if (data.zone) {
    return (
      <div className={`lane zone zone-${lane.role}`} style={{ width, height }} data-lane-id={lane.id}>
        <div className="zone-header">
          <InlineInput
            multiline
            value={lane.name}
            label={t('board.laneName')}
            draftTarget={{ box: 'lane', id: lane.id }}
            onCommit={(v) => apply((b) => ops.renameLane(b, lane.id, v))}
          />
          <span className="lane-role">{lane.name !== roleLabel ? roleLabel : ''}</span>
        </div>
        <div className={`zone-cursor ${cursorStage ? 'is-cursor' : ''}`} />
      </div>
    )
  }
  if (separator) {
    return (
      <div className={`lane lane-separator role-${lane.role}`} style={{ width, height }} data-lane-id={lane.id}>
        {header}
        <div className="separator-line" aria-hidden />
        <div className="separator-label">
          <InlineInput
            value={lane.name}
            label={t('board.laneName')}
            draftTarget={{ box: 'lane', id: lane.id }}
            onCommit={(v) => apply((b) => ops.renameLane(b, lane.id, v))}
          />
        </div>
      </div>
    )
  }
  return (
    <div className={`lane role-${lane.role} ${index % 2 ? 'odd' : ''}`} style={{ width, height }} data-lane-id={lane.id}>
      {header}
      <div className="lane-cells">
        {stages.map((s) => (
          <div key={s.id} className={`cell ${cursorStage === s.id ? 'is-cursor' : ''}`} data-stage-id={s.id} />
        ))}
      </div>
      {lane.role === 'emotions' && data.board && <EmotionLane board={data.board} laneHeight={height ?? 0} marks={data.emotionMarks} />}
      {lane.role === 'scores' && data.board && <ScoresLane board={data.board} laneHeight={height ?? 0} />}
    </div>
  )
}
export const LaneNodeView = memo(LaneView)

// ---- stage and phase headers ------------------------------------------------

function StageView({ data }: NodeProps<StageNode>) {
  const t = useT()
  const { stage, index, count } = data
  const board = useEditor((s) => s.board)
  const phases = board?.phases ?? []
  const phaseId = phases.find((p) => p.stageIds.includes(stage.id))?.id ?? ''
  const setMoment = (m: Moment | undefined) => apply((b) => ops.setStageMoment(b, stage.id, m))
  return (
    <div className={`stage-header ${stage.moment ? `moment-${stage.moment}` : ''}`} data-stage-id={stage.id}>
      <span className="stage-grip grip" aria-hidden title={t('board.dragStage', { name: stage.name })}>
        ⋮⋮
      </span>
      <span className="stage-number" aria-hidden>
        {formatNumber(index + 1 + (data.numberOffset ?? 0))}
      </span>
      {stage.moment && <Symbol name={stage.moment === 'positive' ? 'moment-positive' : 'moment-negative'} size={18} title={t(`moment.${stage.moment}`)} />}
      <InlineInput
        multiline
        value={stage.name}
        label={t('board.stageName')}
        draftTarget={{ box: 'stage', id: stage.id }}
        onCommit={(v) => apply((b) => ops.renameStage(b, stage.id, v))}
      />
      {data.counts && <StageCountsBadge counts={data.counts} />}
      {board && <FaceDownBadge stageId={stage.id} />}
      <Menu label={t('board.stageOptions', { name: stage.name })}>
        {(close) => (
          <>
            <button type="button" onClick={() => (addStage(index, phaseId || undefined), close())}>
              {t('board.insertBefore')}
            </button>
            <button type="button" onClick={() => (addStage(index + 1, phaseId || undefined), close())}>
              {t('board.insertAfter')}
            </button>
            <button type="button" disabled={index === 0} onClick={() => (apply((b) => ops.moveStage(b, stage.id, index - 1)), close())}>
              {t('board.moveLeft')}
            </button>
            <button type="button" disabled={index === count - 1} onClick={() => (apply((b) => ops.moveStage(b, stage.id, index + 1)), close())}>
              {t('board.moveRight')}
            </button>
            <label className="menu-field">
              {t('board.stageMoment')}
              <select value={stage.moment ?? ''} onChange={(e) => setMoment((e.target.value || undefined) as Moment | undefined)}>
                <option value="">{t('common.none')}</option>
                <option value="positive">{t('moment.positive')}</option>
                <option value="negative">{t('moment.negative')}</option>
              </select>
            </label>
            <label className="menu-field">
              {t('board.phase')}
              <select value={phaseId} onChange={(e) => apply((b) => ops.setStagePhase(b, stage.id, e.target.value || null))}>
                <option value="">{t('board.noPhase')}</option>
                {phases.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => {
                const n = phases.length + 1
                apply((b) => ops.addPhase(b, { id: newId('p_'), name: t('board.newPhase', { n }), stageIds: [stage.id] }))
                close()
              }}
            >
              {t('board.addPhase')}
            </button>
            {stageMenuItems().map((Item, i) => (
              <Item key={i} stageId={stage.id} stageName={stage.name} close={close} />
            ))}
            <button type="button" className="danger" onClick={() => (apply((b) => ops.deleteStage(b, stage.id)), close())}>
              {t('board.deleteStage')}
            </button>
          </>
        )}
      </Menu>
    </div>
  )
}
export const StageNodeView = memo(StageView)

/** A private round's notes on this stage, face down until revealed. */
function FaceDownBadge({ stageId }: { stageId: string }) {
  const t = useT()
  const count = useEditor((s) => (s.board?.workshop?.rounds ? (faceDownCounts(s.board).get(stageId) ?? 0) : 0))
  if (!count) return null
  const label = t('workshop.round.faceDown', { count })
  return (
    <span className="stage-facedown" role="img" aria-label={label} title={label}>
      <span className="facedown-stack" aria-hidden />
      {count}
    </span>
  )
}

/** Target journey map: how many irritants, musts and pluses a stage holds, and how many irritants no must answers. */
function StageCountsBadge({ counts }: { counts: string }) {
  const t = useT()
  const c = JSON.parse(counts) as { irritants?: number; musts?: number; pluses?: number; unanswered?: number }
  const label = t('methods.target.counts', {
    irritants: c.irritants ?? 0,
    musts: c.musts ?? 0,
    pluses: c.pluses ?? 0,
    unanswered: c.unanswered ?? 0,
    defaultValue: `${c.irritants ?? 0} irritants, ${c.musts ?? 0} musts, ${c.pluses ?? 0} pluses, ${c.unanswered ?? 0} unanswered`,
  })
  return (
    <span className="stage-counts" role="img" aria-label={label} title={label}>
      <Symbol name="irritant" size={13} />
      {formatNumber(c.irritants ?? 0)}
      <Symbol name="must" size={13} />
      {formatNumber(c.musts ?? 0)}
      <Symbol name="wow" size={13} />
      {formatNumber(c.pluses ?? 0)}
      {c.unanswered ? (
        <>
          <Symbol name="unanswered" size={13} color="#ffab91" />
          {formatNumber(c.unanswered)}
        </>
      ) : null}
    </span>
  )
}

function PhaseView({ data }: NodeProps<PhaseNode>) {
  const t = useT()
  const { phase } = data
  return (
    <div className="phase-header" data-phase-id={phase.id}>
      <InlineInput
        value={phase.name}
        label={t('board.phaseName')}
        draftTarget={{ box: 'phase', id: phase.id }}
        onCommit={(v) => apply((b) => ops.renamePhase(b, phase.id, v))}
      />
      <Menu label={t('board.phaseOptions', { name: phase.name })}>
        {(close) => (
          <button type="button" className="danger" onClick={() => (apply((b) => ops.deletePhase(b, phase.id)), close())}>
            {t('board.deletePhase')}
          </button>
        )}
      </Menu>
    </div>
  )
}
export const PhaseNodeView = memo(PhaseView)

export { holdsCards }
