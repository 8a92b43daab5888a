// Workshop mode on one screen: present mode, the timer, rounds with private notes, tagging keys,
// dot voting with named participants, the ranking, the summary — and a reload in the middle of a
// round or a vote that loses nothing.
import { expect, test, type Download, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard } from './helpers'
import { addParticipants, bar, noteInput, openWorkshop, startRound, typeNote, votingBar } from './workshopHelpers'

type StoredCard = { id: string; text: string; stageId: string; laneId: string; tag?: string; votes?: number; authorId?: string; roundId?: string }
type StoredWorkshop = {
  participants?: { id: string; name: string }[]
  rounds?: { id: string; ask: string; stageIds: string[]; private?: boolean; revealedAt?: number; endedAt?: number; noteCount?: number; durationMs?: number }[]
  votings?: { id: string; endedAt?: number }[]
  dots?: { participantId: string; cardId: string }[]
  timer?: { durationMs: number; endsAt?: number; remainingMs?: number }
}
async function stored(page: Page, id: string) {
  const b = (await readStoredBoard(page, id))!.board as unknown as {
    cards: StoredCard[]
    lanes: { id: string; name: string; role: string }[]
    stages: { id: string; name: string }[]
    workshop?: StoredWorkshop
  }
  return b
}

async function saveDownload(download: Download, name: string): Promise<Buffer> {
  const path = test.info().outputPath(name)
  await download.saveAs(path)
  return readFileSync(path)
}

/** The text drawn in a PDF (jsPDF writes strings with Tj inside Flate-compressed page streams). */
function pdfText(pdf: Buffer): string {
  const s = pdf.toString('latin1')
  let out = ''
  const re = /(?<!end)stream\r?\n/g
  let m: RegExpExecArray | null
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length
    const end = s.indexOf('endstream', start)
    if (end < 0) break
    try {
      const text = inflateSync(pdf.subarray(start, end)).toString('latin1')
      for (const t of text.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) out += t[1].replace(/\\(.)/g, '$1') + '\n'
    } catch {
      /* an image */
    }
    re.lastIndex = end
  }
  return out
}

/** The size in CSS pixels a card's text is drawn at on screen (its font size × the canvas zoom). */
const textPx = (page: Page, text: string) =>
  card(page, text)
    .locator('.card-text')
    .evaluate((el: HTMLElement) => (parseFloat(getComputedStyle(el).fontSize) * el.getBoundingClientRect().height) / el.offsetHeight)

