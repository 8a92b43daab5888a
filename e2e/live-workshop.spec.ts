// A live workshop's private round and dot vote on three devices, against the real live server
// (npm run serve) started by the test: a facilitator, a participant on a laptop and one on a
// phone (360 × 740), in separate browser contexts. The participants' notes reach the facilitator
// face down within a second and nobody else — not on screen, not in the room's document, not in
// the other participant's storage — until Reveal; the three devices vote and the facilitator's
// ranking is right; the server is killed in the middle of a round, everyone keeps adding, and
// every device ends with the same board.
import { test, expect, type Page } from '@playwright/test'
import { card, createBoard, readStoredBoard } from './helpers'
import { device, joinAs, LIVE, liveServerForThisFile, OFFLINE, shot, yjsClient } from './liveHelpers'
import { bar, noteInput, openWorkshop, startRound, typeNote, votingBar } from './workshopHelpers'

const server = liveServerForThisFile()

/**
 * Record, in the page, the moment (the machine's clock, which every context shares) an element
 * matching `css` first says `text` (in its text or its accessible label) — under the stage named
 * `stage` when given. Read it back with `seenAt`.
 */
async function watch(page: Page, key: string, css: string, text: string, stage?: string) {
  await page.evaluate(
    ([key, css, text, stage]) => {
      const w = window as unknown as { __seen?: Record<string, number> }
      const seen = (w.__seen ??= {})
      const check = () => {
        if (seen[key]) return
        for (const el of document.querySelectorAll(css)) {
          const said = `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`
          if (!said.includes(text)) continue
          if (stage && el.closest('.react-flow__node')?.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input')?.value !== stage) continue
          seen[key] = Date.now()
          return
        }
      }
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
      check()
    },
    [key, css, text, stage ?? ''] as const,
  )
}
const seenAt = (page: Page, key: string) => page.evaluate((k) => (window as unknown as { __seen?: Record<string, number> }).__seen?.[k] ?? 0, key)

/** Does anything this browser keeps (every IndexedDB database, every record, as text or bytes) hold `text`? */
const deviceHolds = (page: Page, text: string) =>
  page.evaluate(async (text) => {
    const decoder = new TextDecoder()
    const said = (v: unknown): string =>
      v instanceof Uint8Array ? decoder.decode(v) : v instanceof ArrayBuffer ? decoder.decode(new Uint8Array(v)) : JSON.stringify(v)
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(name)
        req.onsuccess = () => ok(req.result)
        req.onerror = () => fail(req.error)
      })
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok, fail) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll()
          req.onsuccess = () => ok(req.result)
          req.onerror = () => fail(req.error)
        })
        if (all.some((v) => said(v).includes(text))) return (db.close(), true)
      }
      db.close()
    }
    return false
  }, text)

/** Everything the server gives a participant of the room's board (a Yjs client with the participant's secret). */
async function roomAsParticipantSees(joinLink: string): Promise<string> {
  const { doc, provider } = await yjsClient(server.url, joinLink)
  const all = JSON.stringify(doc.toJSON())
  provider.destroy()
  return all
}

/** A note of the round under way, from the phone. */
async function phoneNote(page: Page, stage: string, text: string) {
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: stage })
  await page.getByRole('textbox', { name: 'Your note' }).fill(text)
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('region', { name: 'My notes' }).getByText(text)).toBeVisible()
}

const faceDown = (page: Page, n: number) => page.getByRole('img', { name: n === 1 ? '1 note face down' : `${n} notes face down` })

