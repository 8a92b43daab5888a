// What the app exposes on `window` for tests and the benchmark (src/features/export/register.ts),
// as seen from page.evaluate in the specs.
export {}
declare global {
  interface Window {
    __parcoursExport?: {
      png: (opts?: {
        pixelRatio?: number
        customerView?: boolean
      }) => Promise<{ width: number; height: number; bytes: number; pixelRatio: number; lowered: boolean; ms: number }>
    }
  }
}
