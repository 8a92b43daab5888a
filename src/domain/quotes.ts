// Quotation marks of the languages our users write in, opening → closing: English “…” and
// ‘…’, French « … » and ‹ … ›, German „…“ and »…«, Polish „…”, Swedish ”…”, typewriter "…"
// and '…', Japanese 「…」.
const PAIRS: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['‹', '›'],
  ['„', '“'],
  ['„', '”'],
  ['»', '«'],
  ['›', '‹'],
  ['”', '”'],
  ['’', '’'],
  ['"', '"'],
  ["'", "'"],
  ['「', '」'],
  ['『', '』'],
]

/** The text already stands between quotation marks (of any language): showing it as a quote adds none. */
export function isQuoted(text: string): boolean {
  const s = text.trim()
  if (s.length < 2) return false
  return PAIRS.some(([open, close]) => s.startsWith(open) && s.endsWith(close))
}
