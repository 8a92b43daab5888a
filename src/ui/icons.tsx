// Symbols drawn as inline SVG, so they look the same on every machine, in every export,
// and in black-and-white print (colour is never the only signal).
import type { CardTag } from '../domain/types'
import { SCORE_MARKUP, type ScoreSymbolName } from './scoreSymbols'

export type SymbolName =
  | CardTag
  | 'fail'
  | 'wait'
  | 'assumption'
  | 'fact'
  | 'moment-positive'
  | 'moment-negative'
  | 'vote'
  | 'duration'
  | 'link'
  | 'critical'
  | 'unanswered'
  | ScoreSymbolName

// Each symbol's drawing, once, as SVG markup in a 24 × 24 box; `currentColor` is its colour.
const MARKUP: Record<SymbolName, string> = {
  ...SCORE_MARKUP,
  // warning triangle with "!"
  irritant: '<path d="M12 2.5 22.5 21h-21z" fill="currentColor"/><path d="M11 9h2v6h-2zm0 8h2v2h-2z" fill="#fff"/>',
  // five-point star
  wow: '<path d="m12 2 3 6.6 7.2.8-5.4 4.9 1.5 7.1L12 17.8l-6.3 3.6 1.5-7.1L1.8 9.4 9 8.6z" fill="currentColor"/>',
  // diamond with "!"
  must: '<path d="M12 1.5 22.5 12 12 22.5 1.5 12z" fill="currentColor"/><path d="M11 6.5h2v7h-2zm0 9h2v2h-2z" fill="#fff"/>',
  // light bulb
  idea: '<path d="M12 2a7 7 0 0 0-4 12.7V18h8v-3.3A7 7 0 0 0 12 2z" fill="currentColor"/><path d="M9 19.5h6V22H9z" fill="currentColor"/>',
  // circle with "?"
  question:
    '<circle cx="12" cy="12" r="10.5" fill="currentColor"/><path d="M9.2 9.3a2.9 2.9 0 1 1 4.3 2.5c-.9.5-1.5 1-1.5 2.2v.5" stroke="#fff" stroke-width="2" fill="none"/><path d="M11 16.5h2v2h-2z" fill="#fff"/>',
  // bullseye
  touchpoint: '<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2.5"/><circle cx="12" cy="12" r="4.5" fill="currentColor"/>',
  // lightning bolt in a square: fail point
  fail: '<rect x="1.5" y="1.5" width="21" height="21" rx="3" fill="currentColor"/><path d="M13.5 3.5 6.5 13.5h4.5l-1.5 7 7-10h-4.5z" fill="#fff"/>',
  // hourglass: wait point
  wait: '<path d="M5 2h14v2h-1.5c0 3.5-2.5 5.5-4 8 1.5 2.5 4 4.5 4 8H19v2H5v-2h1.5c0-3.5 2.5-5.5 4-8-1.5-2.5-4-4.5-4-8H5z" fill="currentColor"/>',
  // circled S: assumption to verify
  assumption:
    '<circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2.5"/><text x="12" y="17" text-anchor="middle" font-size="14" font-weight="700" fill="currentColor" font-family="Arial, sans-serif">S</text>',
  // check mark: fact
  fact: '<path d="M3 12.5 9 18.5 21 5.5" stroke="currentColor" stroke-width="3.2" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
  'moment-positive': '<circle cx="12" cy="12" r="10.5" fill="currentColor"/><path d="M7 12h10M12 7v10" stroke="#fff" stroke-width="2.6"/>',
  'moment-negative':
    '<circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M7 12h10" stroke="currentColor" stroke-width="2.6"/>',
  vote: '<circle cx="12" cy="12" r="8" fill="currentColor"/>',
  duration:
    '<circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2.2"/><path d="M12 6.5V12l4 2.5" stroke="currentColor" stroke-width="2.2" fill="none"/>',
  link: '<path d="M3 12h15m-5-5 5 5-5 5" stroke="currentColor" stroke-width="2.4" fill="none"/>',
  // octagon with "!": above the FMEA threshold
  critical: '<path d="M8 1.5h8L22.5 8v8L16 22.5H8L1.5 16V8z" fill="currentColor"/><path d="M11 6h2v8h-2zm0 10h2v2h-2z" fill="#fff"/>',
  // circle slashed: irritant with no answering must
  unanswered:
    '<circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="m5.5 5.5 13 13" stroke="currentColor" stroke-width="2.5"/>',
}

