// The personas a board is drawn for, as a card on the canvas: above a swimlane board, in the
// centre of an empathy map's quadrants (with the map's situation). The personas are read live
// from the library, so editing one updates every board drawn for it. On the export canvas it
// shows no buttons, and the photo is an <img> with a data URL that html-to-image captures.
import { memo, useEffect } from 'react'
import { useReactFlow, type NodeProps } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { setBoardField } from '../../domain/operations'
import type { Id, Persona } from '../../domain/types'
import { visibleText } from '../../domain/text'
import { useEditor } from '../../store/editorStore'
import type { PersonasNode } from '../../canvas/toFlow'
import { useExportMode } from '../../canvas/renderMode'
import { InlineInput } from '../../canvas/nodes'
import { openPersonaLibrary, setOpenBoardPersonas, useHeaderReveal } from './libraryStore'
import { PersonaAvatar } from './PersonaAvatar'
import { useBoardPersonas } from './usePersonas'
import { Quote } from '../../ui/Quote'

function metaLine(p: Persona, t: (k: string, o?: Record<string, unknown>) => string): string {
  return [p.role, p.age !== undefined ? t('personas.ageYears', { count: p.age }) : ''].filter(Boolean).join(' · ')
}

function Actions({ persona }: { persona?: Persona }) {
  const { t } = useTranslation()
  return (
    <div className="ph-actions nodrag nopan">
      {persona && (
        <button
          type="button"
          className="icon-btn"
          aria-label={t('personas.editPersona', { name: persona.name })}
          title={t('personas.editPersona', { name: persona.name })}
          onClick={() => openPersonaLibrary({ screen: 'edit', id: persona.id })}
        >
          ✎
        </button>
      )}
      <button type="button" title={t('personas.changeHint')} aria-label={t('personas.changeHint')} onClick={() => openPersonaLibrary()}>
        {t('personas.change')}
      </button>
    </div>
  )
}

function Missing({ ids, all }: { ids: Id[]; all: Id[] }) {
  const { t } = useTranslation()
  if (!ids.length) return null
  return (
    <div className="ph-missing nodrag nopan" role="note">
      <span>{t('personas.missing', { count: ids.length })}</span>
      <button type="button" onClick={() => setOpenBoardPersonas(all.filter((id) => !ids.includes(id)))}>
        {t('personas.removeMissing')}
      </button>
    </div>
  )
}

function Empty() {
  const { t } = useTranslation()
  return (
    <div className="ph-empty nodrag nopan">
      <span className="muted">{t('personas.noPersona')}</span>
      <button type="button" className="primary" onClick={() => openPersonaLibrary()}>
        {t('personas.choose')}
      </button>
    </div>
  )
}

function Lists({ p }: { p: Persona }) {
  const { t } = useTranslation()
  const lists = (['goals', 'frustrations'] as const).filter((k) => p[k]?.length)
  if (!lists.length) return null
  return (
    <div className="ph-lists">
      {lists.map((k) => (
        <div key={k} className={`ph-list ph-${k}`}>
          <span className="ph-label">{t(`personas.${k}`)}</span>
          <ul>
            {p[k]!.slice(0, 2).map((item, i) => (
              <li key={i}>
                <span className="ph-bullet" aria-hidden>
                  {k === 'goals' ? '▸' : '•'}
                </span>
                {item}
              </li>
            ))}
            {p[k]!.length > 2 && <li className="ph-more">{t('personas.more', { count: p[k]!.length - 2 })}</li>}
          </ul>
        </div>
      ))}
    </div>
  )
}

function SwimlaneHeader({ personas, missing, ids, editable }: { personas: Persona[]; missing: Id[]; ids: Id[]; editable: boolean }) {
  const { t } = useTranslation()
  const [main, ...others] = personas
  return (
    <section className="persona-header" aria-label={t('personas.header')}>
      {main ? (
        <div className="ph-main">
          <PersonaAvatar persona={main} size={118} />
          <div className="ph-id">
            <div className="ph-name" dir="auto">
              {visibleText(main.name)}
            </div>
            {metaLine(main, t) && <div className="ph-meta">{metaLine(main, t)}</div>}
            {main.quote && <Quote className="ph-quote" text={main.quote} />}
          </div>
          <Lists p={main} />
        </div>
      ) : (
        editable && <Empty />
      )}
      {others.length > 0 && (
        <ul className="ph-others">
          {others.map((p) => (
            <li key={p.id}>
              <PersonaAvatar persona={p} size={40} />
              <span className="ph-other-text">
                <span className="ph-other-name" dir="auto">
                  {visibleText(p.name)}
                </span>
                {p.role && <span className="ph-other-role">{p.role}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="ph-side nodrag nopan">
          {main && <Actions persona={main} />}
          <Missing ids={missing} all={ids} />
        </div>
      )}
    </section>
  )
}

function EmpathyCentre({ persona, missing, ids, situation, editable }: { persona?: Persona; missing: Id[]; ids: Id[]; situation?: string; editable: boolean }) {
  const { t } = useTranslation()
  const exporting = useExportMode()
  return (
    <section className="persona-centre" aria-label={t('personas.header')}>
      {persona ? (
        <>
          <PersonaAvatar persona={persona} size={84} />
          <div className="ph-name" dir="auto">
            {visibleText(persona.name)}
          </div>
          {metaLine(persona, t) && <div className="ph-meta">{metaLine(persona, t)}</div>}
        </>
      ) : editable ? (
        <Empty />
      ) : null}
      <div className="pc-situation nodrag nopan">
        <span className="ph-label">{t('personas.situationBoard')}</span>
        {exporting || !editable ? (
          <span className="pc-situation-text">{situation}</span>
        ) : (
          <InlineInput
            multiline
            className="pc-situation-input"
            value={situation ?? ''}
            label={t('personas.situationBoard')}
            draftTarget={{ box: 'situation' }}
            onCommit={(v) => useEditor.getState().apply((b) => setBoardField(b, 'situation', v.trim() || undefined))}
          />
        )}
      </div>
      {editable && (
        <div className="pc-actions nodrag nopan">
          {persona && <Actions persona={persona} />}
          <Missing ids={missing} all={ids} />
        </div>
      )}
    </section>
  )
}

let revealed = 0

/** Scroll the card into view when the board has just been given its first persona. */
function useReveal(top: number, enabled: boolean) {
  const seq = useHeaderReveal((s) => s.seq)
  const flow = useReactFlow()
  useEffect(() => {
    if (!enabled || seq <= revealed) return
    revealed = seq
    const { x, y, zoom } = flow.getViewport()
    const screenTop = y + top * zoom
    if (screenTop < 12) void flow.setViewport({ x, y: y + 12 - screenTop, zoom }, { duration: 250 })
  }, [seq, enabled, top, flow])
}

function PersonaHeader({ data, positionAbsoluteY }: NodeProps<PersonasNode>) {
  const exporting = useExportMode()
  const presenting = useEditor((s) => s.presenting)
  const editable = !exporting && !presenting
  useReveal(positionAbsoluteY, editable && data.placement === 'above')
  const { personas, missing, loading } = useBoardPersonas(data.personaIds)
  if (loading) return <div className={data.placement === 'centre' ? 'persona-centre is-loading' : 'persona-header is-loading'} aria-busy="true" />
  if (data.placement === 'centre')
    return <EmpathyCentre persona={personas[0]} missing={missing} ids={data.personaIds} situation={data.situation} editable={editable} />
  return <SwimlaneHeader personas={personas} missing={missing} ids={data.personaIds} editable={editable} />
}

export const PersonaHeaderNode = memo(PersonaHeader)
