// The presentation over the board: it moves the canvas's viewport to the stage (or phase, or
// whole board) in focus, dims the neighbours, keeps the stage's name and number, the lane names,
// a legend and the timer on screen, and offers a few discreet controls. No editing control shows.
import { useEffect, useLayoutEffect, useMemo, useState, type MutableRefObject } from 'react'
import { useReactFlow, useStore } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { BoardLayout } from '../../domain/layout'
import { withoutFaceDown } from '../../domain/workshop/rounds'
import { boardBounds } from '../../canvas/viewport'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import { Symbol } from '../../ui/icons'
import { legendItems } from '../export/legend'
import { leavePresent, presentPhase, presentStep, presentWhole, setScrollStep } from './present'
import { presentViewport } from './presentView'
import { TimerReadout } from './Timer'
import { OnSurface } from './surface'

function useSurfaceSize(): { w: number; h: number } {
  const [size, setSize] = useState({ w: window.innerWidth, h: window.innerHeight })
  useEffect(() => {
    const el = document.querySelector<HTMLElement>('.board-surface')
    if (!el) return
    const read = () => setSize({ w: el.clientWidth, h: el.clientHeight })
    read()
    const ro = new ResizeObserver(read)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  return size
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

export function PresentLayer({ layoutRef }: { layoutRef: MutableRefObject<BoardLayout | null> }) {
  const { t } = useTranslation()
  const rf = useReactFlow()
  const stored = useEditor((s) => s.board)!
  const board = useMemo(() => withoutFaceDown(stored), [stored])
  const focus = useWorkshopView((s) => s.focus)
  const scroll = useWorkshopView((s) => s.scroll)
  const highContrast = useWorkshopView((s) => s.highContrast)
  const [tx, ty, zoom] = useStore((s) => s.transform)
  const size = useSurfaceSize()
  const layout = layoutRef.current

  // leaving the presentation gives back the view the facilitator had
  useEffect(() => {
    const saved = rf.getViewport()
    return () => void rf.setViewport(saved)
  }, [rf])

  const view = layout ? presentViewport(board, layout, focus, size.w, size.h, scroll, boardBounds(board, layout)) : null
  useLayoutEffect(() => {
    if (!view) return
    if (scroll > view.maxScroll) useWorkshopView.setState({ scroll: view.maxScroll })
    setScrollStep(((size.h - 32) / view.zoom) * 0.7)
    void rf.setViewport({ x: view.x, y: view.y, zoom: view.zoom }, { duration: reducedMotion() ? 0 : 250 })
  }, [view?.x, view?.y, view?.zoom]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    document.documentElement.classList.toggle('present-contrast', highContrast)
    return () => document.documentElement.classList.remove('present-contrast')
  }, [highContrast])

  let caption = t('workshop.presenting.wholeCaption')
  let sub = board.title
  if (focus.at === 'stage') {
    const i = board.stages.findIndex((s) => s.id === focus.stageId)
    if (i >= 0) {
      caption = board.stages[i].name
      sub = t('workshop.presenting.stage', { n: i + 1, count: board.stages.length })
    }
  } else if (focus.at === 'phase') {
    const p = board.phases?.find((x) => x.id === focus.phaseId)
    if (p) {
      caption = p.name
      sub = t('workshop.presenting.phaseCaption', { name: p.name })
    }
  }

  // the focused columns on screen, from the live transform (a pan or a zoom keeps them right)
  const col = view?.focus ? { left: tx + view.focus.x * zoom, width: view.focus.width * zoom } : null
  // the lane names are off the left edge: they are drawn over it
  const laneHeadersHidden = tx < -4
  const legend = legendItems(board)

  return (
    <OnSurface>
      <div className="present-layer" role="region" aria-label={t('workshop.presenting.region')}>
        {col && (
          <>
            <div className="present-dim" style={{ left: 0, width: Math.max(0, col.left) }} aria-hidden />
            <div className="present-dim" style={{ left: col.left + col.width, right: 0 }} aria-hidden />
          </>
        )}
        {layout && laneHeadersHidden && (
          <div className="present-lanes" aria-hidden>
            {board.lanes.map((l) => {
              const r = layout.lanes.get(l.id)
              if (!r || l.role.startsWith('line-')) return null
              return (
                <div key={l.id} className="present-lane" style={{ top: ty + r.y * zoom, height: r.height * zoom }}>
                  <span>{l.name}</span>
                </div>
              )
            })}
          </div>
        )}
        <div className="present-caption" data-testid="present-caption">
          <div className="present-caption-sub">{sub}</div>
          <div className="present-caption-main">{caption}</div>
        </div>
        <div className="present-timer">
          <TimerReadout size="large" hideIdle />
        </div>
        {legend.length > 0 && (
          <div className="present-legend" aria-label={t('workshop.presenting.legend')} role="group">
            {legend.map((i) => (
              <span key={i.symbol}>
                <Symbol name={i.symbol} color={i.color} size={22} /> {t(i.label)}
              </span>
            ))}
          </div>
        )}
        <div className="present-controls" role="toolbar" aria-label={t('workshop.presenting.controls')}>
          <button type="button" aria-label={t('workshop.presenting.prev')} title={`${t('workshop.presenting.prev')} (←)`} onClick={() => presentStep(-1)}>
            ◀
          </button>
          <button type="button" aria-label={t('workshop.presenting.next')} title={`${t('workshop.presenting.next')} (→)`} onClick={() => presentStep(1)}>
            ▶
          </button>
          <button
            type="button"
            aria-label={t('workshop.presenting.phase')}
            title={`${t('workshop.presenting.phase')} (Shift+→)`}
            onClick={() => presentPhase(0)}
          >
            ▭
          </button>
          <button type="button" aria-label={t('workshop.presenting.whole')} title={`${t('workshop.presenting.whole')} (Home)`} onClick={presentWhole}>
            ⌂
          </button>
          <button
            type="button"
            aria-pressed={highContrast}
            aria-label={t('workshop.presenting.contrast')}
            title={`${t('workshop.presenting.contrast')} (H)`}
            onClick={() => useWorkshopView.setState({ highContrast: !highContrast })}
          >
            ◐
          </button>
          <button type="button" aria-label={t('workshop.presenting.exit')} title={t('workshop.presenting.exit')} onClick={leavePresent}>
            ✕
          </button>
          <span className="present-keys" aria-hidden>
            {t('workshop.presenting.keys')}
          </span>
        </div>
      </div>
    </OnSurface>
  )
}
