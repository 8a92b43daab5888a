// Service blueprint (Lynn Shostack): the journey aligned with the organisation that produces it,
// layers split by the lines of interaction, visibility and internal interaction.
import type { Lane, LaneRole } from '../types'
import { isSeparator, SEPARATOR_ROLES } from '../types'
import { CRITICAL_LEGEND, type KindDefinition } from './kind'

/** A layer's band: 0 above the line of interaction … 3 below the line of internal interaction. */
export const BLUEPRINT_BAND: Partial<Record<LaneRole, number>> = { evidence: 0, customer: 0, frontstage: 1, backstage: 2, support: 3 }

/**
 * A pasted blueprint without its lines gets them between its layers (so the customer view can
 * hide what is below the line of visibility) — only when the layers are in Shostack's order.
 */
export function withBlueprintLines(lanes: readonly Lane[], line: (role: (typeof SEPARATOR_ROLES)[number]) => Lane): Lane[] | null {
  if (lanes.some((l) => isSeparator(l.role))) return null
  const bands = lanes.map((l) => BLUEPRINT_BAND[l.role])
  const known = bands.filter((b): b is number => b !== undefined)
  if (known.length < 2 || known.some((b, i) => i > 0 && b < known[i - 1])) return null
  const out: Lane[] = []
  let band = -1
  lanes.forEach((lane, i) => {
    const b = bands[i]
    if (b !== undefined && b > band) {
      if (band >= 0) for (let k = band; k < b; k++) out.push(line(SEPARATOR_ROLES[k]))
      band = b
    }
    out.push(lane)
  })
  return out.length > lanes.length ? out : null
}

export const blueprint: KindDefinition = {
  id: 'blueprint',
  templates: [
    {
      // Shostack's eight layers, top to bottom. Service standards are measurable rules per
      // step: they get a lane of their own *after* support, so the eight layers stay intact
      // and the standards (internal rules) sit below the line of visibility, hidden from the
      // customer view like the rest of the organisation's side.
      id: 'blueprint',
      rank: 20,
      lanes: ['evidence', 'customer', 'line-interaction', 'frontstage', 'line-visibility', 'backstage', 'line-internal', 'support', 'standards'],
      stages: [
        { key: 'inform', phase: 'before' },
        { key: 'book', phase: 'before' },
        { key: 'arrive', phase: 'during' },
        { key: 'served', phase: 'during' },
        { key: 'pay', phase: 'during' },
        { key: 'followUp', phase: 'after' },
      ],
    },
  ],
  layout: 'grid',
  hasStages: true,
  worstCase: true,
  personas: 'many',
  personaHeader: 'above',
  evidenceFilterAlways: false,
  servicePoints: true,
  decorations: ['critical'],
  stageCounts: false,
  legend: [CRITICAL_LEGEND],
  tagLanes: {
    irritant: ['pains', 'customer'],
    wow: ['opportunities', 'frontstage'],
    must: ['standards', 'musts'],
    idea: ['notes', 'opportunities'],
    question: ['notes', 'customer'],
    touchpoint: ['evidence', 'frontstage'],
  },
  spreadsheet: {
    signals: ['line-interaction', 'line-visibility', 'line-internal', 'frontstage', 'backstage', 'support'],
    rank: 10,
    remap: { actions: 'customer', irritants: 'pains', thinks: 'thoughts', does: 'customer', says: 'notes', feels: 'notes', gains: 'notes' },
    complete: withBlueprintLines,
  },
}
