// Parses and aggregates survey results off the main thread: a 100,000-row file never freezes the page.
import { SurveyWork, type FromWorker, type ToWorker } from './surveyProtocol'

const work = new SurveyWork()
self.onmessage = (e: MessageEvent<ToWorker>) => work.handle(e.data, (m: FromWorker) => self.postMessage(m))