test.describe('present mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('Present hides every editing control and fills the screen; → focuses the next stage with card text ≥ 24 px (≥ 18 px at 1280 × 720)', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await createBoard(page, 'Passport — present', 'Journey map')
    await addCardAt(page, 'Compare', 'Customer actions', 'Compares the offices’ waiting times')
    await addCardAt(page, 'Discover', 'Customer actions', 'Learns the passport expires')
    await card(page, 'Learns the passport expires').click()
    await expect(page.getByRole('complementary', { name: 'Card details' })).toBeVisible()
    await page.keyboard.press('i') // an irritant: the legend will name it
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Present' }).click()
    // no app chrome: toolbar, side panel, minimap, zoom controls, arrow handles, grips, menus
    await expect(page.locator('.toolbar')).toHaveCount(0)
    await expect(page.getByRole('complementary')).toHaveCount(0)
    await expect(page.locator('.react-flow__minimap')).toBeHidden()
    await expect(page.locator('.react-flow__controls')).toBeHidden()
    await expect(page.locator('.react-flow__handle').first()).toBeHidden()
    await expect(page.getByRole('button', { name: /^Stage options/ }).first()).toBeHidden()
    await expect(page.getByRole('button', { name: /^Lane options/ }).first()).toBeHidden()
    // the board fills the screen, full screen
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true)
    const box = (await page.locator('.board-surface').boundingBox())!
    expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 1920, 1080])
    // the phases, the emotion curve and a legend stay
    await expect(page.locator('.react-flow__node-phase').first()).toBeVisible()
    await expect(page.locator('.react-flow__node-lane.role-emotions, .lane.role-emotions').first()).toBeVisible()
    await expect(page.getByRole('group', { name: 'Legend' })).toContainText('Irritant')
    await page.screenshot({ path: test.info().outputPath('present-whole.png') })

    // → → : the walk-through reaches stage 2; its name and number stay on screen
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('present-caption')).toContainText('Stage 1 of 6')
    await page.keyboard.press('PageDown') // a clicker's "next"
    await expect(page.getByTestId('present-caption')).toContainText('Stage 2 of 6')
    await expect(page.getByTestId('present-caption')).toContainText('Compare')
    await expect.poll(() => textPx(page, 'Compares the offices’ waiting times'), { message: 'card text at 1920 × 1080' }).toBeGreaterThanOrEqual(24)
    // the focused column is in the middle of the screen
    await expect
      .poll(async () => {
        const cb = (await card(page, 'Compares the offices’ waiting times').boundingBox())!
        return Math.abs(cb.x + cb.width / 2 - 960)
      })
      .toBeLessThan(40)
    await page.screenshot({ path: test.info().outputPath('present-stage.png') })

    await page.setViewportSize({ width: 1280, height: 720 })
    await expect.poll(() => textPx(page, 'Compares the offices’ waiting times'), { message: 'card text at 1280 × 720' }).toBeGreaterThanOrEqual(18)

    // Home shows the whole board again; a phase can be shown as a whole
    await page.keyboard.press('Shift+ArrowRight')
    await expect(page.getByTestId('present-caption')).toContainText('Phase: During')
    await page.keyboard.press('Home')
    await expect(page.getByTestId('present-caption')).toContainText('Whole board')

    // Escape leaves: the editing controls are back
    await page.keyboard.press('Escape')
    await expect(page.locator('.toolbar')).toBeVisible()
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false)
    await expect(page.locator('.react-flow__minimap')).toBeVisible()
  })
})

test('a 3-second timer ends: 0:00, “Time is up”, a flash, a chime and a polite announcement; a paused timer survives a reload', async ({ page }) => {
  test.setTimeout(120_000)
  // count the chime's notes (Web Audio oscillators started)
  await page.addInitScript(() => {
    const w = window as unknown as { __chimes: number }
    w.__chimes = 0
    const start = OscillatorNode.prototype.start
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.__chimes++
      return start.apply(this, args)
    }
  })
  await page.clock.install()
  await createBoard(page, 'Timer check', 'Target journey map')
  const panel = await openWorkshop(page)
  // from here time moves only when the test says so
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  await panel.getByRole('textbox', { name: 'Duration' }).fill('0:03')
  await panel.getByRole('textbox', { name: 'Duration' }).press('Enter')
  const readout = panel.getByTestId('timer-readout')
  await expect(readout).toContainText('0:03')
  await page.clock.runFor(1500)
  await expect(readout).toContainText('0:02')
  await page.clock.runFor(1600)
  await expect(readout).toContainText('0:00')
  await expect(readout).toContainText('Time is up')
  await expect(readout).toHaveClass(/is-ended/)
  await expect(page.getByTestId('timer-announcer')).toHaveText('Time is up.')
  await expect(page.getByTestId('timer-flash')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __chimes: number }).__chimes)).toBeGreaterThan(0)
  // the flash goes, the end state stays
  await page.clock.runFor(3000)
  await expect(page.getByTestId('timer-flash')).toHaveCount(0)
  await expect(readout).toContainText('Time is up')

  // muted: the next end makes no sound
  await panel.getByRole('checkbox', { name: 'Chime at the end' }).uncheck()
  const before = await page.evaluate(() => (window as unknown as { __chimes: number }).__chimes)
  await panel.getByRole('button', { name: '1 min', exact: true }).click()
  await page.clock.runFor(61_000)
  await expect(readout).toContainText('Time is up')
  expect(await page.evaluate(() => (window as unknown as { __chimes: number }).__chimes)).toBe(before)

  // +1 min, pause, reload: the stored state comes back as it was
  await panel.getByRole('button', { name: '5 min', exact: true }).click()
  await page.clock.runFor(60_000)
  await panel.getByRole('button', { name: '+1 min' }).click()
  await expect(readout).toContainText('5:00')
  await panel.getByRole('button', { name: 'Pause' }).click()
  await expect(readout).toContainText('Pause')
  await page.clock.runFor(1000) // the autosave's debounce
  await expectSaved(page)
  await page.reload()
  const again = await openWorkshop(page)
  await expect(again.getByTestId('timer-readout')).toContainText('5:00')
  await page.clock.runFor(10_000)
  await expect(again.getByTestId('timer-readout')).toContainText('5:00')
  await again.getByRole('button', { name: 'Resume' }).click()
  await page.clock.runFor(10_000)
  await expect(again.getByTestId('timer-readout')).toContainText('4:50')
})

