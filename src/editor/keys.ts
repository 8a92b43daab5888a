// Shortcut text, written once per action in one form ("Ctrl+Shift+Z", "Alt+ArrowLeft", "N",
// "?"): read into the key and modifiers it names, matched against a key press, and split into
// the keys a dialog shows (each named in the interface's language at the edge: `keys.<name>`).

export interface ParsedShortcut {
  /** `KeyboardEvent.key` as pressed: "z", "ArrowLeft", "Delete", "?". */
  key: string
  ctrl: boolean
  shift: boolean
  alt: boolean
}

const MODIFIERS = ['Ctrl', 'Shift', 'Alt'] as const

/** "Ctrl+Shift+Z" → { key: 'z', ctrl, shift }. The last part is the key; "+" itself is not a key here. */
export function parseShortcut(text: string): ParsedShortcut {
  const parts = text.split('+')
  const key = parts.pop() ?? ''
  for (const p of parts) if (!(MODIFIERS as readonly string[]).includes(p)) throw new Error(`unknown modifier "${p}" in shortcut "${text}"`)
  return { key: key.length === 1 ? key.toLowerCase() : key, ctrl: parts.includes('Ctrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt') }
}

/** The keys of a shortcut, in order, as tokens a dialog shows one by one ("Ctrl", "Shift", "Z"). */
export function shortcutKeys(text: string): string[] {
  const p = parseShortcut(text)
  return [...(p.ctrl ? ['Ctrl'] : []), ...(p.shift ? ['Shift'] : []), ...(p.alt ? ['Alt'] : []), p.key.length === 1 ? p.key.toUpperCase() : p.key]
}

/** What a key press of this shortcut looks like (`KeyboardEvent` init): for tests and key hints. */
export function shortcutEvent(text: string): KeyboardEventInit {
  const p = parseShortcut(text)
  const letter = /^[a-z]$/.test(p.key)
  return { key: letter && p.shift ? p.key.toUpperCase() : p.key, ctrlKey: p.ctrl, shiftKey: p.shift, altKey: p.alt, bubbles: true, cancelable: true }
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/**
 * Whether a key press is this shortcut. Ctrl is Ctrl or ⌘; the modifiers must be exactly those
 * named, except Shift for a character that is typed with it on some keyboards ("?").
 */
export function isShortcut(e: KeyPress, text: string): boolean {
  const p = parseShortcut(text)
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (key !== p.key) return false
  const ctrl = e.ctrlKey || e.metaKey
  const shiftMatters = /^[a-z0-9]$/.test(p.key) || p.key.length > 1
  return ctrl === p.ctrl && e.altKey === p.alt && (!shiftMatters || e.shiftKey === p.shift)
}
