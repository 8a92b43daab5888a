// The boards of this browser as plain links, read without anything that could fail to draw
// (no preview, every field checked): what the home screen's error notice offers when the
// list itself could not be drawn.
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../persistence/db'
import { boardHref } from '../../app/router'
import { visibleText } from '../../domain/text'
import { useT } from '../../i18n'

export function BoardLinks() {
  const t = useT()
  const rows = useLiveQuery(() => db.boards.toArray(), [])
  if (!rows) return null
  const title = (v: unknown) => (typeof v === 'string' && visibleText(v).trim()) || t('board.untitled')
  return (
    <ul className="board-links">
      {rows.map((row, i) => (
        <li key={i}>
          <a href={boardHref(String(row.id))} dir="auto">
            {title(row.title ?? (row.board as { title?: unknown } | undefined)?.title)}
          </a>
        </li>
      ))}
    </ul>
  )
}
