// Empathy map (XPLANE): one persona, one situation; says, thinks, does, feels around the
// persona, pains and gains below. Its zones are lanes of a single stage that is never shown.
import type { KindDefinition } from './kind'

export const empathy: KindDefinition = {
  id: 'empathy',
  templates: [{ id: 'empathy', rank: 40, lanes: ['says', 'thinks', 'does', 'feels', 'pains', 'gains'], stages: [{ key: 'situation' }] }],
  layout: 'zones',
  hasStages: false,
  worstCase: false,
  personas: 'one',
  personaHeader: 'centre',
  evidenceFilterAlways: true,
  servicePoints: false,
  decorations: [],
  stageCounts: false,
  legend: [],
  tagLanes: {
    irritant: ['pains'],
    wow: ['gains'],
    must: ['gains'],
    idea: ['gains', 'notes'],
    question: ['thinks', 'notes'],
    touchpoint: ['does'],
  },
  spreadsheet: {
    signals: ['says', 'thinks', 'does', 'feels'],
    rank: 30,
    oneStage: true,
    remap: { thoughts: 'thinks', actions: 'does', customer: 'does', irritants: 'pains', opportunities: 'gains', emotions: 'feels' },
  },
}
