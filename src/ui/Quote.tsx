import { useTranslation } from 'react-i18next'
import { isQuoted } from '../domain/quotes'
import { registerStrings } from '../i18n'

// The marks are text, not CSS generated content: what is read, selected and exported is
// what is seen.
registerStrings('quote', {
  en: { open: '“', close: '”' },
  fr: { open: '«\u00a0', close: '\u00a0»' },
})

/**
 * Someone's words, between the quotation marks of the interface's language, unless they
 * were typed with their own: « … » is never shown as «« … »».
 */
export function Quote({ text, className }: { text: string; className?: string }) {
  const { t } = useTranslation()
  const words = text.trim()
  return (
    <q className={className} style={{ quotes: 'none' }}>
      {isQuoted(words) ? words : `${t('quote.open')}${words}${t('quote.close')}`}
    </q>
  )
}
