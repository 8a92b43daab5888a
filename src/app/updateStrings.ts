import { registerStrings } from '../i18n'

registerStrings('update', {
  en: {
    ready: 'A new version of Parcours is ready.',
    reload: 'Reload',
    later: 'Later',
    saving: 'Saving your last edits, then reloading…',
    unsaved: 'Your last edits are not saved yet: Parcours will reload once they are.',
  },
  fr: {
    ready: 'Une nouvelle version de Parcours est prête.',
    reload: 'Recharger',
    later: 'Plus tard',
    saving: 'Enregistrement de vos dernières modifications, puis rechargement…',
    unsaved: 'Vos dernières modifications ne sont pas encore enregistrées : Parcours rechargera dès qu’elles le seront.',
  },
})
