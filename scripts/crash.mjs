#!/usr/bin/env node
// The crash harness (npm run crash): does an edit survive a browser killed right after it?
// It drives the system Chromium with a persistent profile, makes an edit, SIGKILLs the whole
// browser (every process of it, as a crash or a power cut of the app would) 0–1,000 ms later,
// starts the browser again on the same profile and looks for the edit. Two kinds of trial:
//   edit  — a card's text typed then ended (Escape): the card must be there after the kill;
//   draft — text typed in an open card editor, never ended: it must come back (as a draft in
//           the reopened editor, or in the card);
//   persona — a new persona's name typed in the persona library's form, never saved: it must
//           come back in the form when New persona is opened again (not in the defaults: --kinds).
// It prints, per delay, how many trials lost their text. A script, not a test: it takes minutes.
//
//   node scripts/crash.mjs [--trials 30] [--delays 0,50,100,200,400,700,1000]
//                          [--kinds edit,draft,persona] [--no-build] [--port 4310]
import { spawn } from 'node:child_process'
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium } from 'playwright-core'

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : dflt
}
const TRIALS = Number(opt('trials', 30))
const DELAYS = opt('delays', '0,50,100,200,400,700,1000').split(',').map(Number)
const KINDS = opt('kinds', 'edit,draft').split(',')
const PORT = Number(opt('port', 4310))
const BUILD = !args.includes('--no-build')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const OUT = 'dist-crash'
const FAILURES = 'crash-failures' // what the page showed when a reopened browser did not show the board
const BASE = `http://127.0.0.1:${PORT}/`

function run(cmd, argv, opts = {}) {
  return /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      const p = spawn(cmd, argv, { stdio: 'inherit', ...opts })
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}`))))
    })
  )
}

async function startServer() {
  const server = spawn('npx', ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  })
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(BASE)).ok) return server
    } catch {
      /* not up yet */
    }
    await sleep(100)
  }
  throw new Error('the preview server did not start')
}

/** A Chromium of our own (so that we can kill it), driven over the DevTools protocol. */
async function launch(profile) {
  const proc = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const ws = await new Promise((resolve, reject) => {
    let buf = ''
    const timer = setTimeout(() => reject(new Error('Chromium did not start')), 30_000)
    proc.stderr.on('data', (d) => {
      buf += d
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
  })
  const browser = await chromium.connectOverCDP(ws)
  const context = browser.contexts()[0]
  const page = context.pages()[0] ?? (await context.newPage())
  return { proc, browser, page }
}

/** SIGKILL every process of the browser (it runs in its own process group). */
async function kill(b) {
  const exited = new Promise((r) => b.proc.once('exit', r))
  try {
    process.kill(-b.proc.pid, 'SIGKILL')
  } catch {
    /* already gone */
  }
  await exited
}

async function quit(b) {
  await b.browser.close().catch(() => {})
  await kill(b)
}

async function openBoard(page, id) {
  await page.goto(`${BASE}#/board/${encodeURIComponent(id)}`)
  await page.getByRole('textbox', { name: 'Board title' }).waitFor({ timeout: 30_000 })
}

/** The stored board (raw IndexedDB, not the app's code). */
const storedCards = (page, id) =>
  page.evaluate(
    (boardId) =>
      new Promise((resolve) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => resolve([])
        req.onsuccess = () => {
          const db = req.result
          try {
            const get = db.transaction('boards', 'readonly').objectStore('boards').get(boardId)
            get.onsuccess = () => {
              db.close()
              resolve((get.result?.board?.cards ?? []).map((c) => c.text))
            }
            get.onerror = () => resolve([])
          } catch {
            resolve([])
          }
        }
      }),
    id,
  )

/** What a user finds on reopening: the stored cards once the app has opened the board (and
 * written whatever it recovered), and any card editor that came back with a draft. */
async function findAfterReopen(page, id) {
  await openBoard(page, id)
  const status = page.getByTestId('save-status')
  await status
    .filter({ hasText: 'Saved' })
    .waitFor({ timeout: 15_000 })
    .catch(() => {})
  const editors = await page.getByRole('textbox', { name: 'Card text' }).evaluateAll((els) => els.map((e) => e.value))
  // The browser deleted a database the kill had damaged, and the app brought the boards back
  // from its safety copy (the notice says so): counted, then dismissed.
  const notice = page.getByTestId('restored-notice')
  const restored = (await notice.count()) > 0
  if (restored) await notice.getByRole('button', { name: 'Dismiss' }).click()
  return { cards: await storedCards(page, id), editors, restored }
}

