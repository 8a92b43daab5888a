// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { cardNodesZoom, MAX_CARD_NODES, paintedCardAt, shownCardIds, viewOf, windowAround } from './largeBoard'
import { FAR_ZOOM } from './renderMode'
import type { Rect } from '../domain/layout'

// A grid of 100 × 200 cards of 200 × 100, 50 apart.
const cards = new Map<string, Rect>()
for (let i = 0; i < 100; i++) for (let j = 0; j < 200; j++) cards.set(`c${i}-${j}`, { x: i * 250, y: j * 150, width: 200, height: 100 })
const layout = { cards, width: 25_000, height: 30_000 }

describe('large boards', () => {
  it('give card nodes from the zoom at which a window around the pane holds about MAX_CARD_NODES cards', () => {
    const pane = { width: 1400, height: 800 }
    const zoom = cardNodesZoom(cards.size, layout, pane)
    expect(zoom).toBeGreaterThanOrEqual(FAR_ZOOM)
    const view = viewOf([-5000 * zoom, -5000 * zoom, zoom], pane.width, pane.height)
    const n = shownCardIds({ links: [] }, layout, [], windowAround(view)).size
    expect(n).toBeGreaterThan(MAX_CARD_NODES / 2)
    expect(n).toBeLessThan(MAX_CARD_NODES * 1.5)
    // a sparse board: cards as nodes from the far view's zoom
    expect(cardNodesZoom(2_000, { width: 100_000, height: 100_000 }, pane)).toBe(FAR_ZOOM)
  })

  it('give React Flow the pinned cards and the other ends of their arrows, and no others from far', () => {
    const links = [
      { id: 'k1', from: 'c0-0', to: 'c99-199' },
      { id: 'k2', from: 'c5-5', to: 'c6-6' },
    ]
    expect([...shownCardIds({ links }, layout, ['c0-0'], null)].sort()).toEqual(['c0-0', 'c99-199'])
    const window = { x: 0, y: 0, width: 450, height: 250 } // the cards of columns 0-1, rows 0-1
    expect([...shownCardIds({ links }, layout, [], window)].sort()).toEqual(['c0-0', 'c0-1', 'c1-0', 'c1-1', 'c99-199'])
  })

  it('find the painted card under a point, not one React Flow draws', () => {
    expect(paintedCardAt(layout, new Set(), { x: 260, y: 160 })).toBe('c1-1')
    expect(paintedCardAt(layout, new Set(['c1-1']), { x: 260, y: 160 })).toBeNull()
    expect(paintedCardAt(layout, new Set(), { x: 220, y: 160 })).toBeNull() // between two cards
  })
})
