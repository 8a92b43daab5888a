// Strings of the card side panel added since en.ts / fr.ts (merged into the "board" keys).
import { registerStrings } from '../../i18n'

registerStrings('board', {
  en: { deleteArrowTo: 'Delete the arrow to “{{card}}”', deleteArrowFrom: 'Delete the arrow from “{{card}}”' },
  fr: { deleteArrowTo: 'Supprimer la flèche vers « {{card}} »', deleteArrowFrom: 'Supprimer la flèche venant de « {{card}} »' },
})
