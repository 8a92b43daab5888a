// The strings of the methods (templates, emotion curve, worst-case scenario, target map,
// scores) as plain data: registered with i18next by ./strings.ts, and read directly by
// the templates as a fallback, so that the domain never depends on the i18n runtime.

export const METHODS_EN = {
  template: {
    journey: {
      name: 'Journey map',
      description: 'A persona’s path, stage by stage: actions, touchpoints, channels, thoughts, emotion curve, pain points, opportunities, moments of truth.',
    },
    blueprint: {
      name: 'Service blueprint',
      description:
        'Shostack’s blueprint: physical evidence, customer actions, frontstage, backstage and support, split by the lines of interaction, visibility and internal interaction.',
    },
    target: {
      name: 'Target journey map',
      description: 'For one persona: per stage, the irritants, the musts that answer them and the pluses that create the “wow”.',
    },
    empathy: {
      name: 'Empathy map',
      description: 'One persona, one situation: says, thinks, does, feels, pains and gains.',
    },
    blank: { name: 'Blank board', description: 'Three stages and one lane of notes, to shape as you wish.' },
  },
  stage: {
    journey: { discover: 'Discover', compare: 'Compare', signUp: 'Sign up', firstUse: 'First use', getHelp: 'Get help', renew: 'Renew' },
    blueprint: { inform: 'Find information', book: 'Book an appointment', arrive: 'Arrive', served: 'Be served', pay: 'Pay', followUp: 'Follow-up' },
    target: { discover: 'Find out', apply: 'Apply', wait: 'Wait for the answer', receive: 'Receive the service', getHelp: 'Get help' },
    empathy: { situation: 'Situation' },
    blank: { s1: 'Stage 1', s2: 'Stage 2', s3: 'Stage 3' },
  },
  emotion: {
    curve: 'Emotion curve',
    lowest: 'Lowest point',
    highest: 'Highest point',
    end: 'End',
    point: 'Emotion at {{stage}}',
    unset: 'not set',
  },
  fmea: {
    title: 'Worst-case scenario',
    failure: 'Possible failure',
    cause: 'Cause',
    severity: 'Severity (G)',
    probability: 'Probability (P)',
    detection: 'Non-detection (D)',
    criticality: 'Criticality (C = G × P × D)',
    actions: 'Preventive actions',
    revised: 'After the actions (G′ P′ D′ C′)',
    threshold: 'Threshold',
    critical: 'Critical',
    aboveThreshold: 'At or above the threshold ({{threshold}}): to be treated',
    invalidScore: 'A whole number from 1 to 10',
  },
  target: {
    unanswered: 'No must answers this irritant',
    counts: 'Irritants: {{irritants}}, musts: {{musts}}, pluses: {{pluses}}, unanswered irritants: {{unanswered}}',
  },
  score: {
    metric: { nps: 'NPS', csat: 'CSAT', ces: 'CES' },
    status: { met: 'Target met', near: 'Close to target', missed: 'Target missed', none: 'No target' },
    lowSample: 'Low sample (n = {{n}}): read with caution',
    trend: { up: 'Up since the previous period', down: 'Down since the previous period', flat: 'Unchanged since the previous period' },
    better: 'better',
    worse: 'worse',
    direction: { higher: 'Higher is better', lower: 'Lower is better' },
    shortStatus: { met: 'met', near: 'close', missed: 'missed' },
    badge: {
      target: 'target {{value}}',
      n: 'n = {{n}}',
      up: 'up from {{value}}',
      down: 'down from {{value}}',
      flat: 'unchanged from {{value}}',
      lowSample: 'low sample',
      top2: 'top-2-box',
      mean: 'mean',
      list: 'Scores',
      noScore: 'no score',
    },
    lane: { stageScore: 'Whole stage', chart: 'Scores of the stage {{stage}}', empty: 'No score' },
    symbols: { traffic: 'Traffic lights', smiley: 'Smileys', weather: 'Weather' },
    legend: { trend: 'Trend since the previous period', lowSample: 'Low sample (too few answers)' },
    csv: { score: '{{metric}}', period: '{{metric}} period', n: '{{metric}} n', target: '{{metric}} target', status: '{{metric}} status' },
  },
}

export type MethodsStrings = typeof METHODS_EN

