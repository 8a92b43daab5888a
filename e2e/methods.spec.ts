import { expect, test, type Page } from '@playwright/test'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard } from './helpers'

const laneNames = async (page: Page) => {
  const boxes = page.getByRole('textbox', { name: 'Lane name', exact: true })
  const out: string[] = []
  for (let i = 0; i < (await boxes.count()); i++) out.push(await boxes.nth(i).inputValue())
  return out
}

test('each template creates its lanes in the method’s order', async ({ page }) => {
  await createBoard(page, 'Blueprint', 'Service blueprint')
  expect(await laneNames(page)).toEqual([
    'Physical evidence',
    'Customer actions',
    'Line of interaction',
    'Frontstage actions',
    'Line of visibility',
    'Backstage actions',
    'Line of internal interaction',
    'Support processes',
    'Service standards',
  ])
  await createBoard(page, 'Target', 'Target journey map')
  expect(await laneNames(page)).toEqual(['Irritants', 'Musts', 'Pluses (wow)'])
  await createBoard(page, 'Journey', 'Journey map')
  expect(await laneNames(page)).toEqual([
    'Customer actions',
    'Touchpoints',
    'Channels',
    'Thoughts',
    'Emotion curve',
    'Pain points',
    'Opportunities',
    'Moments of truth',
  ])
  await expect(page.getByRole('textbox', { name: 'Phase name' })).toHaveCount(3)
})

test('blueprint: arrows across the line of visibility, fail point, customer view hides the backstage', async ({ page }) => {
  const id = await createBoard(page, 'Passport blueprint', 'Service blueprint')
  await addCardAt(page, 'Book an appointment', 'Customer actions', 'Books online')
  await addCardAt(page, 'Book an appointment', 'Frontstage actions', 'Confirmation e-mail')
  await addCardAt(page, 'Book an appointment', 'Backstage actions', 'Agent checks the file')
  await addCardAt(page, 'Book an appointment', 'Support processes', 'Booking system')
  // arrows from the customer down through the lines
  for (const [from, to] of [
    ['Books online', 'Agent checks the file'],
    ['Agent checks the file', 'Booking system'],
  ]) {
    await card(page, from).click()
    await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: `Book an appointment · ${to}` })
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  // a fail point, with its own symbol
  await card(page, 'Agent checks the file').click()
  await page.getByRole('checkbox', { name: 'Fail point' }).check()
  await expect(card(page, 'Agent checks the file').getByRole('img', { name: 'Fail point' })).toBeVisible()

  await page.getByRole('button', { name: 'Customer view' }).click()
  await expect(card(page, 'Agent checks the file')).toHaveCount(0)
  await expect(card(page, 'Booking system')).toHaveCount(0)
  await expect(card(page, 'Books online')).toBeVisible()
  await expect(card(page, 'Confirmation e-mail')).toBeVisible()
  await page.getByRole('button', { name: 'Customer view' }).click()
  await expect(card(page, 'Agent checks the file')).toBeVisible()
  await page.screenshot({ path: 'test-results/blueprint.png' })

  await expectSaved(page)
  await page.reload()
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  const stored = await readStoredBoard(page, id)
  expect(stored!.board.cards.find((c) => c.text === 'Agent checks the file')).toMatchObject({ failPoint: true })
})

test('journey map: the emotion curve is set with the keyboard, its lowest point and end are marked', async ({ page }) => {
  const id = await createBoard(page, 'Emotions', 'Journey map')
  const set = async (stage: string, presses: string[]) => {
    const point = page.getByRole('slider', { name: `Emotion at ${stage}` })
    await point.focus()
    for (const k of presses) await point.press(k)
  }
  await set('Discover', ['ArrowUp', 'ArrowUp'])
  await set('Compare', ['ArrowDown', 'ArrowDown', 'ArrowDown'])
  await set('Renew', ['ArrowUp'])
  await expect(page.getByRole('slider', { name: 'Emotion at Compare' })).toHaveAttribute('aria-valuenow', '-3')
  await expect(page.locator('.emotion-curve')).toContainText('Lowest point')
  await expect(page.locator('.emotion-curve')).toContainText('End')
  // a moment of truth on a card, with a symbol
  await addCardAt(page, 'Compare', 'Moments of truth', 'Price shock at checkout')
  await card(page, 'Price shock').click()
  await page.getByRole('radio', { name: 'Negative moment of truth' }).check()
  await expect(card(page, 'Price shock').getByRole('img', { name: 'Negative moment of truth' })).toBeVisible()
  await page.screenshot({ path: 'test-results/journey.png' })
  await expectSaved(page)
  await page.reload()
  await expect(page.getByRole('slider', { name: 'Emotion at Discover' })).toHaveAttribute('aria-valuenow', '2')
  const stored = (await readStoredBoard(page, id)) as unknown as { board: { emotions: { value: number }[] } }
  expect(stored.board.emotions.map((e) => e.value).sort()).toEqual([-3, 1, 2])
})

test('target journey map: an irritant without an answering must is flagged until a must is linked to it', async ({ page }) => {
  await createBoard(page, 'Target', 'Target journey map')
  const stage = await page.getByRole('textbox', { name: 'Stage name' }).nth(1).inputValue()
  await addCardAt(page, stage, 'Irritants', '“I never know where my file is”')
  await addCardAt(page, stage, 'Musts', 'Real-time tracking of the file')
  await expect(card(page, 'where my file is').getByRole('img', { name: /No must answers/ })).toBeVisible()
  await card(page, 'Real-time tracking').click()
  await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: `${stage} · “I never know where my file is”` })
  await expect(card(page, 'where my file is').getByRole('img', { name: /No must answers/ })).toHaveCount(0)
  await expect(page.locator('.stage-counts').nth(1)).toHaveAccessibleName(/Irritants: 1/)
})

test('empathy map: zones around the persona, assumptions marked S and filtered', async ({ page }) => {
  await createBoard(page, 'Empathy', 'Empathy map')
  expect(await laneNames(page)).toEqual(['Says', 'Thinks', 'Does', 'Feels', 'Pain points', 'Gains'])
  await addCardAt(page, 'Situation', 'Says', '“I just want my passport before the holidays”')
  await addCardAt(page, 'Situation', 'Thinks', 'They will lose my file')
  await card(page, 'They will lose my file').click()
  await page.getByRole('radio', { name: 'Assumption (to verify)' }).check()
  await expect(card(page, 'They will lose my file').getByRole('img', { name: 'Assumption (to verify)' })).toBeVisible()
  await page.getByRole('button', { name: 'Assumptions to verify' }).click()
  await expect(card(page, '“I just want my passport').locator('.card')).toHaveClass(/is-dimmed/)
  await expect(card(page, 'They will lose my file').locator('.card')).not.toHaveClass(/is-dimmed/)
  await page.screenshot({ path: 'test-results/empathy.png' })
})
