// A service blueprint filled as a workshop would: a dozen cards over the lanes, arrows from
// the customer down across the line of visibility, fail and wait points, a duration, votes,
// a worst-case scenario above the threshold — then a reload finds it all.
import { expect, test } from '@playwright/test'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard } from './helpers'

type StoredCard = {
  id: string
  text: string
  failPoint?: boolean
  waitPoint?: boolean
  durationMinutes?: number
  votes?: number
  fmea?: { failure: string; severity: number; probability: number; detection: number }
}

test('a blueprint workshop: cards, arrows across the lines, flags, worst-case scenario, all there after a reload', async ({ page }) => {
  test.slow() // a long walk through the app: three times the suite's timeout
  const id = await createBoard(page, 'Passport office — workshop', 'Service blueprint')
  const cards: [string, string, string][] = [
    ['Find information', 'Physical evidence', 'Website, forms page'],
    ['Find information', 'Customer actions', 'Searches which documents to bring'],
    ['Find information', 'Support processes', 'Content management system'],
    ['Book an appointment', 'Customer actions', 'Books online'],
    ['Book an appointment', 'Frontstage actions', 'Confirmation e-mail'],
    ['Book an appointment', 'Backstage actions', 'Agent checks the file'],
    ['Book an appointment', 'Support processes', 'Booking system'],
    ['Arrive', 'Physical evidence', 'Ticket machine'],
    ['Arrive', 'Customer actions', 'Takes a ticket and waits'],
    ['Be served', 'Frontstage actions', 'Agent takes fingerprints'],
    ['Be served', 'Backstage actions', 'File sent to the printing office'],
    ['Be served', 'Service standards', 'Served within 20 minutes'],
  ]
  for (const [stage, lane, text] of cards) await addCardAt(page, stage, lane, text)
  await expect(page.locator('.react-flow__node-card')).toHaveCount(12)

  // arrows from the customer down through the line of visibility
  const arrows: [string, string, string][] = [
    ['Books online', 'Book an appointment', 'Agent checks the file'],
    ['Agent checks the file', 'Book an appointment', 'Booking system'],
    ['Takes a ticket and waits', 'Be served', 'Agent takes fingerprints'],
    ['Agent takes fingerprints', 'Be served', 'File sent to the printing office'],
  ]
  for (const [from, stage, to] of arrows) {
    await card(page, from).click()
    await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: `${stage} · ${to}` })
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(4)

  // flags, a duration and votes on the waiting step
  await card(page, 'Takes a ticket and waits').click()
  await page.getByRole('checkbox', { name: 'Wait point' }).check()
  await page.getByRole('textbox', { name: 'Duration (minutes)' }).fill('40')
  await page.getByRole('textbox', { name: 'Duration (minutes)' }).press('Enter')
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add a vote' }).click()
  await expect(card(page, 'Takes a ticket and waits').getByRole('img', { name: 'Wait point' })).toBeVisible()
  await expect(card(page, 'Takes a ticket and waits')).toContainText('40 min')
  await card(page, 'Agent checks the file').click()
  await page.getByRole('checkbox', { name: 'Fail point' }).check()
  await expect(card(page, 'Agent checks the file').getByRole('img', { name: 'Fail point' })).toBeVisible()

  // the worst-case scenario: a failure scored above the threshold flags its card
  await page.getByRole('button', { name: 'Worst-case scenario' }).click()
  const sheet = page.getByRole('dialog', { name: /Worst-case scenario/ })
  await sheet.getByRole('combobox', { name: 'Add a failure' }).selectOption({ label: 'Book an appointment · Agent checks the file' })
  const cell = (field: string) => sheet.getByRole('textbox', { name: `${field} — Agent checks the file` })
  await cell('Possible failure').fill('A missing document is not noticed')
  await cell('Possible failure').press('Enter')
  for (const [field, value] of [
    ['Severity (G)', '8'],
    ['Probability (P)', '5'],
    ['Non-detection (D)', '6'],
  ]) {
    await cell(field).fill(value)
    await cell(field).press('Enter')
  }
  await expect(sheet).toContainText('1 failure to treat (C ≥ 100)')
  await expect(card(page, 'Agent checks the file').getByRole('img', { name: 'Critical' })).toBeVisible()
  // a score out of range is refused with a message, and nothing changes
  await cell('Probability (P)').fill('12')
  await cell('Probability (P)').press('Enter')
  await expect(sheet.getByRole('alert')).toContainText('a whole number from 1 to 10')
  await cell('Probability (P)').press('Escape')
  await page.screenshot({ path: test.info().outputPath('blueprint-fmea.png') })
  await sheet.getByRole('button', { name: 'Close the worst-case scenario' }).click()

  await expectSaved(page)
  await page.reload()
  await expect(page.locator('.react-flow__node-card')).toHaveCount(12)
  await expect(page.locator('.react-flow__edge')).toHaveCount(4)
  await expect(card(page, 'Agent checks the file').getByRole('img', { name: 'Critical' })).toBeVisible()
  const stored = (await readStoredBoard(page, id))!.board as unknown as { cards: StoredCard[] }
  const byText = (t: string) => stored.cards.find((c) => c.text === t)!
  expect(byText('Takes a ticket and waits')).toMatchObject({ waitPoint: true, durationMinutes: 40, votes: 3 })
  expect(byText('Agent checks the file')).toMatchObject({
    failPoint: true,
    fmea: { failure: 'A missing document is not noticed', severity: 8, probability: 5, detection: 6 },
  })

  // the customer view hides what is below the line of visibility
  await page.getByRole('button', { name: 'Customer view' }).click()
  await expect(card(page, 'Agent checks the file')).toHaveCount(0)
  await expect(card(page, 'Booking system')).toHaveCount(0)
  await expect(card(page, 'Agent takes fingerprints')).toBeVisible()
  await expect(page.locator('.react-flow__edge')).toHaveCount(1) // only the arrow between customer and frontstage
  await page.screenshot({ path: test.info().outputPath('blueprint-customer-view.png') })
})
