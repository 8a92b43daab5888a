// The drawn export canvas as one SVG document: the viewport's HTML inside a foreignObject,
// styled by the app's own style sheets and the embedded web fonts. html-to-image copies every
// computed style property onto every element (about 10 KB per element: an 18 MB SVG and 7 s
// for a 150-card board); the style sheets themselves are a few dozen KB and give the same
// picture, because the clone keeps the classes and the ancestors those sheets select on.

const SVG_NS = 'http://www.w3.org/2000/svg'
const XHTML_NS = 'http://www.w3.org/1999/xhtml'

let sheetCss: { key: string; css: string } | null = null

/** Every rule of the page's style sheets, except @font-face (the fonts come embedded). */
export function pageCss(doc: Document = document): string {
  const sheets = [...doc.styleSheets]
  const key = sheets.map((s) => s.href ?? s.ownerNode?.textContent?.length ?? 0).join('|')
  if (sheetCss?.key === key) return sheetCss.css
  const parts: string[] = []
  for (const sheet of sheets) {
    let rules: CSSRuleList
    try {
      rules = sheet.cssRules
    } catch {
      continue // a cross-origin sheet cannot be read (the app ships none)
    }
    for (const rule of rules) if (!rule.cssText.startsWith('@font-face')) parts.push(rule.cssText)
  }
  sheetCss = { key, css: parts.join('\n') }
  return sheetCss.css
}

/**
 * The SVG markup of `viewport` at `size` (board pixels), white behind it. `leftOut` names the
 * elements that have no place in an image (editing affordances). Every ancestor up to the
 * export host is kept (shallow) so that selectors such as `.react-flow .react-flow__edge-path`
 * and the CSS variables React Flow sets on its container still apply.
 */
export function sceneSvg(viewport: HTMLElement, size: { width: number; height: number }, opts: { fontCss: string; leftOut: string; css?: string }): string {
  const { width, height } = size
  let node: HTMLElement = viewport.cloneNode(true) as HTMLElement
  node.querySelectorAll(opts.leftOut).forEach((el) => el.remove())
  for (let el = viewport.parentElement; el; el = el.parentElement) {
    const shell = el.cloneNode(false) as HTMLElement
    shell.appendChild(node)
    node = shell
    if (el.classList.contains('parcours-export') || el === document.body) break
  }
  // The host sits off-screen in the page; in the image it is the whole picture.
  node.style.position = 'relative'
  node.style.left = '0'
  node.style.top = '0'
  node.style.width = `${width}px`
  node.style.height = `${height}px`
  node.style.overflow = 'hidden'
  node.style.zIndex = '0' // the host sits below the page (z-index -1); in the image it is on top
  node.style.background = '#ffffff'
  node.removeAttribute('aria-hidden')
  node.removeAttribute('inert')

  const root = document.createElementNS(XHTML_NS, 'div')
  root.setAttribute('style', `width:${width}px;height:${height}px;background:#ffffff;`)
  const style = document.createElementNS(XHTML_NS, 'style')
  style.textContent = `${opts.fontCss}\n${opts.css ?? pageCss()}`
  root.appendChild(style)
  root.appendChild(node)
  const html = new XMLSerializer().serializeToString(root)
  return (
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<foreignObject x="0" y="0" width="100%" height="100%">${html}</foreignObject></svg>`
  )
}

/** Draws SVG markup on a canvas of `size` × `ratio` device pixels, on white. */
export async function svgToCanvas(svg: string, size: { width: number; height: number }, ratio: number): Promise<HTMLCanvasElement> {
  const img = new Image()
  img.decoding = 'sync'
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg)
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.floor(size.width * ratio)
  canvas.height = Math.floor(size.height * ratio)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('the browser could not create the image')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.scale(ratio, ratio)
  ctx.drawImage(img, 0, 0, size.width, size.height)
  return canvas
}
