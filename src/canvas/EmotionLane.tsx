// The emotion curve drawn in its lane (filled in by the methods work).
import type { Board } from '../domain/types'

export function EmotionLane(_props: { board: Board; laneHeight: number }) {
  return null
}
