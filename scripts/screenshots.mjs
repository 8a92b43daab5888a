// The README's screenshots, made from the built app in headless Chromium:
//   node scripts/screenshots.mjs        → docs/screenshots/*.png
// Boards are written straight into IndexedDB (a passport office, as a workshop would fill it).
import { spawn, execSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const PORT = Number(process.env.SHOTS_PORT ?? 4391)
const OUT = 'docs/screenshots'
const BASE = `http://127.0.0.1:${PORT}/`
mkdirSync(OUT, { recursive: true })
execSync('npx vite build --outDir dist-shots', { stdio: 'ignore' })
const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist-shots', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
})
const stop = () => {
  try {
    process.kill(-server.pid)
  } catch {
    /* gone */
  }
}
process.on('exit', stop)

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the preview server did not start')
}

// ---- boards ---------------------------------------------------------------------------
const photo = null // personas get initials: no third-party photo in the repository
const persona = {
  id: 'p_marie',
  name: 'Marie Tremblay',
  role: 'Teacher, mother of two',
  age: 42,
  summary: 'Travels every summer with her children; renews three passports at once',
  quote: 'I just want to know where my file is.',
  goals: ['Get the passports before the holidays', 'One visit, not three'],
  frustrations: ['Waiting without news', 'Forms that change every year'],
  behaviours: ['Prepares everything the night before'],
  digital: 'Phone first; books online',
  primary: true,
  ...(photo ? { photo } : {}),
}

const blueprintStages = ['Find information', 'Book an appointment', 'Arrive', 'Be served', 'Pay', 'Receive the passport']
const s = (i) => `s${i}`
const blueprint = {
  id: 'shot-blueprint',
  title: 'Passport office — service blueprint',
  kind: 'blueprint',
  locale: 'en',
  personaIds: ['p_marie'],
  phases: [
    { id: 'ph1', name: 'Before', stageIds: [s(0), s(1)] },
    { id: 'ph2', name: 'During', stageIds: [s(2), s(3), s(4)] },
    { id: 'ph3', name: 'After', stageIds: [s(5)] },
  ],
  stages: blueprintStages.map((name, i) => ({ id: s(i), name, ...(i === 2 ? { moment: 'negative' } : {}) })),
  lanes: [
    { id: 'ev', name: 'Physical evidence', role: 'evidence' },
    { id: 'cu', name: 'Customer actions', role: 'customer' },
    { id: 'li', name: 'Line of interaction', role: 'line-interaction' },
    { id: 'fr', name: 'Frontstage actions', role: 'frontstage' },
    { id: 'lv', name: 'Line of visibility', role: 'line-visibility' },
    { id: 'ba', name: 'Backstage actions', role: 'backstage' },
    { id: 'lii', name: 'Line of internal interaction', role: 'line-internal' },
    { id: 'su', name: 'Support processes', role: 'support' },
  ],
  cards: [
    { id: 'c1', stageId: s(0), laneId: 'ev', text: 'Website: list of documents', tag: 'touchpoint' },
    { id: 'c2', stageId: s(0), laneId: 'cu', text: 'Searches which documents to bring', evidence: 'fact', votes: 2 },
    { id: 'c3', stageId: s(0), laneId: 'su', text: 'Content management system' },
    { id: 'c4', stageId: s(1), laneId: 'cu', text: '“No slot before six weeks”', tag: 'irritant', evidence: 'fact', votes: 5 },
    { id: 'c5', stageId: s(1), laneId: 'fr', text: 'Confirmation e-mail', tag: 'touchpoint' },
    {
      id: 'c6',
      stageId: s(1),
      laneId: 'ba',
      text: 'Agent checks the file',
      failPoint: true,
      fmea: { failure: 'A missing document is not noticed', cause: 'Ambiguous list', severity: 8, probability: 5, detection: 6, actions: 'Online checklist' },
    },
    { id: 'c7', stageId: s(1), laneId: 'su', text: 'Booking system' },
    { id: 'c8', stageId: s(2), laneId: 'ev', text: 'Ticket machine, waiting room' },
    { id: 'c9', stageId: s(2), laneId: 'cu', text: 'Takes a ticket and waits', waitPoint: true, durationMinutes: 40, tag: 'irritant', votes: 4 },
    { id: 'c10', stageId: s(3), laneId: 'fr', text: 'Agent takes fingerprints and photo', tag: 'wow', evidence: 'assumption' },
    { id: 'c11', stageId: s(3), laneId: 'ba', text: 'File sent to the printing office' },
    { id: 'c12', stageId: s(4), laneId: 'cu', text: 'Pays by card at the counter' },
    { id: 'c13', stageId: s(4), laneId: 'su', text: 'Payment terminal', failPoint: true },
    { id: 'c14', stageId: s(5), laneId: 'ev', text: 'SMS “your passport is ready”', tag: 'idea' },
    { id: 'c15', stageId: s(5), laneId: 'cu', text: 'Collects the passport', moment: 'positive' },
    { id: 'c16', stageId: s(5), laneId: 'su', text: 'Document tracking system', tag: 'question' },
  ],
  links: [
    { id: 'k1', from: 'c4', to: 'c6', label: 'triggers' },
    { id: 'k2', from: 'c6', to: 'c7' },
    { id: 'k3', from: 'c9', to: 'c10' },
    { id: 'k4', from: 'c10', to: 'c11' },
    { id: 'k5', from: 'c12', to: 'c13' },
    { id: 'k6', from: 'c16', to: 'c14' },
  ],
  fmeaThreshold: 100,
}

