// Names of the worst-case scenario's fields, in the UI language.
import type { FmeaField } from '../../domain/methods/fmea'
import type { Board, Card } from '../../domain/types'

type T = (key: string, options?: Record<string, unknown>) => string

export const SCORE_FIELDS = ['severity', 'probability', 'detection'] as const
export const REVISED_FIELDS = ['revised.severity', 'revised.probability', 'revised.detection'] as const

/** Full name of a score field ("Severity (G)", "Severity after the actions (G′)"). */
export function fieldName(t: T, field: FmeaField): string {
  switch (field) {
    case 'severity':
    case 'probability':
    case 'detection':
      return t(`methods.fmea.${field}`)
    case 'revised.severity':
      return t('fmeaView.revisedSeverity')
    case 'revised.probability':
      return t('fmeaView.revisedProbability')
    case 'revised.detection':
      return t('fmeaView.revisedDetection')
  }
}

/** Short column heading: G, P, D, G′, P′, D′. */
export const shortName = (t: T, field: FmeaField): string =>
  ({
    severity: t('fmeaView.G'),
    probability: t('fmeaView.P'),
    detection: t('fmeaView.D'),
    'revised.severity': t('fmeaView.G2'),
    'revised.probability': t('fmeaView.P2'),
    'revised.detection': t('fmeaView.D2'),
  })[field]

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s)

/** How a card is named in labels and messages: its text, or "Empty card". */
export const cardName = (t: T, text: string): string => clip(text.trim() || t('board.emptyCard'), 50)

/** "Stage · card text", as the add-a-failure list shows each card. */
export const cardOption = (t: T, board: Board, card: Card): string =>
  `${board.stages.find((s) => s.id === card.stageId)?.name ?? ''} · ${cardName(t, card.text)}`
