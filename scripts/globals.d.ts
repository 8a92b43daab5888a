// Probes that scripts/bench.mjs installs in the page (window.__openProbe, __frames, __editKey, __dotDone, __dotStart, __longTasks, __surveyChosen)
// and the app's export hook (src/features/export/register.ts): untyped on this side.
export {}
declare global {
  interface Window {
    __openProbe: any
    __frames: any
    __editKey: any
    __longTasks: any
    __parcoursExport: any
    __dotDone: any
    __dotStart: any
    __surveyChosen: any
  }
}