test('a private round of irritants on stage 2, typed for two participants, stays face down until Reveal — and a reload mid-round loses nothing', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const id = await createBoard(page, 'Passport — private round', 'Target journey map')
  await addParticipants(page, ['Ana Lopez', 'Ben Martin'])
  await startRound(page, { ask: 'Irritants', stages: ['Apply'], private: true, duration: '5' })
  await expect(bar(page).getByTestId('round-bar-stage')).toHaveText('Stage 2 of 5: Apply')
  const author = bar(page).getByRole('combobox', { name: 'Written by' })
  await author.selectOption({ label: 'Ana Lopez' })
  await typeNote(page, 'No slot before six weeks')
  await typeNote(page, 'The form changed again')
  await author.selectOption({ label: 'Ben Martin' })
  await typeNote(page, 'Nobody answers the phone')
  await expect(page.getByTestId('round-message')).toHaveText('Added face down to Apply')

  // face down: no card shows, the stage counts them
  await expect(page.locator('.react-flow__node-card')).toHaveCount(0)
  await expect(page.getByRole('img', { name: '3 notes face down' })).toBeVisible()
  let b = await stored(page, id)
  const ana = b.workshop!.participants!.find((p) => p.name === 'Ana Lopez')!.id
  const ben = b.workshop!.participants!.find((p) => p.name === 'Ben Martin')!.id
  const apply = b.stages.find((s) => s.name === 'Apply')!.id
  const irritants = b.lanes.find((l) => l.role === 'irritants')!.id
  await expectSaved(page)
  b = await stored(page, id)
  expect(b.cards.map((c) => [c.text, c.stageId, c.laneId, c.tag, c.authorId])).toEqual([
    ['No slot before six weeks', apply, irritants, 'irritant', ana],
    ['The form changed again', apply, irritants, 'irritant', ana],
    ['Nobody answers the phone', apply, irritants, 'irritant', ben],
  ])

  // a reload in the middle of the round: the round, its notes, face down, and the timer
  const leftBefore = await bar(page).getByTestId('timer-readout').textContent()
  await page.reload()
  await expect(bar(page)).toBeVisible()
  await expect(bar(page)).toContainText('Irritants')
  await expect(page.getByRole('img', { name: '3 notes face down' })).toBeVisible()
  await expect(page.locator('.react-flow__node-card')).toHaveCount(0)
  const leftAfter = await bar(page).getByTestId('timer-readout').textContent()
  expect(leftAfter! <= leftBefore!, `timer not restarted (${leftBefore} → ${leftAfter})`).toBe(true)
  await noteInput(page).fill('Queue outside in the rain')
  await noteInput(page).press('Enter')
  await expect(page.getByRole('img', { name: '4 notes face down' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('private-round.png') })

  // Reveal turns them over, with who wrote each
  await bar(page).getByRole('button', { name: 'Reveal' }).click()
  await expect(page.locator('.react-flow__node-card')).toHaveCount(4)
  await expect(page.getByRole('img', { name: /notes face down/ })).toHaveCount(0)
  await expect(card(page, 'Nobody answers the phone')).toContainText('Ben Martin')
  await expect(card(page, 'No slot before six weeks')).toContainText('Ana Lopez')
  // anonymity hides the names
  const panel = await openWorkshop(page)
  await panel.getByRole('checkbox', { name: 'Hide who wrote each note' }).check()
  await expect(card(page, 'Nobody answers the phone')).not.toContainText('Ben Martin')

  await bar(page).getByRole('button', { name: 'End round' }).click()
  await expect(bar(page)).toHaveCount(0)
  await expect(panel.getByRole('listitem').filter({ hasText: 'Irritants · 2. Apply' })).toContainText('4 notes')
  await expectSaved(page)
  b = await stored(page, id)
  expect(b.workshop!.rounds).toEqual([expect.objectContaining({ ask: 'irritant', stageIds: [apply], private: true, noteCount: 4, durationMs: 300_000 })])
  expect(b.workshop!.rounds![0].revealedAt).toBeGreaterThan(0)
})