const journey = {
  id: 'shot-journey',
  title: 'Renewing a passport — current journey',
  kind: 'journey',
  locale: 'en',
  personaIds: ['p_marie'],
  phases: [
    { id: 'j1', name: 'Before', stageIds: ['d', 'c'] },
    { id: 'j2', name: 'During', stageIds: ['a', 'w'] },
    { id: 'j3', name: 'After', stageIds: ['r', 'h'] },
  ],
  stages: [
    ['d', 'Discover'],
    ['c', 'Prepare the file'],
    ['a', 'Apply'],
    ['w', 'Wait'],
    ['r', 'Receive'],
    ['h', 'Travel'],
  ].map(([id, name]) => ({ id, name })),
  lanes: [
    { id: 'ac', name: 'Customer actions', role: 'actions' },
    { id: 'tp', name: 'Touchpoints', role: 'touchpoints' },
    { id: 'th', name: 'Thoughts', role: 'thoughts' },
    { id: 'em', name: 'Emotion curve', role: 'emotions' },
    { id: 'pa', name: 'Pain points', role: 'pains' },
    { id: 'op', name: 'Opportunities', role: 'opportunities' },
  ],
  cards: [
    { id: 'j1', stageId: 'd', laneId: 'ac', text: 'Notices the passport expires in July' },
    { id: 'j2', stageId: 'd', laneId: 'tp', text: 'Government website', tag: 'touchpoint' },
    { id: 'j3', stageId: 'c', laneId: 'th', text: '“Which photo format do they want?”', evidence: 'fact' },
    { id: 'j4', stageId: 'c', laneId: 'pa', text: 'The form changed since last time', tag: 'irritant', votes: 3 },
    { id: 'j5', stageId: 'a', laneId: 'ac', text: 'Queues at the counter' },
    { id: 'j6', stageId: 'a', laneId: 'pa', text: '40 minutes of waiting', tag: 'irritant', moment: 'negative', votes: 5 },
    { id: 'j7', stageId: 'w', laneId: 'th', text: '“Will it arrive before we leave?”' },
    { id: 'j8', stageId: 'w', laneId: 'op', text: 'Real-time tracking of the file', tag: 'idea', votes: 6 },
    { id: 'j9', stageId: 'r', laneId: 'tp', text: 'SMS: “your passport is ready”', tag: 'wow' },
    { id: 'j10', stageId: 'h', laneId: 'ac', text: 'Leaves on holiday', moment: 'positive' },
  ],
  links: [{ id: 'jl1', from: 'j6', to: 'j8', label: 'answered by' }],
  emotions: [
    ['d', 1],
    ['c', -1],
    ['a', -3],
    ['w', -2],
    ['r', 2],
    ['h', 3],
  ].map(([stageId, value]) => ({ stageId, value })),
  fmeaThreshold: 100,
}

const target = {
  id: 'shot-target',
  title: 'Renewing a passport — target journey',
  kind: 'target',
  locale: 'en',
  personaIds: ['p_marie'],
  stages: [
    ['t1', 'Find out'],
    ['t2', 'Apply'],
    ['t3', 'Wait for the answer'],
    ['t4', 'Receive the passport'],
  ].map(([id, name]) => ({ id, name })),
  lanes: [
    { id: 'ir', name: 'Irritants', role: 'irritants' },
    { id: 'mu', name: 'Musts', role: 'musts' },
    { id: 'pl', name: 'Pluses (wow)', role: 'pluses' },
  ],
  cards: [
    { id: 'x1', stageId: 't1', laneId: 'ir', text: '“The list of documents is unclear”', tag: 'irritant', evidence: 'fact' },
    { id: 'x2', stageId: 't1', laneId: 'mu', text: 'A checklist built from my situation', tag: 'must' },
    { id: 'x3', stageId: 't2', laneId: 'ir', text: '“No slot before six weeks”', tag: 'irritant', evidence: 'fact' },
    { id: 'x4', stageId: 't3', laneId: 'ir', text: '“I never know where my file is”', tag: 'irritant', evidence: 'fact' },
    { id: 'x5', stageId: 't3', laneId: 'mu', text: 'Real-time tracking of the file', tag: 'must' },
    { id: 'x6', stageId: 't4', laneId: 'pl', text: 'Passport delivered home on request', tag: 'wow' },
  ],
  links: [
    { id: 'y1', from: 'x2', to: 'x1' },
    { id: 'y2', from: 'x5', to: 'x4' },
  ],
}

