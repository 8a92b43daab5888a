import { describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import { METHODS_EN, METHODS_FR } from '../../domain/methods/methodsStrings'
import './strings'

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('methods strings', () => {
  it('French and English have the same keys, none empty', () => {
    expect(keys(METHODS_FR).sort()).toEqual(keys(METHODS_EN).sort())
    for (const tree of [METHODS_EN, METHODS_FR]) for (const k of keys(tree)) expect(k.split('.').reduce<any>((n, p) => n[p], tree)).not.toBe('')
  })

  it('are registered under methods.* in both languages', () => {
    expect(i18n.getFixedT('en')('methods.template.journey.name')).toBe('Journey map')
    expect(i18n.getFixedT('fr')('methods.template.blueprint.name')).toBe('Service blueprint')
    expect(i18n.getFixedT('fr')('methods.target.counts', { irritants: 3, musts: 2, pluses: 1, unanswered: 1 })).toBe(
      'Irritants : 3, incontournables : 2, « plus » : 1, irritants sans réponse : 1',
    )
  })
})
