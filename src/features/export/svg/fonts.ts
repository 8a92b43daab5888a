// The Inter font the app ships, for the exports: as @font-face rules with data URLs (embedded
// in SVG files and in the SVG drawn to PNG), and as TrueType files for jsPDF, which embeds them
// in PDFs (it reads TrueType only: the WOFF files fontsource ships are unwrapped here).
import { unzlibSync } from 'fflate'
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url'
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url'
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url'
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url'
import latin400Woff from '@fontsource/inter/files/inter-latin-400-normal.woff?url'
import latin700Woff from '@fontsource/inter/files/inter-latin-700-normal.woff?url'

const LATIN_EXT_RANGE =
  'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF'

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`font ${url}: ${res.status}`)
  return new Uint8Array(await res.arrayBuffer())
}

function base64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

let css: Promise<string> | null = null
/** @font-face rules for Inter 400 and 700 (latin and latin-ext), fonts inlined as data URLs. */
export function embeddedFontCss(): Promise<string> {
  css ??= (async () => {
    const faces = [
      { url: latin400, weight: 400 },
      { url: latin700, weight: 700 },
      { url: latinExt400, weight: 400, range: LATIN_EXT_RANGE },
      { url: latinExt700, weight: 700, range: LATIN_EXT_RANGE },
    ]
    const rules = await Promise.all(
      faces.map(async (f) => {
        const data = base64(await fetchBytes(f.url))
        return `@font-face{font-family:'Inter';font-style:normal;font-weight:${f.weight};src:url(data:font/woff2;base64,${data}) format('woff2');${f.range ? `unicode-range:${f.range};` : ''}}`
      }),
    )
    return rules.join('')
  })().catch((e) => {
    css = null
    console.warn('export: fonts not embedded', e)
    return ''
  })
  return css
}

/**
 * A WOFF 1.0 file as the TrueType/OpenType file it wraps (each table zlib-compressed or
 * stored): https://www.w3.org/TR/WOFF/.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength)
  if (v.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file')
  const flavor = v.getUint32(4)
  const numTables = v.getUint16(12)
  const tables: { tag: number; data: Uint8Array; checksum: number }[] = []
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20
    const tag = v.getUint32(e)
    const offset = v.getUint32(e + 4)
    const compLength = v.getUint32(e + 8)
    const origLength = v.getUint32(e + 12)
    const checksum = v.getUint32(e + 16)
    const raw = woff.subarray(offset, offset + compLength)
    tables.push({ tag, checksum, data: compLength < origLength ? unzlibSync(raw) : raw })
  }
  let size = 12 + 16 * numTables
  for (const t of tables) size += (t.data.length + 3) & ~3
  const out = new Uint8Array(size)
  const o = new DataView(out.buffer)
  let pow = 1
  let log = 0
  while (pow * 2 <= numTables) {
    pow *= 2
    log++
  }
  o.setUint32(0, flavor)
  o.setUint16(4, numTables)
  o.setUint16(6, pow * 16)
  o.setUint16(8, log)
  o.setUint16(10, numTables * 16 - pow * 16)
  let at = 12 + 16 * numTables
  tables.forEach((t, i) => {
    const r = 12 + i * 16
    o.setUint32(r, t.tag)
    o.setUint32(r + 4, t.checksum)
    o.setUint32(r + 8, at)
    o.setUint32(r + 12, t.data.length)
    out.set(t.data, at)
    at += (t.data.length + 3) & ~3
  })
  return out
}

let ttf: Promise<{ normal: string; bold: string }> | null = null
/** Inter regular and bold as base64 TrueType files (for jsPDF's addFileToVFS). */
export function pdfFontFiles(): Promise<{ normal: string; bold: string }> {
  ttf ??= (async () => {
    const [a, b] = await Promise.all([fetchBytes(latin400Woff), fetchBytes(latin700Woff)])
    return { normal: base64(woffToSfnt(a)), bold: base64(woffToSfnt(b)) }
  })().catch((e) => {
    ttf = null
    throw e
  })
  return ttf
}
