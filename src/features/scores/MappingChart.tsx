// The customer mapping chart: importance across, satisfaction up, the four zones named in their
// corners (colour and name: a black-and-white print keeps them), the split lines, one point per
// expectation with its label placed so that no two labels overlap (nor a label and a point or a
// zone's name). Plain SVG with its own fonts and background: the PNG and SVG exports are this
// very element.
import { forwardRef, useMemo } from 'react'
import { scaleLinear } from 'd3-scale'
import { useTranslation } from 'react-i18next'
import { isPlaced, mappingSplit, placeLabels, zoneOf, MAPPING_SCALE, type Box, type SplitMode, type Zone } from '../../domain/methods/customerMapping'
import type { Expectation } from '../../domain/types'

export const CHART = { width: 760, height: 560, top: 56, right: 24, bottom: 56, left: 64 }
const FONT = 'Arial, Helvetica, sans-serif'
const LABEL_SIZE = 13
const ZONE_FILL: Record<Zone, string> = { strengths: '#e8f5e9', urgent: '#ffebee', reflection: '#e3f2fd', medium: '#fff8e1' }
const ZONE_INK: Record<Zone, string> = { strengths: '#1b5e20', urgent: '#b71c1c', reflection: '#0d47a1', medium: '#7a4f01' }

let ctx: CanvasRenderingContext2D | null | undefined
/** Text width in the chart's font (canvas metrics; an estimate where there is no canvas). */
function textWidth(text: string, size: number, bold = false): number {
  if (ctx === undefined) {
    try {
      ctx = document.createElement('canvas').getContext('2d')
    } catch {
      ctx = null
    }
  }
  if (!ctx) return text.length * size * 0.56
  ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`
  return ctx.measureText(text).width
}

const cut = (s: string, n = 34) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

export const MappingChart = forwardRef<SVGSVGElement, { items: readonly Expectation[]; split: SplitMode; title: string; cards: ReadonlyMap<string, string> }>(
  function MappingChart({ items, split: mode, title, cards }, ref) {
    const { t, i18n } = useTranslation()
    const { width: W, height: H, top, right, bottom, left } = CHART
    const x = scaleLinear()
      .domain([MAPPING_SCALE.min, MAPPING_SCALE.max])
      .range([left, W - right])
    const y = scaleLinear()
      .domain([MAPPING_SCALE.min, MAPPING_SCALE.max])
      .range([H - bottom, top])
    const placed = items.filter(isPlaced)
    const split = mappingSplit(items, mode)
    const sx = x(split.importance)
    const sy = y(split.satisfaction)
    const nf = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 })
    const names = placed.map((e) => cut(e.name.trim() || (e.cardId ? (cards.get(e.cardId) ?? '') : '')))
    // zone names in the plot's outer corners
    const zoneBoxes = useMemo(() => {
      const pad = 8
      const box = (zone: Zone, right: boolean, topSide: boolean): { zone: Zone; box: Box; anchorX: number; y: number } => {
        const w = textWidth(t(`mapping.zone.${zone}`), 14, true)
        const bx = right ? W - CHART.right - pad - w : CHART.left + pad
        const by = topSide ? CHART.top + pad : H - CHART.bottom - pad - 18
        return { zone, box: { x: bx, y: by, width: w, height: 18 }, anchorX: bx, y: by + 14 }
      }
      return [box('reflection', false, true), box('strengths', true, true), box('medium', false, false), box('urgent', true, false)]
    }, [t, W, H])
    const labels = useMemo(() => {
      const pts = placed.map((e) => ({ x: x(e.importance), y: y(e.satisfaction) }))
      const sizes = names.map((n) => ({ width: textWidth(n, LABEL_SIZE) + 4, height: LABEL_SIZE + 4 }))
      return placeLabels(
        pts,
        sizes,
        { x: left, y: top, width: W - left - right, height: H - top - bottom },
        { marker: 6, gap: 2, obstacles: zoneBoxes.map((z) => z.box) },
      )
    }, [placed, names, zoneBoxes]) // eslint-disable-line react-hooks/exhaustive-deps
    const zoneName = (z: Zone) => t(`mapping.zone.${z}`)
    return (
      <svg
        ref={ref}
        xmlns="http://www.w3.org/2000/svg"
        className="mapping-chart"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('mapping.chart')}
        fontFamily={FONT}
      >
        <rect x={0} y={0} width={W} height={H} fill="#fff" />
        <text x={left} y={24} fontSize={17} fontWeight={700} fill="#1b2430">
          {title}
        </text>
        <rect x={sx} y={top} width={W - right - sx} height={sy - top} fill={ZONE_FILL.strengths} />
        <rect x={sx} y={sy} width={W - right - sx} height={H - bottom - sy} fill={ZONE_FILL.urgent} />
        <rect x={left} y={top} width={sx - left} height={sy - top} fill={ZONE_FILL.reflection} />
        <rect x={left} y={sy} width={sx - left} height={H - bottom - sy} fill={ZONE_FILL.medium} />
        {zoneBoxes.map((z) => (
          <text key={z.zone} x={z.anchorX} y={z.y} fontSize={14} fontWeight={700} fill={ZONE_INK[z.zone]}>
            {zoneName(z.zone)}
          </text>
        ))}
        <rect x={left} y={top} width={W - left - right} height={H - top - bottom} fill="none" stroke="#90a4ae" />
        {x.ticks(10).map((v) => (
          <g key={`x${v}`}>
            <line x1={x(v)} x2={x(v)} y1={H - bottom} y2={H - bottom + 5} stroke="#607d8b" />
            <text x={x(v)} y={H - bottom + 18} fontSize={11} textAnchor="middle" fill="#455a64">
              {v}
            </text>
          </g>
        ))}
        {y.ticks(10).map((v) => (
          <g key={`y${v}`}>
            <line x1={left - 5} x2={left} y1={y(v)} y2={y(v)} stroke="#607d8b" />
            <text x={left - 8} y={y(v) + 4} fontSize={11} textAnchor="end" fill="#455a64">
              {v}
            </text>
          </g>
        ))}
        <text x={(left + W - right) / 2} y={H - 12} fontSize={13} fontWeight={700} textAnchor="middle" fill="#1b2430">
          {t('mapping.importance')} →
        </text>
        <text
          x={16}
          y={(top + H - bottom) / 2}
          fontSize={13}
          fontWeight={700}
          textAnchor="middle"
          fill="#1b2430"
          transform={`rotate(-90 16 ${(top + H - bottom) / 2})`}
        >
          {t('mapping.satisfaction')} →
        </text>
        <line x1={sx} x2={sx} y1={top} y2={H - bottom} stroke="#37474f" strokeWidth={1.5} strokeDasharray="6 4" />
        <line x1={left} x2={W - right} y1={sy} y2={sy} stroke="#37474f" strokeWidth={1.5} strokeDasharray="6 4" />
        <text x={sx + 4} y={H - bottom - 4} fontSize={10} fill="#37474f">
          {nf.format(split.importance)}
        </text>
        <text x={left + 4} y={sy - 4} fontSize={10} fill="#37474f">
          {nf.format(split.satisfaction)}
        </text>
        {placed.map((e, i) => {
          const px = x(e.importance)
          const py = y(e.satisfaction)
          const l = labels[i]
          const zone = zoneOf(e, split)
          return (
            <g
              key={e.id}
              role="img"
              aria-label={t('mapping.point', {
                name: names[i],
                importance: nf.format(e.importance),
                satisfaction: nf.format(e.satisfaction),
                zone: zoneName(zone),
              })}
              data-zone={zone}
            >
              {l.leader && (
                <line
                  x1={px}
                  y1={py}
                  x2={Math.max(l.x, Math.min(px, l.x + l.width))}
                  y2={Math.max(l.y, Math.min(py, l.y + l.height))}
                  stroke="#78909c"
                  strokeWidth={1}
                />
              )}
              <circle cx={px} cy={py} r={5.5} fill={ZONE_INK[zone]} stroke="#fff" strokeWidth={1.5} />
              <text x={l.x + 2} y={l.y + LABEL_SIZE} fontSize={LABEL_SIZE} fill="#1b2430" className="mapping-label">
                {names[i]}
              </text>
            </g>
          )
        })}
      </svg>
    )
  },
)