/** A symbol's drawing as SVG markup in a 24 × 24 box, in one colour (for the SVG exports). */
export const symbolMarkup = (name: SymbolName, color: string = SYMBOL_INK): string => MARKUP[name].replace(/currentColor/g, color)

/** The colour symbols take on a card (its text colour). */
export const SYMBOL_INK = '#1b2430'

const images = new Map<string, string>()
/** A symbol as an image (data URL) in one colour. */
export function symbolImage(name: SymbolName, color: string = SYMBOL_INK): string {
  const key = `${name}|${color}`
  let url = images.get(key)
  if (!url) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" color="${color}">${MARKUP[name]}</svg>`
    url = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg)
    images.set(key, url)
  }
  return url
}

/**
 * A symbol. By default an inline SVG in the colour of the text around it; `asImage` draws it
 * as one image instead (the cards: a thousand inline SVGs make every frame of a drag slower to
 * composite), in `color` or the cards' ink.
 */
export function Symbol({
  name,
  size = 16,
  title,
  color,
  asImage = false,
}: {
  name: SymbolName
  size?: number
  title?: string
  color?: string
  asImage?: boolean
}) {
  if (asImage) {
    return (
      <img
        src={symbolImage(name, color)}
        width={size}
        height={size}
        alt={title ?? ''}
        title={title}
        aria-hidden={title ? undefined : true}
        className="symbol"
        data-symbol={name}
        draggable={false}
      />
    )
  }
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      role={title ? 'img' : undefined}
      aria-label={title}
      aria-hidden={title ? undefined : true}
      style={{ color, flex: 'none', verticalAlign: 'middle' }}
      data-symbol={name}
      dangerouslySetInnerHTML={{ __html: (title ? `<title>${escapeXml(title)}</title>` : '') + MARKUP[name] }}
    />
  )
}

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** Colour of each tag; always shown with its symbol too. */
export const TAG_COLORS: Record<CardTag, string> = {
  irritant: '#c62828',
  wow: '#7b1fa2',
  must: '#1565c0',
  idea: '#b7791f',
  question: '#d84315',
  touchpoint: '#00796b',
}

/** Sticky colours offered in the card inspector (light enough for black text). */
export const CARD_COLORS = ['#fff8c5', '#ffe0e0', '#e3f2fd', '#e8f5e9', '#f3e5f5', '#fff3e0', '#eceff1', '#ffffff']

/**
 * The interface's own glyphs (back, undo, a menu's caret…), drawn as inline SVG rather than as
 * characters: the app's font does not have them, and the first screen that shows one waits for
 * the system to find a font that does (tens of milliseconds at a board's open, docs/bench.md).
 */
export type UiIconName = 'back' | 'undo' | 'redo' | 'check' | 'play' | 'caret' | 'on' | 'off'
const S = 'stroke="currentColor" stroke-width="2.4" fill="none" stroke-linecap="round" stroke-linejoin="round"'
const UI_MARKUP: Record<UiIconName, string> = {
  back: `<path d="M20 12H5m6-6.5L4.5 12l6.5 6.5" ${S}/>`,
  undo: `<path d="M8.5 4.5 4 9l4.5 4.5" ${S}/><path d="M4.5 9h10a5.5 5.5 0 0 1 0 11H9" ${S}/>`,
  redo: `<path d="M15.5 4.5 20 9l-4.5 4.5" ${S}/><path d="M19.5 9h-10a5.5 5.5 0 0 0 0 11H15" ${S}/>`,
  check: `<path d="M4 12.5 9.5 18 20 6.5" ${S} stroke-width="3"/>`,
  play: '<path d="M7 4.5v15l12-7.5z" fill="currentColor"/>',
  caret: '<path d="M6 9.5h12l-6 7z" fill="currentColor"/>',
  on: '<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.2"/><circle cx="12" cy="12" r="4.5" fill="currentColor"/>',
  off: '<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.2"/>',
}

/** One of the interface's glyphs, inline, in the colour of the text around it; never read out (the control it sits in has a name). */
export function UiIcon({ name, size = 14 }: { name: UiIconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden
      className="ui-icon"
      data-icon={name}
      dangerouslySetInnerHTML={{ __html: UI_MARKUP[name] }}
    />
  )
}