test('three participants with 3 dots each vote; the ranking is right, ties together; CSV, image and the summary PDF carry it; a reload mid-vote loses nothing', async ({
  page,
}) => {
  test.setTimeout(150_000)
  const id = await createBoard(page, 'Passport — vote', 'Target journey map')
  await addParticipants(page, ['Ana Lopez', 'Ben Martin', 'Chloé Roy'])
  await startRound(page, { ask: 'Irritants', stages: 'all', duration: '' })
  await typeNote(page, 'No slot before six weeks')
  await typeNote(page, 'The form changed again')
  await noteInput(page).press('Tab')
  await expect(bar(page).getByTestId('round-bar-stage')).toHaveText('Stage 2 of 5: Apply')
  await typeNote(page, 'Queue outside')
  await typeNote(page, 'No news for weeks')
  await noteInput(page).press('Tab')
  await typeNote(page, 'Counter closed at lunch')
  await bar(page).getByRole('button', { name: 'End round' }).click()
  await expect(page.locator('.react-flow__node-card')).toHaveCount(5)

  const panel = await openWorkshop(page)
  await panel.getByRole('button', { name: 'Start voting' }).click()
  await expect(panel.getByRole('spinbutton', { name: 'Dots per participant' })).toHaveValue('3')
  await panel.getByRole('button', { name: 'Start the vote' }).click()
  const voter = (name: string) => votingBar(page).getByRole('button', { name: new RegExp(name) })
  const dotsLeft = (name: string, n: number) => votingBar(page).getByLabel(`${name}: ${n} dot${n === 1 ? '' : 's'} left`)

  // Ana votes with the mouse
  await voter('Ana Lopez').click()
  for (const t of ['No slot before six weeks', 'Queue outside', 'Counter closed at lunch']) await card(page, t).click()
  await expect(dotsLeft('Ana Lopez', 0)).toBeVisible()
  // a fourth dot is refused, with a message, and nothing changes
  await card(page, 'No news for weeks').click()
  await expect(page.getByTestId('voting-message')).toHaveText('Ana Lopez has no dots left: take one back to move it.')
  await expect(card(page, 'No news for weeks').getByRole('img', { name: /dot/ })).toHaveCount(0)
  // she takes one back (the × on her dot) and puts it elsewhere
  await card(page, 'Counter closed at lunch')
    .getByRole('button', { name: /Ana Lopez has 1 dot here/ })
    .click()
  await expect(dotsLeft('Ana Lopez', 1)).toBeVisible()
  await card(page, 'The form changed again').click()

  // Ben: two dots, then the reload in the middle of the vote
  await voter('Ben Martin').click()
  await card(page, 'No slot before six weeks').click()
  await card(page, 'Queue outside').click()
  await expect(dotsLeft('Ben Martin', 1)).toBeVisible()
  // one dot per card and person
  await card(page, 'Queue outside').click()
  await expect(page.getByTestId('voting-message')).toContainText('already put a dot on this card')
  await expectSaved(page)
  await page.reload()
  await expect(votingBar(page)).toBeVisible()
  await expect(dotsLeft('Ana Lopez', 0)).toBeVisible()
  await expect(dotsLeft('Ben Martin', 1)).toBeVisible()
  await expect(dotsLeft('Chloé Roy', 3)).toBeVisible()
  await expect(card(page, 'No slot before six weeks').getByRole('img', { name: '2 dots' })).toBeVisible()

  // Ben's last dot, and Chloé's three, with the keyboard only
  await voter('Ben Martin').click()
  await card(page, 'The form changed again').click()
  await voter('Chloé Roy').focus()
  await page.keyboard.press('Enter')
  await expect(voter('Chloé Roy')).toHaveAttribute('aria-pressed', 'true')
  // the keyboard cursor starts on the first card of stage 1
  await page.locator('.board-surface').focus()
  const cursor = page.getByTestId('cursor-announcer')
  await expect(cursor).toContainText('No slot before six weeks')
  await page.keyboard.press('Enter')
  await expect(dotsLeft('Chloé Roy', 2)).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(cursor).toContainText('The form changed again')
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowRight') // stage 2, second card
  await expect(cursor).toContainText('No news for weeks')
  await page.keyboard.press('Enter')
  await expect(dotsLeft('Chloé Roy', 0)).toBeVisible()
  // Delete takes one back, Enter puts it again
  await page.keyboard.press('Delete')
  await expect(dotsLeft('Chloé Roy', 1)).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dotsLeft('Chloé Roy', 0)).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('voting.png') })

  // End voting: the ranking (3 / 3 / 2 / 1, ties together)
  await votingBar(page).getByRole('button', { name: 'End voting' }).click()
  const dialog = page.getByRole('dialog', { name: 'Ranking' })
  await expect(dialog).toBeVisible()
  const rows = dialog.getByRole('row')
  await expect(rows).toHaveCount(5) // a header and the four cards that got dots
  const cells = async (i: number) => (await rows.nth(i).getByRole('cell').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim())
  expect(await cells(1)).toEqual(['1 = tie', '3', 'No slot before six weeks', '1. Find out', 'Irritant'])
  expect(await cells(2)).toEqual(['1 = tie', '3', 'The form changed again', '1. Find out', 'Irritant'])
  expect(await cells(3)).toEqual(['3', '2', 'Queue outside', '2. Apply', 'Irritant'])
  expect(await cells(4)).toEqual(['4', '1', 'No news for weeks', '2. Apply', 'Irritant'])
  await page.screenshot({ path: test.info().outputPath('ranking.png') })

  // the dots are now the cards' votes, and every dot is a (participant, card) record
  await expectSaved(page)
  const b = await stored(page, id)
  const votes = Object.fromEntries(b.cards.map((c) => [c.text, c.votes ?? 0]))
  expect(votes).toEqual({
    'No slot before six weeks': 3,
    'The form changed again': 3,
    'Queue outside': 2,
    'No news for weeks': 1,
    'Counter closed at lunch': 0,
  })
  expect(b.workshop!.dots).toHaveLength(9)
  const names = new Map(b.workshop!.participants!.map((p) => [p.id, p.name]))
  const texts = new Map(b.cards.map((c) => [c.id, c.text]))
  expect(b.workshop!.dots!.map((d) => `${names.get(d.participantId)} → ${texts.get(d.cardId)}`).sort()).toEqual([
    'Ana Lopez → No slot before six weeks',
    'Ana Lopez → Queue outside',
    'Ana Lopez → The form changed again',
    'Ben Martin → No slot before six weeks',
    'Ben Martin → Queue outside',
    'Ben Martin → The form changed again',
    'Chloé Roy → No news for weeks',
    'Chloé Roy → No slot before six weeks',
    'Chloé Roy → The form changed again',
  ])

  // CSV and image
  let download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download CSV' }).click()
  const csv = (await saveDownload(await download, 'ranking.csv')).toString('utf8')
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
    'Rank,Dots,Card,Stage no.,Stage,Lane,Tag,Tie',
    '1,3,No slot before six weeks,1,Find out,Irritants,Irritant,Tie',
    '1,3,The form changed again,1,Find out,Irritants,Irritant,Tie',
    '3,2,Queue outside,2,Apply,Irritants,Irritant,',
    '4,1,No news for weeks,2,Apply,Irritants,Irritant,',
  ])
  download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download image' }).click()
  const png = await saveDownload(await download, 'ranking.png')
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(png.readUInt32BE(16)).toBe(2400) // 1200 CSS px at 2×
  await dialog.getByRole('button', { name: 'Close', exact: true }).click()

  // the workshop summary PDF holds the ranking as text
  const summary = await openWorkshop(page) // (closed by the reload)
  // the summary draws the whole board and writes a PDF: on a busy machine that takes a while
  download = page.waitForEvent('download', { timeout: 90_000 })
  await summary.getByRole('button', { name: 'Workshop summary (PDF)' }).click()
  const pdf = await saveDownload(await download, 'summary.pdf')
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const text = pdfText(pdf)
  expect(text).toContain('Ranking of the last vote')
  const ranked = ['No slot before six weeks', 'The form changed again', 'Queue outside', 'No news for weeks']
  const at = text.indexOf('Ranking of the last vote')
  const positions = ranked.map((t) => text.indexOf(t, at))
  expect(
    positions.every((p) => p > at),
    'every ranked card after the ranking heading',
  ).toBe(true)
  expect([...positions].sort((x, y) => x - y)).toEqual(positions)
  expect(text).toContain('Round log')
  expect(text).toContain('Top-voted irritants and')
  expect(text).toContain('Participants: Ana Lopez, Ben Martin, Chlo')
  // and the PNG summary is an image of it
  download = page.waitForEvent('download', { timeout: 90_000 })
  await summary.getByRole('button', { name: 'Workshop summary (PNG)' }).click()
  const summaryPng = await saveDownload(await download, 'summary.png')
  expect(summaryPng.subarray(1, 4).toString()).toBe('PNG')
  expect(summaryPng.readUInt32BE(20)).toBeGreaterThan(800)
})