const zones = ['says', 'thinks', 'does', 'feels', 'pains', 'gains']
const empathy = {
  id: 'shot-empathy',
  title: 'Marie renews three passports',
  kind: 'empathy',
  locale: 'en',
  personaIds: ['p_marie'],
  situation: 'Three passports to renew before the summer holidays',
  stages: [{ id: 'e0', name: 'Situation' }],
  lanes: zones.map((role) => ({
    id: `z_${role}`,
    name: { says: 'Says', thinks: 'Thinks', does: 'Does', feels: 'Feels', pains: 'Pains', gains: 'Gains' }[role],
    role,
  })),
  cards: [
    ['says', '“I just want to know where my file is”', 'fact'],
    ['says', '“Why three visits for one passport?”', 'fact'],
    ['thinks', 'They will lose one of the files', 'assumption'],
    ['does', 'Calls the hotline twice a week', 'fact'],
    ['does', 'Keeps every receipt in a folder', 'assumption'],
    ['feels', 'Anxious as the holidays get closer', 'fact'],
    ['pains', 'Taking half a day off work', 'fact'],
    ['gains', 'Leaving on holiday without worry', 'assumption'],
  ].map(([role, text, evidence], i) => ({ id: `e${i}`, stageId: 'e0', laneId: `z_${role}`, text, evidence })),
  links: [],
}

// ---- shots ----------------------------------------------------------------------------
await waitForServer()
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US', acceptDownloads: true })
await page.goto(BASE)
await page.getByRole('button', { name: 'New board' }).waitFor()
await page.evaluate(
  ({ boards, persona }) =>
    new Promise((resolve, reject) => {
      const req = indexedDB.open('parcours')
      req.onerror = () => reject(req.error)
      req.onsuccess = () => {
        const db = req.result
        const tx = db.transaction(['boards', 'personas'], 'readwrite')
        let t = Date.now()
        for (const b of boards)
          tx.objectStore('boards').put({
            id: b.id,
            board: b,
            rev: 1,
            createdAt: t,
            updatedAt: t++,
            title: b.title,
            kind: b.kind,
            stageCount: b.stages.length,
            cardCount: b.cards.length,
          })
        tx.objectStore('personas').put(persona)
        tx.oncomplete = () => (db.close(), resolve(null))
        tx.onerror = () => reject(tx.error)
      }
    }),
  { boards: [empathy, target, journey, blueprint], persona },
)

await page.reload()
await page.getByRole('link', { name: blueprint.title }).waitFor()
await page.screenshot({ path: `${OUT}/home.png` })

async function shoot(board, name, prepare) {
  await page.goto(`${BASE}#/board/${board.id}`)
  await page.locator('.react-flow__node-card').first().waitFor()
  await page.waitForTimeout(800)
  if (prepare) await prepare()
  await page.screenshot({ path: `${OUT}/${name}.png` })
}
await shoot(blueprint, 'blueprint', async () => {
  await page.getByRole('button', { name: 'Fit View' }).click()
  await page.waitForTimeout(500)
})
await shoot(journey, 'journey')
await shoot(target, 'target')
await shoot(empathy, 'empathy')
await shoot(blueprint, 'worst-case-scenario', async () => {
  await page.getByRole('button', { name: 'Worst-case scenario' }).click()
  await page.waitForTimeout(500)
})

// the exported image of the blueprint, as the report reader gets it
await page.goto(`${BASE}#/board/${blueprint.id}`)
await page.locator('.react-flow__node-card').first().waitFor()
await page.getByRole('button', { name: 'Export', exact: true }).click()
await page.getByRole('menuitem', { name: 'PNG image' }).click()
await page.getByRole('radio', { name: /^1×/ }).check()
const download = page.waitForEvent('download')
await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
await (await download).saveAs(`${OUT}/blueprint-export.png`)
await browser.close()
stop()
writeFileSync(`${OUT}/README.md`, 'Made by `node scripts/screenshots.mjs` from the built app; do not edit by hand.\n')
console.log(`screenshots written to ${OUT}/`)
process.exit(0)
