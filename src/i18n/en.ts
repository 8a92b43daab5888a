// English strings. Domain vocabulary follows ../shared/PRODUCT.md.
export const en = {
  app: { name: 'Parcours', tagline: 'Customer journeys, blueprints and empathy maps — local-first' },
  common: {
    language: 'Language', cancel: 'Cancel', create: 'Create', delete: 'Delete', close: 'Close',
    rename: 'Rename', duplicate: 'Duplicate', open: 'Open', save: 'Save', undo: 'Undo', redo: 'Redo',
    export: 'Export', import: 'Import', confirm: 'Confirm', none: 'None', back: 'Back to boards',
  },
  kind: { journey: 'Journey map', blueprint: 'Service blueprint', target: 'Target journey map', empathy: 'Empathy map' },
  role: {
    actions: 'Customer actions', touchpoints: 'Touchpoints', channels: 'Channels', thoughts: 'Thoughts',
    emotions: 'Emotion curve', pains: 'Pain points', opportunities: 'Opportunities', moments: 'Moments of truth',
    evidence: 'Physical evidence', customer: 'Customer actions', frontstage: 'Frontstage actions',
    backstage: 'Backstage actions', support: 'Support processes', irritants: 'Irritants', musts: 'Musts',
    pluses: 'Pluses (wow)', standards: 'Service standards', notes: 'Notes',
    says: 'Says', thinks: 'Thinks', does: 'Does', feels: 'Feels', gains: 'Gains',
    'line-interaction': 'Line of interaction', 'line-visibility': 'Line of visibility',
    'line-internal': 'Line of internal interaction',
  },
  tag: { irritant: 'Irritant', wow: 'Wow', must: 'Must', idea: 'Idea', question: 'Question', touchpoint: 'Touchpoint' },
  evidence: { fact: 'Fact', assumption: 'Assumption (to verify)' },
  moment: { positive: 'Positive moment of truth', negative: 'Negative moment of truth' },
  phase: { before: 'Before', during: 'During', after: 'After' },
}
export type Strings = typeof en
