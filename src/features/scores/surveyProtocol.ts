// Messages between the survey import dialog and its worker, and the work itself (run in the
// worker, or inline where there is no Worker: unit tests).
import { aggregateSurvey, guessMapping, type SurveyMapping, type SurveyResult, type SurveyRow } from '../../domain/methods/survey'
import { decodeSurveyBytes, parseSurveyText } from './surveyParse'

export type ToWorker =
  | { type: 'parse'; id: number; text?: string; bytes?: ArrayBuffer; lang: 'fr' | 'en' }
  | { type: 'aggregate'; id: number; mapping: SurveyMapping; verbatims: number }

export interface Parsed {
  headers: string[]
  /** The first rows, for the mapping step's preview. */
  sample: string[][]
  rowCount: number
  delimiter: string
  mapping: SurveyMapping
}

export type FromWorker =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'parsed'; id: number; parsed: Parsed }
  | { type: 'aggregated'; id: number; result: SurveyResult }
  | { type: 'error'; id: number; message: string }

export const SAMPLE_ROWS = 8

/** The worker's state: the last file parsed (kept so that a changed mapping is applied without parsing again). */
export class SurveyWork {
  private rows: SurveyRow[] = []

  handle(msg: ToWorker, post: (m: FromWorker) => void): void {
    try {
      if (msg.type === 'parse') {
        const text = msg.text ?? decodeSurveyBytes(msg.bytes ?? new ArrayBuffer(0))
        const table = parseSurveyText(text, (fraction) => post({ type: 'progress', id: msg.id, fraction }))
        this.rows = table.rows
        const sample = table.rows.slice(0, 50).map((r) => r.cells)
        post({
          type: 'parsed',
          id: msg.id,
          parsed: {
            headers: table.headers,
            sample: sample.slice(0, SAMPLE_ROWS),
            rowCount: table.rows.length,
            delimiter: table.delimiter,
            mapping: guessMapping(table.headers, sample, msg.lang),
          },
        })
      } else {
        post({ type: 'aggregated', id: msg.id, result: aggregateSurvey(this.rows, msg.mapping, { verbatims: msg.verbatims }) })
      }
    } catch (e) {
      post({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) })
    }
  }
}
