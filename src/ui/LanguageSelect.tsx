import { useTranslation } from 'react-i18next'
import { setLang, type Lang } from '../i18n'

/** The language switch; `compact` shows "EN" / "FR" (the board toolbar has little room). */
export function LanguageSelect({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation()
  return (
    <select
      aria-label={t('common.language')}
      title={t('common.language')}
      className={compact ? 'lang-compact' : undefined}
      value={i18n.language.startsWith('fr') ? 'fr' : 'en'}
      onChange={(e) => setLang(e.target.value as Lang)}
    >
      <option value="en">{compact ? 'EN' : 'English'}</option>
      <option value="fr">{compact ? 'FR' : 'Français'}</option>
    </select>
  )
}
