// The Keyboard shortcuts dialog and the help menu: action names, groups, and the keys' names as
// each language prints them on keyboards (Maj, Suppr, Entrée, Échap in French).
import { registerStrings } from '../../i18n'

const en = {
  help: 'Help',
  title: 'Keyboard shortcuts',
  intro: 'Press Tab until the board has the focus to use the board keys. Press ? on a board to see this list again.',
  close: 'Close',
  or: 'or',
  column: { action: 'Action', keys: 'Keys', where: 'Where' },
  scope: { board: 'Anywhere on the board', canvas: 'Board focused', cardEditor: 'Editing a card' },
  group: { history: 'Undo and redo', cards: 'Cards', navigate: 'Moving around', board: 'Stages and lanes', view: 'View', help: 'Help', general: 'Other' },
  action: {
    open: 'Show the keyboard shortcuts',
    edit: 'Edit the card, or add one in an empty cell',
    finishEditing: 'Finish editing the card',
    clearSelection: 'Clear the selection',
    cursor: {
      left: 'Go to the stage on the left',
      right: 'Go to the stage on the right',
      up: 'Go up (the card or lane above)',
      down: 'Go down (the card or lane below)',
    },
    nudge: {
      left: 'Move the card to the stage on the left',
      right: 'Move the card to the stage on the right',
      up: 'Move the card to the lane above',
      down: 'Move the card to the lane below',
    },
  },
  key: {
    Ctrl: 'Ctrl',
    Shift: 'Shift',
    Alt: 'Alt',
    Enter: 'Enter',
    Escape: 'Esc',
    Delete: 'Delete',
    Backspace: 'Backspace',
    ArrowLeft: '←',
    ArrowRight: '→',
    ArrowUp: '↑',
    ArrowDown: '↓',
    Space: 'Space',
  },
  keyName: { ArrowLeft: 'Left arrow', ArrowRight: 'Right arrow', ArrowUp: 'Up arrow', ArrowDown: 'Down arrow', '?': 'Question mark' },
}

const fr: typeof en = {
  help: 'Aide',
  title: 'Raccourcis clavier',
  intro: 'Appuyez sur Tab jusqu’à ce que le tableau ait le focus pour utiliser ses touches. Appuyez sur ? sur un tableau pour revoir cette liste.',
  close: 'Fermer',
  or: 'ou',
  column: { action: 'Action', keys: 'Touches', where: 'Où' },
  scope: { board: 'Partout sur le tableau', canvas: 'Tableau actif (focus)', cardEditor: 'Pendant la saisie d’une carte' },
  group: {
    history: 'Défaire et rétablir',
    cards: 'Cartes',
    navigate: 'Se déplacer',
    board: 'Étapes et couloirs',
    view: 'Affichage',
    help: 'Aide',
    general: 'Autres',
  },
  action: {
    open: 'Afficher les raccourcis clavier',
    edit: 'Modifier la carte, ou en ajouter une dans une case vide',
    finishEditing: 'Terminer la saisie de la carte',
    clearSelection: 'Désélectionner',
    cursor: {
      left: 'Aller à l’étape de gauche',
      right: 'Aller à l’étape de droite',
      up: 'Monter (carte ou couloir au-dessus)',
      down: 'Descendre (carte ou couloir en dessous)',
    },
    nudge: {
      left: 'Déplacer la carte vers l’étape de gauche',
      right: 'Déplacer la carte vers l’étape de droite',
      up: 'Déplacer la carte vers le couloir du dessus',
      down: 'Déplacer la carte vers le couloir du dessous',
    },
  },
  key: {
    Ctrl: 'Ctrl',
    Shift: 'Maj',
    Alt: 'Alt',
    Enter: 'Entrée',
    Escape: 'Échap',
    Delete: 'Suppr',
    Backspace: 'Retour arrière',
    ArrowLeft: '←',
    ArrowRight: '→',
    ArrowUp: '↑',
    ArrowDown: '↓',
    Space: 'Espace',
  },
  keyName: { ArrowLeft: 'Flèche gauche', ArrowRight: 'Flèche droite', ArrowUp: 'Flèche haut', ArrowDown: 'Flèche bas', '?': 'Point d’interrogation' },
}

export const SHORTCUT_STRINGS = { en, fr }
registerStrings('shortcuts', SHORTCUT_STRINGS)
