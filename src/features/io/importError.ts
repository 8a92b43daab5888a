// What every importer (board file, workspace backup, spreadsheet) answers when it refuses
// its input: a code naming the problem, the place it was found, and the values the message
// needs. The message itself is written in the UI language by `formatImportError`.

export interface ImportFailure {
  ok: false
  /** i18n key under `io.` (e.g. `notJson`, `grid.empty`). */
  code: string
  /** Where the problem is: a field path (`board.cards[3].stageId`) or a cell (`C4`). */
  path?: string
  params?: Record<string, string | number>
}

export const fail = (code: string, path?: string, params?: Record<string, string | number>): ImportFailure => ({
  ok: false,
  code,
  ...(path ? { path } : {}),
  ...(params ? { params } : {}),
})

type T = (key: string, options?: Record<string, unknown>) => string

/** "board.cards[3].stageId: expected text, found a number (42)", in the UI language. */
export function formatImportError(r: ImportFailure, t: T): string {
  const text = t(`io.${r.code}`, { ...r.params, defaultValue: r.code })
  return r.path ? `${r.path}: ${text}` : text
}
