// The card inspector's Scores section.
import type { Board, Card } from '../../domain/types'
import { ScoreEditor } from './ScoreEditor'

export function ScoresPanel({ board, card }: { board: Board; card: Card }) {
  // a fresh editor per card: no half-filled form carries over to another card
  return <ScoreEditor key={card.id} board={board} subject={{ cardId: card.id }} />
}
