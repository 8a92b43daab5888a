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

// measured scores on a journey's touchpoints (three quarters of NPS, CSAT, CES), a Scores lane,
// and the customer mapping's key expectations
const nps = (id, cardId, period, promoters, passives, detractors, target) => ({
  id,
  cardId,
  metric: 'nps',
  period,
  counts: { promoters, passives, detractors },
  ...(target !== undefined ? { target } : {}),
  source: 'Survey',
})
const scored = {
  id: 'shot-scores',
  title: 'Renewing a passport — measured',
  kind: 'journey',
  locale: 'en',
  stages: [
    ['d', 'Discover'],
    ['c', 'Prepare the file'],
    ['a', 'Apply at the counter'],
    ['w', 'Wait'],
    ['r', 'Receive'],
  ].map(([id, name]) => ({ id, name, ...(id === 'a' ? { moment: 'negative' } : {}) })),
  lanes: [
    { id: 'ac', name: 'Customer actions', role: 'actions' },
    { id: 'tp', name: 'Touchpoints', role: 'touchpoints' },
    { id: 'sc', name: 'Scores', role: 'scores' },
    { id: 'pa', name: 'Pain points', role: 'pains' },
  ],
  cards: [
    { id: 'q1', stageId: 'd', laneId: 'ac', text: 'Looks up the documents to bring' },
    { id: 'q2', stageId: 'd', laneId: 'tp', text: 'Government website', tag: 'touchpoint' },
    { id: 'q3', stageId: 'c', laneId: 'tp', text: 'Online form', tag: 'touchpoint' },
    { id: 'q4', stageId: 'a', laneId: 'tp', text: 'Counter', tag: 'touchpoint', moment: 'negative' },
    { id: 'q5', stageId: 'a', laneId: 'pa', text: '« 40 minutes in line, then told a photo was missing »', evidence: 'fact' },
    { id: 'q6', stageId: 'w', laneId: 'tp', text: 'Hotline', tag: 'touchpoint' },
    { id: 'q7', stageId: 'r', laneId: 'tp', text: 'SMS “your passport is ready”', tag: 'touchpoint' },
  ],
  links: [],
  measurements: [
    nps('n1', 'q2', '2026-Q1', 38, 40, 22),
    nps('n2', 'q2', '2026-Q2', 41, 39, 20),
    nps('n3', 'q2', '2026-Q3', 45, 35, 20, 30),
    { id: 'f1', cardId: 'q3', metric: 'ces', period: '2026-Q2', counts: { 1: 20, 2: 40, 3: 30, 4: 15, 5: 5 }, scale: '1-5', target: 2.2 },
    { id: 'f2', cardId: 'q3', metric: 'ces', period: '2026-Q3', counts: { 1: 30, 2: 45, 3: 20, 4: 8, 5: 2 }, scale: '1-5', target: 2.2 },
    nps('n4', 'q4', '2026-Q2', 20, 30, 50),
    nps('n5', 'q4', '2026-Q3', 22, 28, 50, 0),
    { id: 'k1', cardId: 'q4', metric: 'csat', period: '2026-Q3', counts: { 1: 20, 2: 25, 3: 20, 4: 20, 5: 15 }, scale: '1-5', method: 'top2', target: 70 },
    nps('n6', 'q6', '2026-Q3', 12, 10, 14, 10),
    { id: 'k2', cardId: 'q7', metric: 'csat', period: '2026-Q3', value: 91, n: 240, scale: '1-5', method: 'top2', target: 85 },
    { id: 'w1', stageId: 'w', metric: 'Waiting time', period: '2026-Q3', value: 19, unit: 'days', direction: 'lower', target: 15 },
    { id: 'r1', metric: 'nps', period: '2026', value: 12, n: 850, target: 20, relational: true },
  ],
  expectations: [
    ['Know where my file is', 9.1, 3.2],
    ['A slot within two weeks', 8.6, 2.8],
    ['Friendly agents', 7.8, 8.4],
    ['One visit only', 9.4, 4.1],
    ['Clear list of documents', 8.2, 6.9],
    ['Free parking', 3.1, 7.6],
    ['Nice waiting room', 2.6, 6.2],
    ['Printed forms', 3.4, 3.1],
  ].map(([name, importance, satisfaction], i) => ({ id: `x${i}`, name, importance, satisfaction })),
}

// SHOTS=scores,home … takes only those shots (the others are left as they are)
const only = process.env.SHOTS?.split(',')
const want = (name) => !only || only.includes(name)

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
  {
    boards: [
      scored,
      { ...scored, id: 'shot-survey', title: 'Renewing a passport — survey import', measurements: [], expectations: [] },
      empathy,
      target,
      journey,
      blueprint,
    ],
    persona,
  },
)

await page.reload()
await page.getByRole('link', { name: blueprint.title }).waitFor()
if (want('home')) await page.screenshot({ path: `${OUT}/home.png` })

