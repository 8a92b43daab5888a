// Imported first by main.tsx: what opening a board waits for is asked for before the rest of
// the app's code is evaluated — the board's record (IndexedDB answers on its own thread
// meanwhile) and the card font (its file is fetched meanwhile).
import { parseRoute } from '../ui/router'
import { readBoardEarly } from '../persistence/earlyRead'
import { CARD_FONT } from '../canvas/measure'

const route = parseRoute(location.hash)
if (route.name === 'board') {
  readBoardEarly(route.id)
  document.fonts
    ?.load?.(CARD_FONT)
    .then(() => performance.mark?.('parcours:font'))
    .catch(() => null)
}
