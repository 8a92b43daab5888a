// The board route: the editor, or — for a participant of a live session on a phone — the
// participant view made for thumbs.
import { BoardScreen } from '../board/BoardScreen'
import { readMembership } from '../../persistence/liveDoc'
import type { Id } from '../../domain/types'
import { PhoneBoard, usePhoneScreen } from './PhoneBoard'

export function BoardRoute({ id }: { id: Id }) {
  const phone = usePhoneScreen()
  const participant = readMembership(id)?.role === 'participant'
  return phone && participant ? <PhoneBoard key={id} id={id} /> : <BoardScreen key={id} id={id} />
}