export const METHODS_FR: MethodsStrings = {
  template: {
    journey: {
      name: 'Parcours client',
      description:
        'Le parcours d’un persona étape par étape : actions, occasions de contact, canaux, pensées, courbe des émotions, irritants, opportunités, moments de vérité.',
    },
    blueprint: {
      name: 'Service blueprint',
      description:
        'Le blueprint de Shostack : éléments matériels, actions du client, front office, back office et soutien, séparés par les lignes d’interaction, de visibilité et d’interaction interne.',
    },
    target: {
      name: 'Parcours client cible',
      description: 'Pour un persona : à chaque étape, les irritants, les incontournables qui y répondent et les « plus » qui créent l’effet « wow ».',
    },
    empathy: {
      name: 'Carte d’empathie',
      description: 'Un persona, une situation : ce qu’il dit, pense, fait, ressent, ses irritants et ses gains.',
    },
    blank: { name: 'Tableau vierge', description: 'Trois étapes et un couloir de notes, à façonner librement.' },
  },
  stage: {
    journey: {
      discover: 'Découvrir',
      compare: 'Comparer',
      signUp: 'S’inscrire',
      firstUse: 'Première utilisation',
      getHelp: 'Obtenir de l’aide',
      renew: 'Renouveler',
    },
    blueprint: { inform: 'S’informer', book: 'Prendre rendez-vous', arrive: 'Arriver', served: 'Être servi', pay: 'Payer', followUp: 'Suivi' },
    target: { discover: 'S’informer', apply: 'Faire la demande', wait: 'Attendre la réponse', receive: 'Recevoir le service', getHelp: 'Obtenir de l’aide' },
    empathy: { situation: 'Situation' },
    blank: { s1: 'Étape 1', s2: 'Étape 2', s3: 'Étape 3' },
  },
  emotion: {
    curve: 'Courbe des émotions',
    lowest: 'Point le plus bas',
    highest: 'Point le plus haut',
    end: 'Fin',
    point: 'Émotion à l’étape {{stage}}',
    unset: 'non renseignée',
  },
  fmea: {
    title: 'Scénario du pire',
    failure: 'Défaillance possible',
    cause: 'Cause',
    severity: 'Gravité (G)',
    probability: 'Probabilité (P)',
    detection: 'Non-détection (D)',
    criticality: 'Criticité (C = G × P × D)',
    actions: 'Actions préventives',
    revised: 'Après les actions (G′ P′ D′ C′)',
    threshold: 'Seuil',
    critical: 'Critique',
    aboveThreshold: 'Au seuil ou au-dessus ({{threshold}}) : à traiter',
    invalidScore: 'Un nombre entier de 1 à 10',
  },
  target: {
    unanswered: 'Aucun incontournable ne répond à cet irritant',
    counts: 'Irritants : {{irritants}}, incontournables : {{musts}}, « plus » : {{pluses}}, irritants sans réponse : {{unanswered}}',
  },
  score: {
    metric: { nps: 'NPS', csat: 'CSAT', ces: 'CES' },
    status: { met: 'Cible atteinte', near: 'Proche de la cible', missed: 'Cible manquée', none: 'Pas de cible' },
    lowSample: 'Échantillon faible (n = {{n}}) : à lire avec prudence',
    trend: { up: 'En hausse depuis la période précédente', down: 'En baisse depuis la période précédente', flat: 'Stable depuis la période précédente' },
    better: 'mieux',
    worse: 'moins bien',
    direction: { higher: 'Plus c’est haut, mieux c’est', lower: 'Plus c’est bas, mieux c’est' },
    shortStatus: { met: 'atteinte', near: 'proche', missed: 'manquée' },
    badge: {
      target: 'cible {{value}}',
      n: 'n = {{n}}',
      up: 'en hausse depuis {{value}}',
      down: 'en baisse depuis {{value}}',
      flat: 'stable depuis {{value}}',
      lowSample: 'échantillon faible',
      top2: 'top-2-box',
      mean: 'moyenne',
      list: 'Scores',
      noScore: 'pas de score',
    },
    lane: { stageScore: 'Étape entière', chart: 'Scores de l’étape {{stage}}', empty: 'Aucun score' },
    symbols: { traffic: 'Feux tricolores', smiley: 'Smileys', weather: 'Météo' },
    legend: { trend: 'Tendance depuis la période précédente', lowSample: 'Échantillon faible (trop peu de réponses)' },
    csv: { score: '{{metric}}', period: '{{metric}} période', n: '{{metric}} n', target: '{{metric}} cible', status: '{{metric}} statut' },
  },
}

export const METHODS_STRINGS = { en: METHODS_EN, fr: METHODS_FR }
