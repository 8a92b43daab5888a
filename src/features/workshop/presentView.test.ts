import { describe, expect, it } from 'vitest'
import { layoutBoard } from '../../domain/layout'
import { createBoardFromTemplate } from '../../domain/methods/templates'
import type { Board } from '../../domain/types'
import { CARD_TEXT_PX, presentViewport, stepPhase, stepStage } from './presentView'

// a journey map as the template makes it, with a few cards in each cell: a tall board
function journey(): Board {
  const b = createBoardFromTemplate('journey', { title: 'Journey', lang: 'en', t: (k) => k })
  const cards = b.stages.flatMap((s, i) =>
    b.lanes
      .filter((l) => !['emotions', 'line-interaction', 'line-visibility', 'line-internal'].includes(l.role))
      .flatMap((l, j) => [0, 1].map((k) => ({ id: `c${i}-${j}-${k}`, stageId: s.id, laneId: l.id, text: 'A note of a few words on this stage' }))),
  )
  return { ...b, cards }
}

describe('present mode viewport', () => {
  for (const [w, h, min] of [
    [1920, 1080, 24],
    [1280, 720, 18],
  ] as const) {
    it(`a stage in focus: card text ≥ ${min} px on ${w} × ${h}, the column centred and as tall as the screen`, () => {
      const b = journey()
      const layout = layoutBoard(b)
      const stage = b.stages[2]
      const v = presentViewport(b, layout, { at: 'stage', stageId: stage.id }, w, h)
      expect(CARD_TEXT_PX * v.zoom).toBeGreaterThanOrEqual(min)
      const r = layout.stages.get(stage.id)!
      expect(v.x + (r.x + r.width / 2) * v.zoom).toBeCloseTo(w / 2)
      // fills the height: the column is at least as tall as the screen
      expect(layout.height * v.zoom).toBeGreaterThanOrEqual(h - 32)
      // a column taller than the screen can be scrolled to its bottom
      const bottom = presentViewport(b, layout, { at: 'stage', stageId: stage.id }, w, h, 1e9)
      expect(bottom.y + layout.height * bottom.zoom).toBeCloseTo(h - 16)
    })
  }

  it('the whole board fits the screen; a phase fits its stages', () => {
    const b = journey()
    const layout = layoutBoard(b)
    const whole = presentViewport(b, layout, { at: 'board' }, 1920, 1080)
    expect(layout.width * whole.zoom).toBeLessThanOrEqual(1920)
    expect(layout.height * whole.zoom).toBeLessThanOrEqual(1080)
    const phase = b.phases![1]
    const v = presentViewport(b, layout, { at: 'phase', phaseId: phase.id }, 1920, 1080)
    expect(v.focus!.width).toBe(phase.stageIds.length * 248)
  })

  it('walks stage by stage and phase by phase', () => {
    const b = journey()
    const [s1, s2] = b.stages
    expect(stepStage(b, { at: 'board' }, 1)).toEqual({ at: 'stage', stageId: s1.id })
    expect(stepStage(b, { at: 'stage', stageId: s1.id }, 1)).toEqual({ at: 'stage', stageId: s2.id })
    expect(stepStage(b, { at: 'stage', stageId: s1.id }, -1)).toEqual({ at: 'stage', stageId: s1.id })
    const last = b.stages[b.stages.length - 1]
    expect(stepStage(b, { at: 'board' }, -1)).toEqual({ at: 'stage', stageId: last.id })
    const [p1, p2] = b.phases!
    expect(stepPhase(b, { at: 'stage', stageId: s1.id }, 0)).toEqual({ at: 'phase', phaseId: p1.id })
    expect(stepPhase(b, { at: 'phase', phaseId: p1.id }, 1)).toEqual({ at: 'phase', phaseId: p2.id })
    // from a phase, → walks into its first stage, ← into its last
    expect(stepStage(b, { at: 'phase', phaseId: p2.id }, 1)).toEqual({ at: 'stage', stageId: p2.stageIds[0] })
    expect(stepStage(b, { at: 'phase', phaseId: p2.id }, -1)).toEqual({ at: 'stage', stageId: p2.stageIds[p2.stageIds.length - 1] })
  })
})
