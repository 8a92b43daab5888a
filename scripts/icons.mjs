#!/usr/bin/env node
// The app's PNG icons (web manifest, home screen), remade from public/favicon.svg:
//   node scripts/icons.mjs   (or npm run icons)   → public/icons/*.png, committed.
// Needs rsvg-convert (Debian: apt-get install librsvg2-bin). Run it again after changing the favicon.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const svg = readFileSync(`${root}public/favicon.svg`, 'utf8')
const viewBox = svg.match(/viewBox="([^"]+)"/)?.[1]
const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')
if (!viewBox || !inner) throw new Error('public/favicon.svg: no viewBox or no content')

/** The favicon centred on a square, taking `share` of its side, on `background` (or transparent). */
function square(size, share, background) {
  const side = size * share
  const at = (size - side) / 2
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${
    background ? `<rect width="${size}" height="${size}" fill="${background}"/>` : ''
  }<svg x="${at}" y="${at}" width="${side}" height="${side}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">${inner}</svg></svg>`
}

const icons = [
  { file: 'icon-192.png', size: 192, share: 0.9 },
  { file: 'icon-512.png', size: 512, share: 0.9 },
  // maskable: the platform crops to a circle or a squircle; the logo stays in the 80 % safe zone
  { file: 'icon-maskable-512.png', size: 512, share: 0.6, background: '#ffffff' },
  { file: 'apple-touch-icon.png', size: 180, share: 0.8, background: '#ffffff' },
]
mkdirSync(`${root}public/icons`, { recursive: true })
for (const icon of icons) {
  const out = `${root}public/icons/${icon.file}`
  execFileSync('rsvg-convert', ['--width', String(icon.size), '--height', String(icon.size), '--output', out], {
    input: square(icon.size, icon.share, icon.background),
  })
  console.log(`public/icons/${icon.file} (${icon.size} × ${icon.size})`)
}
