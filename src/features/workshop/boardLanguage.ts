// Text that becomes part of the board (a new lane's name) or of its report (the summary, the
// ranking's files) is written in the board's language, whatever the interface's is.
import type { Board } from '../../domain/types'
import { i18n } from '../../i18n'
import type { Tr } from './labels'

export const boardLang = (board: Board): 'fr' | 'en' => board.locale ?? (i18n.language?.startsWith('fr') ? 'fr' : 'en')

export function boardT(board: Board): Tr {
  const lng = boardLang(board)
  return (key, options) => i18n.t(key, { ...options, lng }) as string
}
