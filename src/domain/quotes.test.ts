import { describe, expect, it } from 'vitest'
import { isQuoted } from './quotes'

describe('isQuoted', () => {
  it('sees quotation marks of every language around the whole text', () => {
    for (const s of [
      '« Un interlocuteur qui connaît mon dossier »',
      '«Sans espaces»',
      '“Someone who knows my file”',
      '"Plain quotes"',
      '„Jemand, der mich kennt“',
      '»Guillemets allemands«',
      '‹ simples ›',
      '「日本語」',
      '  « entouré d’espaces »  ',
    ])
      expect(isQuoted(s), s).toBe(true)
  })

  it('leaves text without them, or with them only inside or on one side', () => {
    for (const s of ['Someone who knows my file', 'Elle dit « merci » souvent', '« Merci » dit-elle', 'It’s mine', '"', '«', ''])
      expect(isQuoted(s), s).toBe(false)
  })
})
