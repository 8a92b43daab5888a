// The dialog's side of the survey worker: one request at a time, promises for the answers,
// progress as it comes. Without Worker support (unit tests) the same work runs inline.
import type { SurveyMapping, SurveyResult } from '../../domain/methods/survey'
import { SurveyWork, type FromWorker, type Parsed, type ToWorker } from './surveyProtocol'

type Pending = { resolve: (m: FromWorker) => void; reject: (e: Error) => void; onProgress?: (f: number) => void }

export class SurveyClient {
  private worker: Worker | null = null
  private inline: SurveyWork | null = null
  private pending = new Map<number, Pending>()
  private next = 1

  constructor() {
    if (typeof Worker !== 'undefined') {
      try {
        this.worker = new Worker(new URL('./survey.worker.ts', import.meta.url), { type: 'module' })
        this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data)
        this.worker.onerror = (e) => this.failAll(new Error(e.message || 'worker error'))
      } catch {
        this.worker = null
      }
    }
    if (!this.worker) this.inline = new SurveyWork()
  }

  private receive(m: FromWorker) {
    const p = this.pending.get(m.id)
    if (!p) return
    if (m.type === 'progress') return p.onProgress?.(m.fraction)
    this.pending.delete(m.id)
    if (m.type === 'error') p.reject(new Error(m.message))
    else p.resolve(m)
  }

  private failAll(e: Error) {
    for (const p of this.pending.values()) p.reject(e)
    this.pending.clear()
  }

  private send(msg: ToWorker, onProgress?: (f: number) => void, transfer: Transferable[] = []): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      this.pending.set(msg.id, { resolve, reject, onProgress })
      if (this.worker) this.worker.postMessage(msg, transfer)
      else queueMicrotask(() => this.inline!.handle(msg, (m) => this.receive(m)))
    })
  }

  async parse(input: { text: string } | { bytes: ArrayBuffer }, lang: 'fr' | 'en', onProgress?: (f: number) => void): Promise<Parsed> {
    const id = this.next++
    const msg: ToWorker = 'text' in input ? { type: 'parse', id, text: input.text, lang } : { type: 'parse', id, bytes: input.bytes, lang }
    const r = await this.send(msg, onProgress, 'bytes' in input ? [input.bytes] : [])
    if (r.type !== 'parsed') throw new Error('unexpected answer')
    return r.parsed
  }

  async aggregate(mapping: SurveyMapping, verbatims: number): Promise<SurveyResult> {
    const r = await this.send({ type: 'aggregate', id: this.next++, mapping, verbatims })
    if (r.type !== 'aggregated') throw new Error('unexpected answer')
    return r.result
  }

  dispose(): void {
    this.worker?.terminate()
    this.worker = null
    this.failAll(new Error('closed'))
  }
}
