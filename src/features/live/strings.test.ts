// Every string of live sessions exists in French and in English.
import { describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import './strings'

const paths = (o: unknown, prefix = ''): string[] =>
  typeof o === 'object' && o !== null ? Object.entries(o).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k)) : [prefix]

describe('live strings', () => {
  it('the same keys in both languages, none empty', () => {
    const en = i18n.getResourceBundle('en', 'translation').live
    const fr = i18n.getResourceBundle('fr', 'translation').live
    expect(paths(fr).sort()).toEqual(paths(en).sort())
    for (const p of paths(fr))
      expect(
        p.split('.').reduce((o: Record<string, unknown>, k) => o[k] as Record<string, unknown>, fr),
        p,
      ).not.toBe('')
  })
  it('the phone counts dots in both languages', () => {
    expect(i18n.t('live.phone.dotsLeft', { lng: 'en', count: 1 })).toBe('You have 1 dot left')
    expect(i18n.t('live.phone.dotsLeft', { lng: 'en', count: 2 })).toBe('You have 2 dots left')
    expect(i18n.t('live.phone.dotsLeft', { lng: 'fr', count: 0 })).toBe('Il vous reste 0 gommette')
    expect(i18n.t('live.phone.dotsLeft', { lng: 'fr', count: 3 })).toBe('Il vous reste 3 gommettes')
  })
})