test('on a service blueprint the first irritant offers to add an Irritants lane or use the customer-actions lane', async ({ page }) => {
  test.setTimeout(90_000)
  const id = await createBoard(page, 'Passport — blueprint round', 'Service blueprint')
  await startRound(page, { ask: 'Irritants', stages: 'all', duration: '' })
  await noteInput(page).fill('The ticket machine is broken')
  await noteInput(page).press('Enter')
  const choice = bar(page).getByRole('group', { name: /no lane for irritants/ })
  await expect(choice).toBeVisible()
  await expect(choice.getByRole('button', { name: 'Put them in “Customer actions”' })).toBeVisible()
  await choice.getByRole('button', { name: 'Add an “Irritants” lane' }).click()
  await expect(card(page, 'The ticket machine is broken')).toBeVisible()
  await expect(noteInput(page)).toBeFocused()
  // the next one goes straight there
  await typeNote(page, 'Nobody explains the wait')
  await expect(choice).toHaveCount(0)
  await expectSaved(page)
  const b = await stored(page, id)
  const names = b.lanes.map((l) => l.name)
  expect(names.slice(0, 3)).toEqual(['Physical evidence', 'Customer actions', 'Irritants'])
  const lane = b.lanes.find((l) => l.name === 'Irritants')!
  expect(lane.role).toBe('irritants')
  expect(b.cards.map((c) => [c.text, c.laneId, c.tag])).toEqual([
    ['The ticket machine is broken', lane.id, 'irritant'],
    ['Nobody explains the wait', lane.id, 'irritant'],
  ])
  // one undo takes back the last note only; the lane and the first note stay
  await page.locator('.board-surface').focus()
  await page.keyboard.press('Control+z')
  await expect(card(page, 'Nobody explains the wait')).toHaveCount(0)
  await expect(card(page, 'The ticket machine is broken')).toBeVisible()
})

