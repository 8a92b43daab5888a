// Target customer journey map (parcours client cible): for one persona, per stage, the
// irritants, the musts that answer them and the pluses that create the "wow".
import { UNANSWERED_LEGEND, type KindDefinition } from './kind'

export const target: KindDefinition = {
  id: 'target',
  templates: [
    {
      id: 'target',
      rank: 30,
      lanes: ['irritants', 'musts', 'pluses'],
      stages: [
        { key: 'discover', phase: 'before' },
        { key: 'apply', phase: 'during' },
        { key: 'wait', phase: 'during' },
        { key: 'receive', phase: 'after' },
        { key: 'getHelp', phase: 'after' },
      ],
    },
  ],
  layout: 'grid',
  hasStages: true,
  worstCase: false,
  personas: 'one',
  personaHeader: 'above',
  evidenceFilterAlways: false,
  servicePoints: false,
  decorations: ['unanswered'],
  stageCounts: true,
  legend: [UNANSWERED_LEGEND],
  tagLanes: {
    irritant: ['irritants', 'pains'],
    wow: ['pluses', 'opportunities'],
    must: ['musts'],
    idea: ['notes', 'pluses'],
    question: ['notes', 'irritants'],
    touchpoint: ['notes', 'touchpoints'],
  },
  spreadsheet: {
    signals: ['musts', 'pluses'],
    rank: 20,
    remap: { pains: 'irritants', customer: 'actions', thinks: 'thoughts', does: 'actions', says: 'notes', feels: 'notes', gains: 'notes' },
  },
}
