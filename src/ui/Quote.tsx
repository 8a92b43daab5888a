import { isQuoted } from '../domain/quotes'

/**
 * Someone's words, between the quotation marks of the interface's language (the browser's
 * `<q>`), unless they were typed with their own: « … » is never shown as «« … »».
 */
export function Quote({ text, className }: { text: string; className?: string }) {
  return (
    <q className={className} style={isQuoted(text) ? { quotes: 'none' } : undefined}>
      {text}
    </q>
  )
}
