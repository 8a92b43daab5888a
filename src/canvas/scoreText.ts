// A score badge's accessible name, in the interface's language: "NPS +25, n = 100, ±15,
// target +30, missed, up from +20" — everything the badge shows, and what it only hints at.
import type { ScoreBadge } from '../domain/methods/scoreFormat'

type T = (key: string, options?: Record<string, unknown>) => string

export function badgeLabel(b: ScoreBadge, t: T, locale: string): string {
  const parts = [`${b.metric} ${b.value === '–' ? t('methods.score.badge.noScore') : b.value}`]
  if (b.method) parts[0] += ` (${t(`methods.score.badge.${b.method}`)})`
  if (b.n !== null) parts.push(t('methods.score.badge.n', { n: new Intl.NumberFormat(locale).format(b.n) }))
  if (b.margin) parts.push(b.margin)
  if (b.target) parts.push(t('methods.score.badge.target', { value: b.target }))
  if (b.status !== 'none') parts.push(t(`methods.score.shortStatus.${b.status}`))
  if (b.trend && b.previous) parts.push(t(`methods.score.badge.${b.trend}`, { value: b.previous }))
  if (b.lowSample) parts.push(t('methods.score.badge.lowSample'))
  return parts.join(', ')
}
