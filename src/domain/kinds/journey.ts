// Customer journey map (parcours client): a persona's path, stage by stage, with the emotion
// curve and the moments of truth. Also the kind of a blank board and of any grid not recognised.
import { CRITICAL_LEGEND, type KindDefinition } from './kind'

export const journey: KindDefinition = {
  id: 'journey',
  templates: [
    {
      id: 'journey',
      rank: 10,
      lanes: ['actions', 'touchpoints', 'channels', 'thoughts', 'emotions', 'pains', 'opportunities', 'moments'],
      stages: [
        { key: 'discover', phase: 'before' },
        { key: 'compare', phase: 'before' },
        { key: 'signUp', phase: 'during' },
        { key: 'firstUse', phase: 'during' },
        { key: 'getHelp', phase: 'after' },
        { key: 'renew', phase: 'after' },
      ],
    },
    { id: 'blank', rank: 50, lanes: ['notes'], stages: [{ key: 's1' }, { key: 's2' }, { key: 's3' }] },
  ],
  layout: 'grid',
  hasStages: true,
  worstCase: true,
  personas: 'many',
  personaHeader: 'above',
  evidenceFilterAlways: false,
  servicePoints: false,
  decorations: ['critical'],
  stageCounts: false,
  legend: [CRITICAL_LEGEND],
  tagLanes: {
    irritant: ['pains', 'irritants'],
    wow: ['opportunities', 'pluses'],
    must: ['musts', 'opportunities'],
    idea: ['notes', 'opportunities'],
    question: ['notes', 'thoughts'],
    touchpoint: ['touchpoints', 'channels'],
  },
  spreadsheet: {
    signals: [],
    rank: 100,
    remap: { irritants: 'pains', customer: 'actions', thinks: 'thoughts', does: 'actions', says: 'notes', feels: 'notes', gains: 'notes' },
  },
}
