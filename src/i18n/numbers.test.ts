import { describe, expect, it } from 'vitest'
import { formatNumber, i18n, parseNumber, registerStrings } from './index'
import { formatNumberIn } from './numbers'

registerStrings('numbersTest', {
  en: { size: 'Image size: {{width}} × {{height}} px' },
  fr: { size: 'Taille de l’image : {{width}} × {{height}} px' },
})

const NNBSP = '\u202f' // French digit groups are set apart by a narrow no-break space

describe('numbers in the interface’s language', () => {
  it('writes digit groups and decimal marks the language’s way', () => {
    expect(formatNumberIn('en', 3008)).toBe('3,008')
    expect(formatNumberIn('fr', 3008)).toBe(`3${NNBSP}008`)
    expect(formatNumberIn('en', 1234.5)).toBe('1,234.5')
    expect(formatNumberIn('fr', 1234.5)).toBe(`1${NNBSP}234,5`)
  })

  it('formats every number given to a translation, in that translation’s language', () => {
    // the case a newcomer saw: "3,008 × 4,232 px" in the French export dialog
    expect(i18n.t('numbersTest.size', { width: 3008, height: 4232, lng: 'fr' })).toBe(`Taille de l’image : 3${NNBSP}008 × 4${NNBSP}232 px`)
    expect(i18n.t('numbersTest.size', { width: 3008, height: 4232, lng: 'en' })).toBe('Image size: 3,008 × 4,232 px')
    // counts keep choosing the plural form from the number itself
    expect(i18n.t('home.cards', { count: 1500, lng: 'fr' })).toBe(`1${NNBSP}500 cartes`)
    expect(i18n.t('home.cards', { count: 1, lng: 'en' })).toBe('1 card')
    // text stays text
    expect(i18n.t('home.deleted', { title: '2024', lng: 'en' })).toBe('Board “2024” deleted.')
  })

  it('formatNumber follows the language the user picked', async () => {
    const before = i18n.language
    await i18n.changeLanguage('fr')
    expect(formatNumber(0.5)).toBe('0,5')
    expect(formatNumber(-2, { signDisplay: 'exceptZero' })).toBe('-2')
    await i18n.changeLanguage('en')
    expect(formatNumber(0.5)).toBe('0.5')
    expect(formatNumber(2, { signDisplay: 'exceptZero' })).toBe('+2')
    await i18n.changeLanguage(before)
  })

  it('reads a number typed either language’s way, and refuses what is not one', () => {
    expect(parseNumber('1,5')).toBe(1.5)
    expect(parseNumber('1.5')).toBe(1.5)
    expect(parseNumber(` 1${NNBSP}200 `)).toBe(1200)
    expect(parseNumber('1 200,75')).toBe(1200.75)
    expect(parseNumber('−3')).toBe(-3)
    expect(parseNumber('12 min')).toBeNull()
    expect(parseNumber('')).toBeNull()
    expect(parseNumber('1,2,3')).toBeNull()
  })

  it('writes small integers exactly as Intl does, without creating a formatter', () => {
    for (const lang of ['en', 'fr'])
      for (let v = -999; v <= 999; v++) {
        expect(formatNumberIn(lang, v)).toBe(new Intl.NumberFormat(lang).format(v))
        expect(formatNumberIn(lang, v, { signDisplay: 'exceptZero' })).toBe(new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' }).format(v))
      }
    expect(formatNumberIn('fr', -0)).toBe('0')
    // what the short way does not cover goes to Intl
    expect(formatNumberIn('fr', 1000)).toBe(`1${NNBSP}000`)
    expect(formatNumberIn('fr', -2.5)).toBe('-2,5')
    expect(formatNumberIn('de', 12, { minimumFractionDigits: 1 })).toBe('12,0')
    expect(formatNumberIn('en', 5, { style: 'percent' })).toBe('500%')
  })
})
