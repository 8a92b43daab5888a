// The board route: the editor, or — for a participant of a live session on a phone — the
// participant view made for thumbs.
import { BoardScreen } from '../board/BoardScreen'
import { lazyComponent } from '../../ui/lazyComponent'
import { readMembership } from '../../persistence/liveMembership'
import type { Id } from '../../domain/types'
import { usePhoneScreen } from './phoneScreen'

// the participant's phone view comes when a phone opens a board of a room, not with the app
const PhoneBoard = lazyComponent(() => import('./PhoneBoard').then((m) => m.PhoneBoard))

export function BoardRoute({ id }: { id: Id }) {
  const phone = usePhoneScreen()
  const participant = readMembership(id)?.role === 'participant'
  return phone && participant ? <PhoneBoard key={id} id={id} /> : <BoardScreen key={id} id={id} />
}
