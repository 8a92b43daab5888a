import { useTranslation } from 'react-i18next'
import { setLang, type Lang } from '../i18n'

export function LanguageSelect() {
  const { t, i18n } = useTranslation()
  return (
    <select aria-label={t('common.language')} value={i18n.language.startsWith('fr') ? 'fr' : 'en'} onChange={(e) => setLang(e.target.value as Lang)}>
      <option value="en">English</option>
      <option value="fr">Français</option>
    </select>
  )
}
