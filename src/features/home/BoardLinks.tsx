// The boards of this browser as plain links, without anything that could fail to draw (no
// preview; each title read through restore and shown as it reads): what the home screen's
// error notice offers when the list itself could not be drawn.
import { useBoardSummaries } from '../../persistence/hooks'
import { boardHref } from '../../ui/router'
import { visibleText } from '../../domain/text'
import { useT } from '../../i18n'

export function BoardLinks() {
  const t = useT()
  const rows = useBoardSummaries()
  if (!rows) return null
  const title = (v: unknown) => (typeof v === 'string' && visibleText(v).trim()) || t('board.untitled')
  return (
    <ul className="board-links">
      {rows.map((row) => (
        <li key={row.id}>
          <a href={boardHref(row.id)} dir="auto">
            {title(row.title)}
          </a>
        </li>
      ))}
    </ul>
  )
}
