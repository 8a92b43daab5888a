// Numbers as the interface's language writes them ("3,008.5" in English, "3 008,5" in
// French): one helper, used by every number the app shows, and by i18next for every number
// passed to a translation.
import type { FormatterModule } from 'i18next'

const cache = new Map<string, Intl.NumberFormat>()

function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${lang}|${JSON.stringify(options)}` : lang
  let f = cache.get(key)
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang, options)
    } catch {
      f = new Intl.NumberFormat('en', options) // an unknown language code: still a number
    }
    cache.set(key, f)
  }
  return f
}

/** `value` written in `lang`'s way (grouping, decimal mark, minus sign). */
export function formatNumberIn(lang: string, value: number, options?: Intl.NumberFormatOptions): string {
  return small(lang, value, options) ?? numberFormat(lang, options).format(value)
}

/**
 * An integer below a thousand, in French or English, with no option but the sign: written as
 * Intl would (no grouping, no decimals, the ASCII minus both languages use; numbers.test.ts
 * checks every one against Intl), without creating an Intl.NumberFormat — the first one loads
 * the browser's locale data, tens of milliseconds spent while a board is drawn.
 */
function small(lang: string, value: number, options?: Intl.NumberFormatOptions): string | null {
  if (!Number.isInteger(value) || value <= -1000 || value >= 1000) return null
  if (lang !== 'en' && lang !== 'fr') return null
  const signed = !!options && Object.keys(options).length > 0
  if (signed && (Object.keys(options).length !== 1 || options.signDisplay !== 'exceptZero')) return null
  const n = value === 0 ? 0 : value // -0 is written 0
  return signed && n > 0 ? `+${n}` : String(n)
}

/**
 * A number typed by a user, in either language's way: "1,5" and "1.5" are one and a half,
 * spaces between digit groups are ignored. Null when it is not a number.
 */
export function parseNumber(text: string): number | null {
  const s = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace('−', '-')
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return null
  const n = Number(s.replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

/**
 * i18next's formatter: every number given to a translation (`{{count}} cards`, `{{width}} px`)
 * is written in the translation's language; dates too. Other values are left as they are.
 * (A number that must stay as typed, like a year or an id, is passed as a string.)
 */
export const localeFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value, _format, lng) {
    const lang = lng ?? 'en'
    if (typeof value === 'number') return formatNumberIn(lang, value)
    if (value instanceof Date) return new Intl.DateTimeFormat(lang).format(value)
    return value
  },
}
