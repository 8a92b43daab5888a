// axe-core on the workshop's screens (as e2e/axe.spec.ts does for the others): the workshop
// panel and its round form, a running round's quick-entry bar, the voting form and bar, the
// ranking and present mode. Every rule axe has, no exception: 0 violations.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { card, createBoard } from './helpers'

/** `within`: a panel or dialog scanned alone (the screen under it was scanned already). */
async function expectNoViolations(page: Page, where: string, within?: string) {
  const axe = new AxeBuilder({ page })
  if (within) axe.include(within)
  const { violations } = await axe.analyze()
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  )
  expect(found, `axe violations on ${where}`).toEqual([])
}

test('the workshop panel, a running round, a vote, the ranking and present mode', async ({ page }) => {
  test.setTimeout(600_000)
  await createBoard(page, 'Passport — axe', 'Target journey map')
  await page.getByRole('button', { name: 'Workshop', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Workshop' })
  const box = panel.getByRole('textbox', { name: 'New participant' })
  for (const n of ['Ana Lopez', 'Ben Martin']) {
    await box.fill(n)
    await box.press('Enter')
    await expect(panel.getByRole('textbox', { name: `Name of ${n}` })).toBeVisible()
  }
  await panel.getByRole('button', { name: 'Start a round' }).click()
  await expectNoViolations(page, 'the workshop panel with the round form')

  await panel.getByRole('button', { name: 'Start the round' }).click()
  const bar = page.getByRole('region', { name: 'Quick entry' })
  await bar.getByRole('textbox').fill('No slot before six weeks')
  await bar.getByRole('textbox').press('Enter')
  await expect(card(page, 'No slot before six weeks')).toBeVisible()
  await expectNoViolations(page, 'a running round')

  await bar.getByRole('button', { name: 'End round' }).click()
  await panel.getByRole('button', { name: 'Start voting' }).click()
  await expectNoViolations(page, 'the voting form', 'aside.workshop-panel')
  await panel.getByRole('button', { name: 'Start the vote' }).click()
  await card(page, 'No slot before six weeks').click()
  const voting = page.getByRole('region', { name: 'Vote under way' })
  await expect(voting).toBeVisible()
  await expectNoViolations(page, 'a vote under way, a dot placed')

  await voting.getByRole('button', { name: 'End voting' }).click()
  await expect(page.getByRole('dialog', { name: 'Ranking' })).toBeVisible()
  await expectNoViolations(page, 'the ranking', 'dialog[open], [role="dialog"]')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Ranking' })).toBeHidden()

  await page.getByRole('button', { name: 'Present' }).click()
  await expect(page.getByTestId('present-caption')).toBeVisible()
  await expectNoViolations(page, 'present mode')
})
