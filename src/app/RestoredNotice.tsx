// "The browser lost Parcours's database; these boards came back from the safety copy": shown
// once after the database was found empty of boards that the safety copy holds (see
// persistence/safetyCopy.ts), with a backup download and what to check.
import { useEffect, useState } from 'react'
import { registerStrings, useT } from '../i18n'
import { visibleText } from '../domain/text'
import { dismissRestoredFromCopy, onRestoredFromCopy, restoredFromCopy, type RestoredFromCopy } from '../persistence/safetyCopy'
import { downloadWorkspaceBackup } from '../features/io/BackupTools'
import './restoredNotice.css'

registerStrings('restored', {
  en: {
    title: 'This browser lost Parcours’s database (it was damaged, by a crash for instance).',
    boards_one: '{{count}} board was brought back from Parcours’s safety copy: {{titles}}.',
    boards_other: '{{count}} boards were brought back from Parcours’s safety copy: {{titles}}.',
    personas_one: '{{count}} persona too.',
    personas_other: '{{count}} personas too.',
    check: 'Check your very last edits, and keep a backup file.',
    backup: 'Download a backup of every board',
    dismiss: 'Dismiss',
    untitled: 'Untitled board',
    quoted: '“{{title}}”',
  },
  fr: {
    title: 'Ce navigateur a perdu la base de données de Parcours (elle a été endommagée, par un plantage par exemple).',
    boards_one: '{{count}} tableau a été récupéré depuis la copie de sécurité de Parcours : {{titles}}.',
    boards_other: '{{count}} tableaux ont été récupérés depuis la copie de sécurité de Parcours : {{titles}}.',
    personas_one: '{{count}} persona aussi.',
    personas_other: '{{count}} personas aussi.',
    check: 'Vérifiez vos toutes dernières modifications, et gardez un fichier de sauvegarde.',
    backup: 'Télécharger une sauvegarde de tous les tableaux',
    dismiss: 'Fermer',
    untitled: 'Tableau sans titre',
    quoted: '« {{title}} »',
  },
})

export function RestoredNotice() {
  const t = useT()
  const [restored, setRestored] = useState<RestoredFromCopy | null>(restoredFromCopy)
  useEffect(() => onRestoredFromCopy(setRestored), [])
  if (!restored) return null
  const titles = restored.boards.map((b) => t('restored.quoted', { title: visibleText(b.title).trim() || t('restored.untitled') })).join(', ')
  const dismiss = () => {
    dismissRestoredFromCopy()
    setRestored(null)
  }
  return (
    <div className="restored-notice" role="alert" data-testid="restored-notice">
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>{t('restored.title')}</strong>
      </p>
      {restored.boards.length > 0 && <p>{t('restored.boards', { count: restored.boards.length, titles })}</p>}
      {restored.personas > 0 && <p>{t('restored.personas', { count: restored.personas })}</p>}
      <p>{t('restored.check')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void downloadWorkspaceBackup(t)}>
          {t('restored.backup')}
        </button>
        <button type="button" onClick={dismiss}>
          {t('restored.dismiss')}
        </button>
      </div>
    </div>
  )
}
