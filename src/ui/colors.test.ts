import { describe, expect, it } from 'vitest'
import { i18n } from '../i18n'
import { CARD_COLORS } from './icons'
import { colorName, unnamedColors } from './colors'

describe('sticky colour names', () => {
  it('says the colour’s name, never its code, in the interface’s language', async () => {
    expect(unnamedColors()).toEqual([])
    const before = i18n.language
    await i18n.changeLanguage('fr')
    const fr = CARD_COLORS.map(colorName)
    await i18n.changeLanguage('en')
    const en = CARD_COLORS.map(colorName)
    await i18n.changeLanguage(before)
    for (const names of [fr, en]) {
      expect(names.filter((n) => n.startsWith('#'))).toEqual([])
      expect(new Set(names).size).toBe(CARD_COLORS.length)
    }
    expect(en[0]).toBe('yellow')
    expect(fr[0]).toBe('jaune')
    // a colour from an imported file that is not in the palette keeps its code
    expect(colorName('#123456')).toBe('#123456')
  })
})
