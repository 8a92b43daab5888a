// Reading a survey file or a paste into rows (Papa Parse: `,`, `;` or tab found by itself,
// quoted fields, line breaks inside quotes), each row with the line of the file it starts on,
// so that a bad row is reported where the user will find it. Runs in the survey worker.
import Papa from 'papaparse'
import type { SurveyRow } from '../../domain/methods/survey'

export interface ParsedTable {
  headers: string[]
  rows: SurveyRow[]
  delimiter: string
}

/**
 * The text of a survey file: UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (Excel in
 * French saves "CSV (point-virgule)" in Windows-1252: "Étape" must not become "�tape").
 * (The same rule as io/spreadsheet's, kept here so the worker does not load the i18n runtime.)
 */
export function decodeSurveyBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Papa Parse's chunk size: progress is reported once per chunk. */
const CHUNK = 512 * 1024

export function parseSurveyText(text: string, onProgress?: (fraction: number) => void): ParsedTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const all: string[][] = []
  let delimiter = ','
  // (Papa Parse chunks a string too, synchronously; its types only declare `chunk` for files)
  const config = {
    skipEmptyLines: false,
    chunkSize: CHUNK,
    chunk: (r: Papa.ParseResult<string[]>) => {
      delimiter = r.meta.delimiter || delimiter
      for (const row of r.data) all.push(row)
      onProgress?.(Math.min(1, r.meta.cursor / Math.max(1, src.length)))
    },
  }
  Papa.parse<string[]>(src, config as Papa.ParseConfig<string[]>)
  const headers = (all[0] ?? []).map((h) => h.trim())
  const rows: SurveyRow[] = []
  let line = 2 // the header is line 1 (a header cell with line breaks moves the rest down)
  for (const cell of all[0] ?? []) line += countBreaks(cell)
  for (let i = 1; i < all.length; i++) {
    const cells = all[i]
    rows.push({ cells, line })
    line += 1
    for (const cell of cells) if (cell.includes('\n')) line += countBreaks(cell)
  }
  // a file ending with a line break gives a last empty row: not a row of the survey
  while (rows.length && rows[rows.length - 1].cells.every((c) => c === '')) rows.pop()
  onProgress?.(1)
  return { headers, rows, delimiter }
}

function countBreaks(s: string): number {
  let n = 0
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++
  return n
}