test('tagging keys I, W, M, Q tag the selected card; the tag is the card’s dominant signal (a band, a large symbol, the tag’s name)', async ({ page }) => {
  test.setTimeout(90_000)
  const id = await createBoard(page, 'Passport — tags', 'Journey map')
  await addCardAt(page, 'Discover', 'Customer actions', 'Waits on the phone')
  await card(page, 'Waits on the phone').click()
  const c = card(page, 'Waits on the phone')
  for (const [key, name] of [
    ['i', 'Irritant'],
    ['w', 'Wow'],
    ['m', 'Must'],
    ['q', 'Question'],
  ]) {
    await page.keyboard.press(key)
    await expect(c.getByRole('img', { name, exact: true })).toBeVisible()
    await expect(c.locator('.card-tag-name')).toHaveText(name)
  }
  // pressing the same key again takes the tag off; Ctrl+Z puts it back
  await page.keyboard.press('q')
  await expect(c.locator('.card-tag-name')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(c.locator('.card-tag-name')).toHaveText('Question')
  await page.keyboard.press('i')
  await expectSaved(page)
  expect((await stored(page, id)).cards[0].tag).toBe('irritant')
  // legible in black and white: the band is dark, its symbol sits on white
  const band = await c.locator('.card-symbols').evaluate((el) => getComputedStyle(el).backgroundColor)
  const [r, g, b] = band.match(/\d+/g)!.map(Number)
  expect(0.299 * r + 0.587 * g + 0.114 * b).toBeLessThan(110)
  // its symbol is larger than the card's text (20 px against 15 px at zoom 1), whatever the zoom
  const symbol = (await c.getByRole('img', { name: 'Irritant', exact: true }).boundingBox())!.height
  const text = await textPx(page, 'Waits on the phone')
  expect(symbol / text).toBeGreaterThanOrEqual(1.3)
})

test('the workshop summary is in the board’s language: a French board from an English interface', async ({ page }) => {
  test.setTimeout(90_000)
  // a board written in French (made from a French interface)
  await page.goto('/')
  await page.getByRole('combobox', { name: /Lang/ }).selectOption('fr')
  await page.getByRole('button', { name: 'Nouveau tableau' }).click()
  await page.getByRole('textbox', { name: 'Titre du tableau' }).fill('Passeport — atelier')
  await page.getByRole('radio', { name: /^Parcours client cible/ }).check()
  await page.getByRole('button', { name: 'Créer', exact: true }).click()
  await expect(page).toHaveURL(/#\/board\//)
  await page.getByRole('button', { name: 'Atelier', exact: true }).click()
  await page.getByRole('button', { name: 'Démarrer un tour' }).click()
  await page.getByRole('button', { name: 'Démarrer le tour' }).click()
  const entry = page.getByRole('region', { name: 'Saisie rapide' }).getByRole('textbox')
  await entry.fill('Aucun créneau avant six semaines')
  await entry.press('Enter')
  await expect(card(page, 'Aucun créneau avant six semaines')).toBeVisible()
  await page.getByRole('region', { name: 'Saisie rapide' }).getByRole('button', { name: 'Terminer le tour' }).click()
  // back to an English interface; the board keeps the language it was written in
  await page.getByRole('combobox', { name: /Language|Langue/ }).selectOption('en')
  const panel = await openWorkshop(page)
  const download = page.waitForEvent('download', { timeout: 90_000 })
  await panel.getByRole('button', { name: 'Workshop summary (PDF)' }).click()
  const text = pdfText(await saveDownload(await download, 'synthese.pdf'))
  expect(text).toContain('Journal des tours')
  expect(text).toContain('les plus vot')
  expect(text).not.toContain('Round log')
})

test('two tabs voting at the same moment keep both dots (dots are records, merged as a set)', async ({ context }) => {
  test.setTimeout(120_000)
  const a = await context.newPage()
  const id = await createBoard(a, 'Passport — two tabs', 'Target journey map')
  await addParticipants(a, ['Ana Lopez', 'Ben Martin'])
  await startRound(a, { ask: 'Irritants', stages: ['Find out'], duration: '' })
  await typeNote(a, 'No slot before six weeks')
  await bar(a).getByRole('button', { name: 'End round' }).click()
  const panel = await openWorkshop(a)
  await panel.getByRole('button', { name: 'Start voting' }).click()
  await panel.getByRole('button', { name: 'Start the vote' }).click()
  await expectSaved(a)

  const b = await context.newPage()
  await b.goto(`/#/board/${id}`)
  await expect(votingBar(b)).toBeVisible()
  await votingBar(a)
    .getByRole('button', { name: /Ana Lopez/ })
    .click()
  await votingBar(b)
    .getByRole('button', { name: /Ben Martin/ })
    .click()
  // both clicks before either tab has written (the autosave waits a quarter of a second)
  await Promise.all([card(a, 'No slot before six weeks').click(), card(b, 'No slot before six weeks').click()])
  for (const p of [a, b]) await expect(card(p, 'No slot before six weeks').getByRole('img', { name: '2 dots' })).toBeVisible()
  await expectSaved(a)
  await expectSaved(b)
  const s = await stored(a, id)
  const names = new Map(s.workshop!.participants!.map((p) => [p.id, p.name]))
  expect(s.workshop!.dots!.map((d) => names.get(d.participantId)).sort()).toEqual(['Ana Lopez', 'Ben Martin'])
})

/** Every visible control (and every check box and radio) has an accessible name (the ARIA naming rules a control's name comes from). */
async function expectControlsNamed(page: Page, where: string) {
  const { checked, unnamed } = await page.evaluate(() => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
    const nameOf = (el: HTMLElement): string => {
      const label = el.getAttribute('aria-label')
      if (label?.trim()) return label
      const by = el.getAttribute('aria-labelledby')
      if (by)
        return by
          .split(/\s+/)
          .map((id) => text(document.getElementById(id)))
          .join(' ')
          .trim()
      const labels = (el as HTMLInputElement).labels
      if (labels?.length) return [...labels].map(text).join(' ').trim()
      if (el.matches('button, [role="button"]')) {
        const t = text(el) || [...el.querySelectorAll('img[alt], svg[aria-label]')].map((i) => i.getAttribute('alt') ?? i.getAttribute('aria-label')).join(' ')
        if (t.trim()) return t
      }
      return el.getAttribute('title')?.trim() ?? ''
    }
    const shown = (el: HTMLElement) => {
      const r = el.getBoundingClientRect()
      return (r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden') || el.matches('input[type="checkbox"], input[type="radio"]')
    }
    const controls = [...document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea, [role="button"]')].filter(
      (el) => !el.closest('[aria-hidden="true"], .parcours-export') && shown(el),
    )
    return { checked: controls.length, unnamed: controls.filter((el) => !nameOf(el)).map((el) => el.outerHTML.slice(0, 160)) }
  })
  expect(unnamed, `controls without a name on ${where}`).toEqual([])
  expect(checked).toBeGreaterThan(0)
}

test('every workshop control has an accessible name: the panel and its forms, the round and voting bars, present mode, the ranking', async ({ page }) => {
  test.setTimeout(150_000)
  await createBoard(page, 'Passport — a11y', 'Target journey map')
  await addParticipants(page, ['Ana Lopez', 'Ben Martin'])
  const panel = await openWorkshop(page)
  await panel.getByRole('button', { name: 'Start a round' }).click()
  await expectControlsNamed(page, 'the workshop panel with the round form')
  await panel.getByRole('button', { name: 'Start the round' }).click()
  await typeNote(page, 'No slot before six weeks')
  await expectControlsNamed(page, 'the round bar')
  await bar(page).getByRole('button', { name: 'End round' }).click()
  await panel.getByRole('button', { name: 'Start voting' }).click()
  await panel.getByRole('radio', { name: 'Cards with these tags' }).check()
  await expectControlsNamed(page, 'the voting form')
  await panel.getByRole('button', { name: 'Start the vote' }).click()
  await card(page, 'No slot before six weeks').click()
  await expectControlsNamed(page, 'the voting bar, with a dot placed')
  await votingBar(page).getByRole('button', { name: 'End voting' }).click()
  await expect(page.getByRole('dialog', { name: 'Ranking' })).toBeVisible()
  await expectControlsNamed(page, 'the ranking')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Ranking' })).toBeHidden()
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(page.getByTestId('present-caption')).toBeVisible()
  await expectControlsNamed(page, 'present mode')
})
