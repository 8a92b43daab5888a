// @vitest-environment jsdom
// Every string of the app, as registered by the features: checks on the words themselves.
import { describe, expect, it } from 'vitest'
import { i18n } from '../i18n'
import '../features/register'

function leaves(obj: unknown, path = ''): [string, string][] {
  if (typeof obj === 'string') return [[path, obj]]
  if (!obj || typeof obj !== 'object') return []
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
}
const strings = (lang: 'en' | 'fr') => leaves(i18n.getResourceBundle(lang, 'translation'))
const firstWord = (s: string) => s.split(/[\s(:]/)[0].toLowerCase()

describe('the words of the interface', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`never names Undo and Cancel with the same word (${lang})`, () => {
      const all = strings(lang)
      const undo = all.filter(([k]) => /(^|\.)undo(Step|Delete)?$/.test(k))
      const cancel = all.filter(([k]) => /(^|\.)cancel$/.test(k))
      expect(undo.length).toBeGreaterThan(2)
      expect(cancel.length).toBeGreaterThan(2)
      const cancelWords = new Set(cancel.map(([, v]) => firstWord(v)))
      expect(undo.filter(([, v]) => cancelWords.has(firstWord(v)))).toEqual([])
    })
  }

  it('says Défaire / Rétablir for undo and redo in French, Annuler for cancel', () => {
    const fr = new Map(strings('fr'))
    expect(fr.get('common.undo')).toBe('Défaire')
    expect(fr.get('common.redo')).toBe('Rétablir')
    expect(fr.get('common.cancel')).toBe('Annuler')
  })
})