async function shoot(board, name, prepare) {
  if (!want(name)) return
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

await shoot(scored, 'scores', async () => {
  await page.getByRole('button', { name: 'Fit View' }).click()
  await page.waitForTimeout(500)
})
await shoot(scored, 'scores-panel', async () => {
  await page.locator('.react-flow__node-card', { hasText: 'Counter' }).click()
  await page.getByRole('heading', { name: 'Scores', exact: true }).scrollIntoViewIfNeeded()
  await page.waitForTimeout(500)
})
await shoot(scored, 'scores-table', async () => {
  await page.getByRole('button', { name: 'Scores', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Scores table…' }).click()
  await page.getByRole('dialog').waitFor()
})
await shoot(scored, 'customer-mapping', async () => {
  await page.keyboard.press('Escape') // (the same board: the table may still be open)
  await page.getByRole('dialog').waitFor({ state: 'detached' })
  await page.getByRole('button', { name: 'Scores', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Customer mapping…' }).click()
  await page.getByRole('dialog').waitFor()
})

// a survey's raw answers (French headers, as the seeds' agencies export them) imported on a copy of the board
let seed = 11
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647
/** @type {[string, number][]} */
const TOUCHPOINTS = [
  ['Government website', 0.5],
  ['Online form', 0.2],
  ['Counter', -0.4],
  ['Hotline', -0.2],
  ['Chatbot', -0.6],
]
const COMMENTS = ['Too many documents to bring', 'Nobody answered for an hour', 'Had to come back twice', 'The form lost what I had typed']
const SURVEY = [
  'Point de contact;Date de réponse;Recommandation;Satisfaction;Commentaire',
  ...Array.from({ length: 650 }, (_, i) => {
    const [tp, bias] = TOUCHPOINTS[i % 5]
    const nps = Math.max(0, Math.min(10, Math.round(7 + bias * 5 + (rnd() - 0.5) * 7)))
    const csat = Math.max(1, Math.min(5, Math.round(3.4 + bias * 2 + (rnd() - 0.5) * 3)))
    const comment = nps <= 4 && rnd() < 0.5 ? COMMENTS[Math.floor(rnd() * COMMENTS.length)] : ''
    return `${tp};${1 + Math.floor(rnd() * 28)}/0${7 + Math.floor(rnd() * 3)}/2026;${nps};${csat};${comment}`
  }),
  'Counter;30/09/2026;11;4;',
].join('\n')
if (want('survey-import') || want('survey-imported')) {
  await page.goto(`${BASE}#/board/shot-survey`)
  await page.locator('.react-flow__node-card').first().waitFor()
  await page.getByRole('button', { name: 'Scores', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Import survey results…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Survey file (CSV)').setInputFiles({ name: 'enquete.csv', mimeType: 'text/csv', buffer: Buffer.from(SURVEY) })
  await dialog.getByText('651 rows read').waitFor()
  await dialog.getByRole('radio', { name: 'Quarter' }).check()
  await dialog.getByRole('combobox', { name: 'Scores of “Chatbot” go to' }).selectOption({ label: 'New touchpoint card in “Wait”' })
  await dialog.getByRole('checkbox', { name: /most recent detractor comments/ }).check()
  await page.waitForTimeout(300)
  if (want('survey-import')) await page.screenshot({ path: `${OUT}/survey-import.png` })
  await dialog.getByRole('button', { name: /^Import \d+ scores$/ }).click()
  await dialog.waitFor({ state: 'detached' })
  await page.getByRole('button', { name: 'Fit View' }).click()
  await page.waitForTimeout(600)
  if (want('survey-imported')) await page.screenshot({ path: `${OUT}/survey-imported.png` })
}

// the exported image of the measured board: badges, the Scores lane and the legend
if (want('scores-export')) {
  await page.goto(`${BASE}#/board/${scored.id}`)
  await page.locator('.react-flow__node-card').first().waitFor()
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'PNG image' }).click()
  await page.getByRole('radio', { name: /^1×/ }).check()
  const download = page.waitForEvent('download')
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
  await (await download).saveAs(`${OUT}/scores-export.png`)
}

// the exported image of the blueprint, as the report reader gets it
if (want('blueprint-export')) {
  await page.goto(`${BASE}#/board/${blueprint.id}`)
  await page.locator('.react-flow__node-card').first().waitFor()
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'PNG image' }).click()
  await page.getByRole('radio', { name: /^1×/ }).check()
  const download = page.waitForEvent('download')
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
  await (await download).saveAs(`${OUT}/blueprint-export.png`)
}
await browser.close()
stop()
writeFileSync(`${OUT}/README.md`, 'Made by `node scripts/screenshots.mjs` from the built app; do not edit by hand.\n')
console.log(`screenshots written to ${OUT}/`)
process.exit(0)
