// Every string of the scores features exists in French and in English.
import { describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import '../methods/strings'
import './strings'

const paths = (o: unknown, prefix = ''): string[] =>
  typeof o === 'object' && o !== null ? Object.entries(o).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k)) : [prefix]

describe('scores strings', () => {
  it.each(['scores', 'surveyImport', 'mapping', 'restore'])('%s: the same keys in both languages, none empty', (ns) => {
    const en = i18n.getResourceBundle('en', 'translation')[ns]
    const fr = i18n.getResourceBundle('fr', 'translation')[ns]
    expect(paths(fr).sort()).toEqual(paths(en).sort())
    for (const p of paths(fr))
      expect(
        p.split('.').reduce((o: Record<string, unknown>, k) => o[k] as Record<string, unknown>, fr),
        p,
      ).not.toBe('')
  })
  it('the Scores lane role is named in both languages', () => {
    expect(i18n.t('role.scores', { lng: 'en' })).toBe('Scores')
    expect(i18n.t('role.scores', { lng: 'fr' })).toBe('Scores')
    expect(i18n.t('mapping.zone.urgent', { lng: 'fr' })).toBe('Zone d’urgence')
    expect(i18n.t('mapping.zone.medium', { lng: 'fr' })).toBe('Actions à moyen terme')
  })
})
