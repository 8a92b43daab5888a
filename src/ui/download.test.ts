// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fileSlug } from './download'

describe('fileSlug', () => {
  it('leaves bidi controls and invisible characters out of download names', () => {
    expect(fileSlug('Invoice\u202Efdp.exe')).toBe('invoice-fdp-exe')
    expect(fileSlug('Pay\u200Bpal\uFEFF \u2066report\u2069')).toBe('pay-pal-report')
    expect(fileSlug('\u202E\u200B')).toBe('board')
  })
})
