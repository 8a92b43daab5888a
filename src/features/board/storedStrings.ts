// Strings about how a board is stored: a board written by a newer version of the app.
import { registerStrings } from '../../i18n'

registerStrings('stored', {
  en: {
    newer:
      'This board was saved by a newer version of Parcours. It opens read-only here so that nothing it holds is lost: edits are not saved. Download it as a file, or open it with the newer version.',
    newerTag: 'Newer version — read-only',
    newerAction: 'Saved by a newer version of Parcours: read-only here',
    readOnly: 'Read-only',
  },
  fr: {
    newer:
      'Ce tableau a été enregistré par une version plus récente de Parcours. Il s’ouvre ici en lecture seule pour que rien de ce qu’il contient ne soit perdu : les modifications ne sont pas enregistrées. Téléchargez-le dans un fichier, ou ouvrez-le avec la version récente.',
    newerTag: 'Version plus récente — lecture seule',
    newerAction: 'Enregistré par une version plus récente de Parcours : lecture seule ici',
    readOnly: 'Lecture seule',
  },
})
