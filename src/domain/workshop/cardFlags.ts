// What a card shows of the workshop: who wrote it, and during a vote whether it can get dots and
// how many it has (all of them, unless hidden until the end; and the voting participant's own).
import type { Card, Board, Id } from '../types'
import { dotsByCard, isVotable, openVoting } from './voting'

export interface WorkshopCardFlags {
  author?: string
  votable?: boolean
  /** Set only when the counts are shown. */
  dots?: number
  myDots?: number
  /** The voting participant's name. */
  voter?: string
  dimmed?: boolean
}

/** Flags of each card, or null when the board has nothing of a workshop to show. */
export function workshopFlags(board: Board, voterId: Id | null): ((card: Card) => WorkshopCardFlags) | null {
  const w = board.workshop
  if (!w) return null
  const names = w.anonymous ? null : new Map((w.participants ?? []).map((p) => [p.id, p.name]))
  const voting = openVoting(board)
  const byCard = voting ? dotsByCard(board, voting) : null
  const voter = voterId ? (w.participants ?? []).find((p) => p.id === voterId) : undefined
  if (!names && !voting) return null
  return (card) => {
    const f: WorkshopCardFlags = {}
    const author = card.authorId && names?.get(card.authorId)
    if (author) f.author = author
    if (voting && byCard) {
      const votable = isVotable(board, voting, card)
      f.votable = votable
      if (!votable) f.dimmed = true
      const dots = byCard.get(card.id) ?? []
      if (!voting.hideCounts && dots.length) f.dots = dots.length
      if (voter) {
        const mine = dots.filter((d) => d.participantId === voter.id).length
        if (mine) {
          f.myDots = mine
          f.voter = voter.name
        }
      }
    }
    return f
  }
}
