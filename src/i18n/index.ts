// One i18n layer for the whole app (i18next: plural rules for fr/en, interpolation,
// namespaces so each feature folder registers its own strings without touching a central file).
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { useSyncExternalStore } from 'react'
import { en } from './en'
import { fr } from './fr'
import { formatNumberIn, localeFormatter } from './numbers'

export type Lang = 'fr' | 'en'
export const LANGS: Lang[] = ['en', 'fr']
const STORAGE_KEY = 'parcours:lang'

export function detectLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (saved === 'fr' || saved === 'en') return saved
  } catch {
    /* storage unavailable: fall back to the browser's language */
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en'
  return nav.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

// How every value put in a message is written: the app sets `withoutHiddenCharacters`
// (domain/text, see setValueEscape) so that a title or a name in a message can't lie.
let valueEscape: (value: string) => string = (value) => value
/** Set how every value put in a message is written (main.tsx: `withoutHiddenCharacters`). */
export function setValueEscape(escape: (value: string) => string): void {
  valueEscape = escape
}

void i18next
  .use(initReactI18next)
  .use(localeFormatter)
  .init({
    lng: detectLang(),
    fallbackLng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    // React escapes HTML (card text is never HTML); every number given to a string is written the
    // language's way, and every value put in a message goes through valueEscape.
    interpolation: { escapeValue: true, escape: (value: string) => valueEscape(value), alwaysFormat: true },
    returnNull: false,
  })

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    /* not fatal: the choice lasts for this tab */
  }
  void i18next.changeLanguage(lang)
  document.documentElement.lang = lang
}

/** Strings of one feature, registered under the default namespace with a key prefix. */
export function registerStrings(prefix: string, strings: { en: Record<string, unknown>; fr: Record<string, unknown> }): void {
  i18next.addResourceBundle('en', 'translation', { [prefix]: strings.en }, true, true)
  i18next.addResourceBundle('fr', 'translation', { [prefix]: strings.fr }, true, true)
}

export const i18n = i18next

const onLanguage = (fn: () => void) => {
  i18next.on('languageChanged', fn)
  return () => i18next.off('languageChanged', fn)
}
/**
 * The translate function, for components drawn by the thousand (board cards): one cheap
 * subscription to the language instead of react-i18next's per-component wrapper.
 */
export function useT(): (key: string, options?: Record<string, unknown>) => string {
  useSyncExternalStore(onLanguage, () => i18next.language)
  return t
}
// A string asked for without values is the same until the language or the strings change:
// kept, since a board asks for the same few (a card's name for its tag, "Empty card"...) once per
// card, and i18next's lookup is what a thousand cards would spend most of their drawing in.
const plain = new Map<string, string>()
const forget = () => plain.clear()
i18next.on('languageChanged', forget)
i18next.store.on('added', forget)
i18next.store.on('removed', forget)
export const t = (key: string, options?: Record<string, unknown>): string => {
  if (options) return i18next.t(key, options) as string
  let s = plain.get(key)
  if (s === undefined) plain.set(key, (s = i18next.t(key) as string))
  return s
}

/** A number as the interface's language writes it ("3,008" in English, "3 008" in French). */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string => formatNumberIn(i18next.language, value, options)
export { parseNumber } from './numbers'
