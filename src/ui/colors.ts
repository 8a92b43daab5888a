// The sticky colours have names, so a screen reader says "Colour yellow", not "#fff8c5".
import { registerStrings, t } from '../i18n'
import { CARD_COLORS } from './icons'

const NAMES: Record<string, string> = {
  '#fff8c5': 'yellow',
  '#ffe0e0': 'pink',
  '#e3f2fd': 'blue',
  '#e8f5e9': 'green',
  '#f3e5f5': 'purple',
  '#fff3e0': 'orange',
  '#eceff1': 'grey',
  '#ffffff': 'white',
}

export const colorStrings = {
  en: { yellow: 'yellow', pink: 'pink', blue: 'blue', green: 'green', purple: 'purple', orange: 'orange', grey: 'grey', white: 'white', none: 'No colour' },
  fr: { yellow: 'jaune', pink: 'rose', blue: 'bleu', green: 'vert', purple: 'violet', orange: 'orange', grey: 'gris', white: 'blanc', none: 'Aucune couleur' },
}
registerStrings('color', colorStrings)

/** The word for a sticky colour in the interface's language (a colour outside the palette keeps its code). */
export function colorName(hex: string): string {
  const key = NAMES[hex.toLowerCase()]
  return key ? t(`color.${key}`) : hex
}

/** The palette's colours that have no name (a test keeps this empty). */
export const unnamedColors = (): string[] => CARD_COLORS.filter((c) => !NAMES[c.toLowerCase()])