/** A new blank board made through the UI and left saved; returns its id. */
async function createBoard(page, title) {
  await page.goto(BASE)
  await page.getByRole('button', { name: 'New board' }).click()
  await page.getByRole('textbox', { name: 'Board title' }).fill(title)
  await page.getByRole('radio', { name: /^Blank board/ }).check()
  await page.getByRole('button', { name: 'Create', exact: true }).click()
  await page.waitForURL(/#\/board\//)
  const id = decodeURIComponent(page.url().split('#/board/')[1])
  await page.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor()
  return id
}

/** Open the persona library's form for a new persona (from the home screen); returns its Name box. */
async function newPersonaForm(page) {
  await page.goto(BASE)
  await page.getByRole('button', { name: 'Personas', exact: true }).click()
  await page.getByRole('button', { name: /New persona$/ }).click()
  const name = page.getByRole('form', { name: 'New persona' }).getByRole('textbox', { name: 'Name' })
  await name.waitFor({ timeout: 30_000 })
  return name
}

/** What the reopened form holds (it shows once the draft is read), then Cancel: no draft left for the next trial. */
async function findPersonaAfterReopen(page) {
  const name = await newPersonaForm(page)
  const value = await name.inputValue()
  await page.getByRole('form', { name: 'New persona' }).getByRole('button', { name: 'Cancel' }).click()
  return value
}

/** What the page showed when it did not reopen the board: its text and a screenshot. */
async function recordFailure(b, n, error, id, profile, snapshot) {
  mkdirSync(FAILURES, { recursive: true })
  const shot = join(FAILURES, `reopen-${n}.png`)
  await b.page.screenshot({ path: shot, timeout: 10_000 }).catch(() => {})
  const text = await b.page.evaluate(() => document.body?.innerText ?? '').catch((e) => `(no text: ${e.message})`)
  // What IndexedDB holds, read without the app's code: is the board gone, or the database unreadable?
  const stored = await b.page
    .evaluate(
      (boardId) =>
        new Promise((resolve) => {
          const req = indexedDB.open('parcours')
          req.onerror = () => resolve(`the database does not open: ${req.error?.name}: ${req.error?.message}`)
          req.onsuccess = () => {
            const db = req.result
            try {
              const store = db.transaction('boards', 'readonly').objectStore('boards')
              const keys = store.getAllKeys()
              keys.onsuccess = () => {
                db.close()
                resolve(`version ${db.version}, ${keys.result.length} boards, this one ${keys.result.includes(boardId) ? 'present' : 'ABSENT'}`)
              }
              keys.onerror = () => resolve(`the boards do not read: ${keys.error?.name}: ${keys.error?.message}`)
            } catch (e) {
              resolve(`no boards store: ${e}`)
            }
          }
        }),
      id,
    )
    .catch((e) => `(not read: ${e.message})`)
  const line = `trial ${n}: ${String(error?.message ?? error).split('\n')[0]} — url ${b.page.url()} — IndexedDB: ${stored} — page text: ${JSON.stringify(text.slice(0, 400))} — ${shot}`
  appendFileSync(join(FAILURES, 'failures.txt'), line + '\n')
  // The profile as the kill left it, and as the reopened browser has it now, to look into.
  try {
    cpSync(snapshot, join(FAILURES, `profile-${n}-after-kill`), { recursive: true })
    cpSync(profile, join(FAILURES, `profile-${n}-reopened`), { recursive: true })
  } catch {
    /* a file in use: what was copied is kept */
  }
  return line
}

async function main() {
  if (BUILD) await run('npx', ['vite', 'build', '--outDir', OUT, '--logLevel', 'warn'])
  const server = await startServer()
  const profile = mkdtempSync(join(tmpdir(), 'parcours-crash-'))
  const snapshot = `${profile}-after-kill`
  rmSync(FAILURES, { recursive: true, force: true })
  const results = {} // kind → delay → { trials, lost, emptyLeft, reopenFailed }
  const t0 = Date.now()
  let b = await launch(profile)
  try {
    let n = 0
    for (const kind of KINDS) {
      results[kind] = {}
      for (const delay of DELAYS) {
        const r = (results[kind][delay] = { trials: 0, lost: 0, emptyLeft: 0, reopenFailed: 0, boardsLost: 0, restored: 0 })
        if (kind === 'persona') {
          for (let i = 0; i < TRIALS; i++) {
            const text = `persona-${delay}-${i}-${++n}`
            const name = await newPersonaForm(b.page)
            await name.pressSequentially(text, { delay: 0 })
            const typed = Date.now()
            await sleep(Math.max(0, delay - (Date.now() - typed)))
            await kill(b)
            r.trials++
            b = await launch(profile)
            const found = await findPersonaAfterReopen(b.page).catch(() => null)
            if (found === null) r.reopenFailed++
            const kept = found === text
            if (!kept) r.lost++
            process.stdout.write(kept ? '.' : 'x')
          }
          process.stdout.write(` ${kind} ${delay} ms: ${r.lost}/${r.trials} lost${r.reopenFailed ? `, ${r.reopenFailed} reopen failures` : ''}\n`)
          continue
        }
        // A board per group, so that boards stay small and every group starts alike.
        let id = await createBoard(b.page, `Crash ${kind} ${delay} ms`)
        let empties = 0 // empty cards on the board before the trial
        for (let i = 0; i < TRIALS; i++) {
          const text = `${kind}-${delay}-${i}-${++n}`
          await b.page.getByRole('button', { name: 'Add card' }).click()
          const editor = b.page.getByRole('textbox', { name: 'Card text' })
          await editor.waitFor()
          await editor.pressSequentially(text, { delay: 0 })
          if (kind === 'edit') await editor.press('Escape')
          const ended = Date.now()
          await sleep(Math.max(0, delay - (Date.now() - ended)))
          await kill(b)
          r.trials++
          // The profile as the kill left it, kept until the next kill: if the reopened browser does
          // not show the board, this is what it started from.
          rmSync(snapshot, { recursive: true, force: true })
          cpSync(profile, snapshot, { recursive: true })

          // The browser started again on the same profile, as a user would after a crash; the
          // next trial goes on in it.
          b = await launch(profile)
          let found
          try {
            found = await findAfterReopen(b.page, id)
          } catch (error) {
            // A user would have seen this: say what the page showed.
            r.reopenFailed++
            process.stdout.write('!')
            console.log(`\n  ${await recordFailure(b, n, error, id, profile, snapshot)}`)
            // Then look again, in a browser started once more, so the trial still counts.
            await quit(b)
            b = await launch(profile)
            found = await findAfterReopen(b.page, id).catch(() => null)
            if (!found) {
              // The board is gone for good: every card of it lost. Go on with a new board.
              r.lost++
              r.boardsLost++
              id = await createBoard(b.page, `Crash ${kind} ${delay} ms (again)`)
              empties = 0
              continue
            }
          }
          if (found.restored) r.restored++
          const kept = found.cards.includes(text) || found.editors.some((v) => v.includes(text))
          if (!kept) r.lost++
          // (the card of a draft that came back in its editor is empty until the draft is ended: not left behind)
          const emptyNow = found.cards.filter((t) => t === '').length - found.editors.filter((v) => v.includes(text)).length
          if (emptyNow > empties) r.emptyLeft++
          empties = emptyNow
          // Leave a clean board for the next trial: end any draft that came back.
          if (found.editors.length) await b.page.getByRole('textbox', { name: 'Card text' }).first().press('Escape')
          await b.page
            .getByTestId('save-status')
            .filter({ hasText: 'Saved' })
            .waitFor({ timeout: 15_000 })
            .catch(() => {})
          process.stdout.write((kept ? '.' : 'x') + (found.restored ? 'r' : ''))
        }
        process.stdout.write(` ${kind} ${delay} ms: ${r.lost}/${r.trials} lost${r.reopenFailed ? `, ${r.reopenFailed} reopen failures` : ''}\n`)
      }
    }
  } finally {
    await quit(b)
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      /* gone */
    }
    rmSync(profile, { recursive: true, force: true })
    rmSync(snapshot, { recursive: true, force: true })
  }

  console.log(`\n${((Date.now() - t0) / 60000).toFixed(1)} min\nkind   delay(ms)  trials  lost  reopen failures  trials that left an empty card`)
  for (const [kind, byDelay] of Object.entries(results))
    for (const [delay, r] of Object.entries(byDelay))
      console.log(
        `${kind.padEnd(6)} ${String(delay).padStart(9)}  ${String(r.trials).padStart(6)}  ${String(r.lost).padStart(4)}  ${String(r.reopenFailed).padStart(15)}  ${String(r.emptyLeft).padStart(4)}`,
      )
  const kills = Object.values(results).flatMap((d) => Object.entries(d))
  const edits = Object.entries(results.edit ?? {}).filter(([d]) => Number(d) >= 50)
  const drafts = Object.entries(results.draft ?? {}).filter(([d]) => Number(d) >= 400)
  const personas = Object.entries(results.persona ?? {}).filter(([d]) => Number(d) >= 400)
  const sum = (list, k) => list.reduce((s, [, r]) => s + r[k], 0)
  console.log(
    `\nkills: ${kills.reduce((s, [, r]) => s + r.trials, 0)}; reopened browsers that did not show the board at first: ${sum(kills, 'reopenFailed')}; boards gone for good: ${sum(kills, 'boardsLost')}`,
  )
  console.log(`databases the browser deleted as damaged, the boards brought back from the safety copy: ${sum(kills, 'restored')}`)
  if (edits.length) console.log(`edits ended ≥ 50 ms before the kill: ${sum(edits, 'lost')} lost of ${sum(edits, 'trials')}`)
  if (drafts.length) console.log(`drafts typed ≥ 400 ms before the kill: ${sum(drafts, 'lost')} lost of ${sum(drafts, 'trials')}`)
  if (personas.length) console.log(`persona forms typed ≥ 400 ms before the kill: ${sum(personas, 'lost')} lost of ${sum(personas, 'trials')}`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
