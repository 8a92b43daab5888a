// Text that can't lie: what a title or a name shows must be what it says. Bidirectional
// controls (embeddings, overrides, isolates, marks) reorder the characters around them —
// `Invoice` + U+202E + `fdp.exe` reads "Invoiceexe.pdf" — and invisible characters hide or
// fake differences between two names. `visibleText` removes both; the stored text is left as
// it is (nothing is lost), and the app shows titles, names and file names through it.

// U+202A–202E embeddings and overrides, U+2066–2069 isolates, U+200E/200F/061C marks.
const BIDI = '\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C'
// Zero-width and invisible: U+200B ZWSP, U+200C ZWNJ, U+2060 word joiner, U+2061–2064
// invisible operators, U+FEFF, U+180E, U+00AD soft hyphen, U+034F grapheme joiner, Hangul fillers.
const INVISIBLE = '\\u200B\\u200C\\u2060-\\u2064\\uFEFF\\u180E\\u00AD\\u034F\\u115F\\u1160\\u3164\\uFFA0'
const HIDDEN = new RegExp(`[${BIDI}${INVISIBLE}]`, 'gu')
// A zero-width joiner is kept only where it joins two emoji into one (👩‍💻).
const LONE_ZWJ = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu
// Line breaks, tabs and other control characters in a one-line text read as one space.
// oxlint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/gu

/** `text` without the characters that reorder or hide it (line breaks are kept). */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN, '').replace(LONE_ZWJ, '')
}

/**
 * A title or a name as it reads: without characters that reorder or hide it, on one line.
 * Not a text at all (a damaged record) reads as nothing.
 */
export function visibleText(text: string): string {
  if (typeof text !== 'string') return ''
  return withoutHiddenCharacters(text).replace(CONTROL, ' ')
}

/** Does `text` hold characters that `visibleText` removes (bidi controls, invisible characters)? */
export function hasHiddenCharacters(text: string): boolean {
  return withoutHiddenCharacters(text) !== text
}
