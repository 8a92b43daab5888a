// An arrowhead on a canvas: the triangle whose tip is at `tip`, pointing along (ux, uy) (a unit
// vector), `length` deep and `halfWidth` to each side. Both canvases that draw arrows use it: a
// large board's painted layer (./CardsLayer) and a drag's arrows (./routing/dragPainter).
export function arrowHeadPath(ctx: CanvasRenderingContext2D, tip: { x: number; y: number }, ux: number, uy: number, length: number, halfWidth: number): void {
  const bx = tip.x - ux * length
  const by = tip.y - uy * length
  ctx.beginPath()
  ctx.moveTo(tip.x, tip.y)
  ctx.lineTo(bx - uy * halfWidth, by + ux * halfWidth)
  ctx.lineTo(bx + uy * halfWidth, by - ux * halfWidth)
  ctx.closePath()
}
