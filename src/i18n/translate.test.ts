import { describe, expect, it } from 'vitest'
import { i18n, registerStrings, t } from './index'

describe('t, the translate function of the cards', () => {
  it('answers a string asked again in the language chosen since, and a string registered since', async () => {
    const before = i18n.language
    await i18n.changeLanguage('en')
    expect(t('translateTest.late')).toBe('translateTest.late') // not registered yet: its key
    expect(t('board.emptyCard')).toBe('Empty card')
    await i18n.changeLanguage('fr')
    expect(t('board.emptyCard')).toBe('Carte vide')
    registerStrings('translateTest', { en: { late: 'Late' }, fr: { late: 'Tardive' } })
    expect(t('translateTest.late')).toBe('Tardive')
    await i18n.changeLanguage('en')
    expect(t('translateTest.late')).toBe('Late')
    // values are never kept: each call writes its own
    expect(t('home.cards', { count: 2 })).toBe('2 cards')
    expect(t('home.cards', { count: 1 })).toBe('1 card')
    await i18n.changeLanguage(before)
  })
})
