// The symbols of a score's status against its target, in the three styles a board can choose
// (traffic lights, the seed's smileys, weather), and of a trend: each status has its own shape,
// not only its colour, so a black-and-white print still says met / close / missed.
// SVG markup in a 24 × 24 box, `currentColor` its colour (see icons.tsx).

export type ScoreSymbolName =
  | 'status-met'
  | 'status-near'
  | 'status-missed'
  | 'smiley-met'
  | 'smiley-near'
  | 'smiley-missed'
  | 'weather-met'
  | 'weather-near'
  | 'weather-missed'
  | 'trend'
  | 'low-sample'

const face = (mouth: string) =>
  `<circle cx="12" cy="12" r="10.5" fill="currentColor"/><circle cx="8.3" cy="9.5" r="1.6" fill="#fff"/><circle cx="15.7" cy="9.5" r="1.6" fill="#fff"/><path d="${mouth}" stroke="#fff" stroke-width="2.2" fill="none" stroke-linecap="round"/>`
const cloud = 'M7 19.5h10.5a4 4 0 0 0 .6-8 5.5 5.5 0 0 0-10.6-1.2A4.6 4.6 0 0 0 7 19.5z'

export const SCORE_MARKUP: Record<ScoreSymbolName, string> = {
  // traffic lights: a disc with a check, a bar (close), a cross
  'status-met':
    '<circle cx="12" cy="12" r="10.5" fill="currentColor"/><path d="m6.8 12.3 3.4 3.4 7-7.4" stroke="#fff" stroke-width="2.6" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
  'status-near': '<circle cx="12" cy="12" r="10.5" fill="currentColor"/><path d="M7 12h10" stroke="#fff" stroke-width="3" stroke-linecap="round"/>',
  'status-missed':
    '<circle cx="12" cy="12" r="10.5" fill="currentColor"/><path d="m7.8 7.8 8.4 8.4m0-8.4-8.4 8.4" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>',
  // smileys: 😊 😐 ☹
  'smiley-met': face('M7.5 14.2q4.5 4.3 9 0'),
  'smiley-near': face('M7.8 15.5h8.4'),
  'smiley-missed': face('M7.5 17.5q4.5-4.3 9 0'),
  // weather: sun, sun behind a cloud, rain
  'weather-met':
    '<circle cx="12" cy="12" r="5" fill="currentColor"/><path d="M12 1.5v3.2M12 19.3v3.2M1.5 12h3.2M19.3 12h3.2M4.6 4.6l2.2 2.2M17.2 17.2l2.2 2.2M4.6 19.4l2.2-2.2M17.2 6.8l2.2-2.2" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>',
  'weather-near': `<circle cx="8.5" cy="8" r="4.3" fill="currentColor"/><path d="M8.5 1v1.6M2 8h1.6M3.6 3.1l1.1 1.1M13.4 3.1l-1.1 1.1" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><path d="${cloud}" fill="#fff" stroke="currentColor" stroke-width="2"/>`,
  'weather-missed': `<path d="M6.5 15h11a4 4 0 0 0 .6-8 5.5 5.5 0 0 0-10.6-1.2A4.6 4.6 0 0 0 6.5 15z" fill="currentColor"/><path d="m8 17.5-1.3 3.5M12.5 17.5l-1.3 3.5M17 17.5l-1.3 3.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
  // trend arrows ↗ ↘
  trend:
    '<path d="M3 15.5 9.5 9l3.5 3.5L20 5.5m0 0h-5m5 0v5" stroke="currentColor" stroke-width="2.2" fill="none" stroke-linecap="round" stroke-linejoin="round"/><path d="M3 20.5h18" stroke="currentColor" stroke-width="1.2" opacity=".5"/>',
  // a dashed ring: a score on too few answers
  'low-sample':
    '<circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-dasharray="3.2 2.6"/><text x="12" y="16" text-anchor="middle" font-size="10" font-weight="700" fill="currentColor" font-family="Arial, sans-serif">n</text>',
}

export type StatusStyle = 'traffic' | 'smiley' | 'weather'
export type ShownStatus = 'met' | 'near' | 'missed'

/** The symbol of a status in a style. */
export const statusSymbol = (style: StatusStyle, status: ShownStatus): ScoreSymbolName =>
  `${style === 'traffic' ? 'status' : style}-${status}` as ScoreSymbolName

/** Status colours (always with their symbol). */
export const STATUS_COLORS: Record<ShownStatus, string> = { met: '#2e7d32', near: '#a15c00', missed: '#c62828' }
