// The README's workshop screenshots, in English and in French, made from the built app in
// headless Chromium:   node scripts/workshop-screenshots.mjs   → docs/screenshots/workshop-*.png
// A target journey map is written straight into IndexedDB with a workshop under way (participants,
// a finished round and vote); the script then presents it, runs a round and shows the ranking.
import { spawn, execSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

const PORT = Number(process.env.SHOTS_PORT ?? 4392)
const OUT = 'docs/screenshots'
const BASE = `http://127.0.0.1:${PORT}/`
mkdirSync(OUT, { recursive: true })
execSync('npx vite build --outDir dist-shots-ws', { stdio: 'ignore' })
const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist-shots-ws', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
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

const TEXT = {
  en: {
    title: 'Renewing a passport — workshop',
    stages: ['Find out', 'Apply', 'Wait for the answer', 'Receive the passport'],
    lanes: ['Irritants', 'Musts', 'Pluses (wow)'],
    cards: [
      ['t1', 'ir', '“The list of documents is unclear”', 'irritant', 'a'],
      ['t1', 'ir', 'Forms change every year', 'irritant', 'b'],
      ['t2', 'ir', '“No slot before six weeks”', 'irritant', 'c'],
      ['t2', 'ir', 'Half a day off work to apply', 'irritant', 'd'],
      ['t3', 'ir', '“I never know where my file is”', 'irritant', 'a'],
      ['t1', 'mu', 'A checklist built from my situation', 'must', 'b'],
      ['t3', 'mu', 'Real-time tracking of the file', 'must', 'c'],
      ['t4', 'pl', 'Passport delivered home on request', 'wow', 'd'],
    ],
    people: ['Marie Tremblay', 'Karim Haddad', 'Julie Gagnon', 'Luc Bernard'],
    notes: ['An SMS the day the passport is printed', 'Book the pick-up slot online'],
    ask: '“Wow” ideas',
  },
  fr: {
    title: 'Renouveler un passeport — atelier',
    stages: ['S’informer', 'Déposer la demande', 'Attendre la réponse', 'Recevoir le passeport'],
    lanes: ['Irritants', 'Incontournables', 'Les « plus »'],
    cards: [
      ['t1', 'ir', '« La liste des documents est floue »', 'irritant', 'a'],
      ['t1', 'ir', 'Les formulaires changent chaque année', 'irritant', 'b'],
      ['t2', 'ir', '« Pas de rendez-vous avant six semaines »', 'irritant', 'c'],
      ['t2', 'ir', 'Une demi-journée de congé pour déposer', 'irritant', 'd'],
      ['t3', 'ir', '« Je ne sais jamais où en est mon dossier »', 'irritant', 'a'],
      ['t1', 'mu', 'Une liste adaptée à ma situation', 'must', 'b'],
      ['t3', 'mu', 'Le suivi du dossier en temps réel', 'must', 'c'],
      ['t4', 'pl', 'Passeport livré à domicile sur demande', 'wow', 'd'],
    ],
    people: ['Marie Tremblay', 'Karim Haddad', 'Julie Gagnon', 'Luc Bernard'],
    notes: ['Un texto le jour où le passeport est imprimé', 'Réserver le retrait en ligne'],
    ask: 'Idées « wow »',
  },
}

function seed(lang) {
  const x = TEXT[lang]
  const now = Date.now()
  const people = x.people.map((name, i) => ({ id: 'abcd'[i], name }))
  const cards = x.cards.map(([stageId, laneId, text, tag, authorId], i) => ({
    id: `k${i}`,
    stageId,
    laneId,
    text,
    tag,
    authorId,
    roundId: tag === 'irritant' ? 'r1' : undefined,
  }))
  // a finished vote on the irritants: Marie, Karim, Julie and Luc, 3 dots each
  const dotsFor = { a: ['k2', 'k4', 'k0'], b: ['k2', 'k4', 'k3'], c: ['k2', 'k0', 'k4'], d: ['k3', 'k2', 'k1'] }
  const dots = Object.entries(dotsFor).flatMap(([p, ids], i) =>
    ids.map((cardId, j) => ({ id: `d${i}${j}`, votingId: 'v1', participantId: p, cardId, at: now - 600_000 + i * 10_000 + j })),
  )
  const votes = {}
  for (const d of dots) votes[d.cardId] = (votes[d.cardId] ?? 0) + 1
  for (const c of cards) if (votes[c.id]) c.votes = votes[c.id]
  return {
    id: `shot-workshop-${lang}`,
    title: x.title,
    kind: 'target',
    locale: lang,
    stages: x.stages.map((name, i) => ({ id: `t${i + 1}`, name })),
    lanes: [
      { id: 'ir', name: x.lanes[0], role: 'irritants' },
      { id: 'mu', name: x.lanes[1], role: 'musts' },
      { id: 'pl', name: x.lanes[2], role: 'pluses' },
    ],
    cards,
    links: [
      { id: 'y1', from: 'k5', to: 'k0' },
      { id: 'y2', from: 'k6', to: 'k4' },
    ],
    workshop: {
      participants: people,
      rounds: [
        {
          id: 'r1',
          ask: 'irritant',
          stageIds: ['t1', 't2', 't3', 't4'],
          startedAt: now - 1_500_000,
          endedAt: now - 1_200_000,
          durationMs: 300_000,
          noteCount: 5,
        },
      ],
      votings: [{ id: 'v1', dotsPerParticipant: 3, tags: ['irritant'], startedAt: now - 700_000, endedAt: now - 500_000 }],
      dots,
    },
  }
}

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

for (const lang of ['en', 'fr']) {
  const x = TEXT[lang]
  const board = seed(lang)
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: lang === 'fr' ? 'fr-FR' : 'en-US' })
  await page.goto(BASE)
  await page.evaluate((l) => localStorage.setItem('parcours:lang', l), lang)
  await page.reload()
  await page.locator('.home-header').waitFor()
  await page.evaluate(
    (b) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['boards'], 'readwrite')
          const t = Date.now()
          tx.objectStore('boards').put({
            id: b.id,
            board: b,
            rev: 1,
            createdAt: t,
            updatedAt: t,
            title: b.title,
            kind: b.kind,
            stageCount: b.stages.length,
            cardCount: b.cards.length,
          })
          tx.oncomplete = () => (db.close(), resolve(null))
          tx.onerror = () => reject(tx.error)
        }
      }),
    board,
  )
  await page.goto(`${BASE}#/board/${board.id}`)
  await page.locator('.react-flow__node-card').first().waitFor()
  await page.waitForTimeout(600)

  // a running round: "wow" ideas on the last two stages, typed for two participants
  const tool = page.locator('.workshop-tool')
  await tool.click()
  const panel = page.locator('.workshop-panel')
  await panel.locator('.workshop-section').nth(2).getByRole('button').last().click() // Start a round
  const form = panel.locator('form.workshop-form')
  await form.getByRole('radio', { name: x.ask }).check()
  await form.getByRole('checkbox').nth(0).check()
  await form.getByRole('checkbox').nth(0).uncheck()
  await form.getByRole('checkbox').nth(3).check()
  await form.getByRole('checkbox').nth(4).check()
  await form.locator('button[type="submit"]').click()
  const entry = page.locator('.round-bar-input')
  await entry.waitFor()
  const author = page.locator('.round-bar-author select')
  await author.selectOption({ label: x.people[2] })
  await entry.fill(x.notes[0])
  await entry.press('Enter')
  await entry.press('Tab')
  await author.selectOption({ label: x.people[3] })
  await entry.fill(x.notes[1])
  await entry.press('Enter')
  await entry.fill(lang === 'fr' ? 'Un rappel la veille du rendez' : 'A reminder the day before the')
  await page.waitForTimeout(700)
  await page.screenshot({ path: `${OUT}/workshop-round.${lang}.png` })
  await entry.fill('')

  // the ranking of the vote on the irritants
  await panel.locator('.voting-list button').first().click()
  await page.locator('.ranking-dialog[open]').waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${OUT}/workshop-ranking.${lang}.png` })
  await page.keyboard.press('Escape')

  // present mode on a 1920 × 1080 projector, stage 2 in focus (the round ended first)
  await page
    .locator('.round-bar')
    .getByRole('button')
    .filter({ hasText: lang === 'fr' ? 'Terminer le tour' : 'End round' })
    .click()
  await page.setViewportSize({ width: 1920, height: 1080 })
  await tool.click()
  await page.locator('.board-surface').focus()
  await page.keyboard.press('p')
  await page.locator('.present-layer').waitFor()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.waitForTimeout(900)
  await page.screenshot({ path: `${OUT}/workshop-present.${lang}.png` })
  await page.keyboard.press('Escape')
  await page.close()
}

await browser.close()
stop()
console.log(`workshop screenshots written to ${OUT}/`)
process.exit(0)
