// Strings of the canvas's own controls (React Flow's zoom buttons speak English otherwise).
import { registerStrings } from '../i18n'

registerStrings('canvas', {
  en: { controls: 'View controls', fitView: 'Fit view' },
  fr: { controls: 'Commandes de la vue', fitView: 'Voir tout le tableau' },
})