test('a private round, a dot vote and a server crash, on a facilitator’s laptop, a participant’s laptop and a phone', async ({ browser }) => {
  test.setTimeout(300_000)
  const fac = await device(browser, server.url)
  const boardId = await createBoard(fac.page, 'Passport workshop', 'Target journey map')
  await fac.page.getByRole('button', { name: 'Start live session' }).click()
  const dialog = fac.page.getByRole('dialog', { name: 'Live session' })
  const joinLink = await dialog.getByRole('textbox', { name: 'Join link' }).inputValue()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(fac.page.getByTestId('live-status')).toHaveText(LIVE)

  const ana = await device(browser, server.url)
  await joinAs(ana.page, joinLink, 'Ana Lopez')
  const ben = await device(browser, server.url, true)
  await joinAs(ben.page, joinLink, 'Ben Okafor')

  // joining made them the workshop's participants (for votes and authors), once each, even after a reload
  const panel = await openWorkshop(fac.page)
  await expect(panel.getByRole('textbox', { name: 'Name of Ana Lopez' })).toBeVisible()
  await expect(panel.getByRole('textbox', { name: 'Name of Ben Okafor' })).toBeVisible()
  await ben.page.reload()
  await expect(ben.page.getByTestId('live-status')).toHaveText(LIVE)
  // and someone in the room without a device, whose dots the facilitator places
  const box = panel.getByRole('textbox', { name: 'New participant' })
  await box.fill('Chloé Roy')
  await box.press('Enter')
  await expect(panel.getByRole('textbox', { name: /^Name of / })).toHaveCount(3)

  // a private round of irritants on every stage
  await startRound(fac.page, { ask: 'Irritants', stages: 'all', private: true })
  await expect(ana.page.getByRole('region', { name: 'Quick entry' })).toBeVisible()
  await expect(ben.page.getByText('Your notes stay face down until the facilitator reveals them.')).toBeVisible()
  // a participant's bar writes as them, and has none of the facilitator's controls
  await expect(bar(ana.page).getByRole('combobox', { name: 'Written by' })).toHaveCount(0)
  await expect(bar(ana.page).getByRole('button', { name: /Reveal|End round/ })).toHaveCount(0)

  // both participants add a note at the same moment; each reaches the facilitator, face down, within a second
  await watch(fac.page, 'ana', '.stage-facedown', '1 note face down', 'Find out')
  await watch(fac.page, 'ben', '.stage-facedown', '1 note face down', 'Apply')
  await watch(ana.page, 'ana', '[data-testid=round-message]', 'Added face down to Find out')
  await watch(ben.page, 'ben', '.phone-mine li', 'Ben: queue outside at dawn')
  await Promise.all([typeNote(ana.page, 'Ana: no slot before six weeks'), phoneNote(ben.page, 'Apply', 'Ben: queue outside at dawn')])
  await expect(faceDown(fac.page, 1)).toHaveCount(2)
  for (const who of ['ana', 'ben']) {
    const stored = await seenAt(who === 'ana' ? ana.page : ben.page, who)
    const arrived = await seenAt(fac.page, who)
    expect(stored, `${who}'s note in their own store`).toBeGreaterThan(0)
    expect(arrived, `${who}'s note at the facilitator`).toBeGreaterThan(0)
    test.info().annotations.push({ type: 'arrival', description: `${who}: ${arrived - stored} ms` })
    console.log(`${who}'s note reached the facilitator ${arrived - stored} ms after it was in their own store`)
    expect(arrived - stored, `${who}'s note at the facilitator, ms after it was in their own store`).toBeLessThanOrEqual(1000)
  }
  // two more, at the same time again
  await noteInput(ana.page).press('Tab')
  await Promise.all([typeNote(ana.page, 'Ana: the form changed again'), phoneNote(ben.page, 'Find out', 'Ben: nobody answers the phone')])
  await expect(faceDown(fac.page, 2)).toHaveCount(2)
  await expect(card(fac.page, 'Ana: no slot')).toHaveCount(0)
  await shot(fac.page, 'live-workshop-round.png')
  await shot(ben.page, 'live-phone-round.png')
  await ana.page.screenshot({ path: test.info().outputPath('participant-laptop-round.png') })

  // nobody else reads them: not on screen, not in the room's document, not in the other one's browser storage
  await expect(ana.page.getByText(/Ben:/)).toHaveCount(0)
  await expect(ben.page.getByText(/Ana:/)).toHaveCount(0)
  const room = await roomAsParticipantSees(joinLink)
  expect(room).not.toContain('Ana:')
  expect(room).not.toContain('Ben:')
  expect(await deviceHolds(ana.page, 'Ben: queue outside')).toBe(false)
  expect(await deviceHolds(ben.page, 'Ana: no slot')).toBe(false)
  // their own are kept on their own device
  expect(await deviceHolds(ben.page, 'Ben: queue outside')).toBe(true)

  // Reveal: every note on every device
  await bar(fac.page).getByRole('button', { name: 'Reveal' }).click()
  const round1 = ['Ana: no slot before six weeks', 'Ana: the form changed again', 'Ben: queue outside at dawn', 'Ben: nobody answers the phone']
  for (const text of round1) {
    await expect(card(fac.page, text)).toHaveCount(1)
    await expect(card(ana.page, text)).toHaveCount(1)
    await expect(ben.page.locator('.phone-round-notes').getByText(text)).toHaveCount(1)
  }
  await expect(faceDown(fac.page, 1)).toHaveCount(0)
  await bar(fac.page).getByRole('button', { name: 'End round' }).click()

  // a dot vote from the three devices
  await panel.getByRole('button', { name: 'Start voting' }).click()
  await panel.getByRole('button', { name: 'Start the vote' }).click()
  await expect(votingBar(ana.page)).toBeVisible()
  // Ana on her laptop: her own dots only (she picks nobody)
  await expect(votingBar(ana.page).getByRole('button', { name: /Ben Okafor/ })).toHaveCount(0)
  for (const text of ['Ben: queue outside at dawn', 'Ana: no slot before six weeks', 'Ben: nobody answers the phone']) await card(ana.page, text).click()
  await expect(votingBar(ana.page).getByLabel('Ana Lopez: 0 dots left')).toBeVisible()
  // Ben on his phone
  await expect(ben.page.getByTestId('phone-dots-left')).toHaveText(/You have 3 dots left/)
  for (const text of ['Ben: queue outside at dawn', 'Ana: no slot before six weeks'])
    await ben.page.getByRole('button', { name: `Put a dot on “${text}”` }).click()
  await expect(ben.page.getByTestId('phone-dots-left')).toHaveText(/You have 1 dot left/)
  await shot(ben.page, 'live-phone-vote.png')
  // Chloé, at the facilitator's screen
  await votingBar(fac.page)
    .getByRole('button', { name: /Chloé Roy/ })
    .click()
  await card(fac.page, 'Ben: queue outside at dawn').click()
  await expect(votingBar(fac.page).getByLabel('Chloé Roy: 2 dots left')).toBeVisible()
  // every dot reached the facilitator
  await expect(votingBar(fac.page).getByLabel('Ana Lopez: 0 dots left')).toBeVisible()
  await expect(votingBar(fac.page).getByLabel('Ben Okafor: 1 dot left')).toBeVisible()
  await shot(fac.page, 'live-workshop-vote.png')
  await votingBar(fac.page).getByRole('button', { name: 'End voting' }).click()
  const ranking = fac.page.getByRole('dialog', { name: 'Ranking' })
  const rows = ranking.getByRole('row')
  await expect(rows).toHaveCount(4) // a header and the three cards that got dots
  const cells = async (i: number) => (await rows.nth(i).getByRole('cell').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim())
  expect((await cells(1)).slice(0, 3)).toEqual(['1', '3', 'Ben: queue outside at dawn'])
  expect((await cells(2)).slice(0, 3)).toEqual(['2', '2', 'Ana: no slot before six weeks'])
  expect((await cells(3)).slice(0, 3)).toEqual(['3', '1', 'Ben: nobody answers the phone'])
  await shot(fac.page, 'live-workshop-ranking.png')
  await ranking.getByRole('button', { name: 'Close' }).click()

  // a second private round; the server dies in the middle of it; everyone keeps adding
  await startRound(fac.page, { ask: 'Irritants', stages: 'all', private: true })
  await expect(ana.page.getByRole('region', { name: 'Quick entry' })).toBeVisible()
  await expect(ben.page.getByText('Your notes stay face down until the facilitator reveals them.')).toBeVisible()
  await typeNote(ana.page, 'Ana: online before the crash')
  await expect(faceDown(fac.page, 1)).toHaveCount(1)
  server.kill()
  for (const p of [fac.page, ana.page, ben.page]) await expect(p.getByTestId('live-status')).toHaveText(OFFLINE)
  await typeNote(ana.page, 'Ana: written offline')
  await phoneNote(ben.page, 'Find out', 'Ben: written offline')
  await typeNote(fac.page, 'Facilitator: written offline')
  await server.start()
  for (const p of [fac.page, ana.page, ben.page]) await expect(p.getByTestId('live-status')).toHaveText(LIVE)
  // all four reach the facilitator, face down: Ana's two on Apply (where her bar still is), Ben's and the facilitator's on Find out
  await expect(faceDown(fac.page, 2)).toHaveCount(2)
  await expect(ana.page.getByText(/Ben: written offline/)).toHaveCount(0)
  await bar(fac.page).getByRole('button', { name: 'Reveal' }).click()
  const round2 = ['Ana: online before the crash', 'Ana: written offline', 'Ben: written offline', 'Facilitator: written offline']
  for (const text of round2) {
    await expect(card(fac.page, text)).toHaveCount(1)
    await expect(card(ana.page, text)).toHaveCount(1)
    await expect(ben.page.locator('.phone-round-notes').getByText(text)).toHaveCount(1)
  }

  // every device's own storage ends with the same board: nothing lost, nothing twice
  const expected = [...round1, ...round2].sort()
  const roundTexts = async (p: Page) =>
    ((await readStoredBoard(p, boardId))?.board.cards ?? [])
      .map((c) => c.text)
      .filter((t) => /^(Ana|Ben|Facilitator):/.test(t))
      .sort()
  for (const p of [fac.page, ana.page, ben.page]) await expect.poll(() => roundTexts(p)).toEqual(expected)
  const board = async (p: Page) => JSON.stringify((await readStoredBoard(p, boardId))?.board.cards.map((c) => [c.id, c.text, c.stageId, c.laneId]).sort())
  const facBoard = await board(fac.page)
  for (const p of [ana.page, ben.page]) await expect.poll(() => board(p)).toBe(facBoard)
  for (const d of [fac, ana, ben]) await d.ctx.close()
})
