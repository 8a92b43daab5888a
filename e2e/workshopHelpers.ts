// The workshop panel and bars, for the e2e specs of workshops (on one screen or live).
import { expect, type Page } from '@playwright/test'

export const bar = (page: Page) => page.getByRole('region', { name: 'Quick entry' })
export const noteInput = (page: Page) => bar(page).getByRole('textbox')
export const votingBar = (page: Page) => page.getByRole('region', { name: 'Vote under way' })

export async function openWorkshop(page: Page) {
  const tool = page.getByRole('button', { name: 'Workshop', exact: true })
  if ((await tool.getAttribute('aria-pressed')) !== 'true') await tool.click()
  return page.getByRole('complementary', { name: 'Workshop' })
}

export async function addParticipants(page: Page, names: string[]) {
  const panel = await openWorkshop(page)
  const box = panel.getByRole('textbox', { name: 'New participant' })
  for (const n of names) {
    await box.fill(n)
    await box.press('Enter')
    await expect(panel.getByRole('textbox', { name: `Name of ${n}` })).toBeVisible()
  }
}

export async function startRound(page: Page, opts: { ask: string; stages: string[] | 'all'; private?: boolean; duration?: string }) {
  const panel = await openWorkshop(page)
  await panel.getByRole('button', { name: 'Start a round' }).click()
  const form = panel.getByRole('form', { name: 'Start a round' })
  await form.getByRole('radio', { name: opts.ask }).check()
  const all = form.getByRole('checkbox', { name: 'All stages' })
  await all.check()
  if (opts.stages !== 'all') {
    await all.uncheck() // none
    for (const name of opts.stages) await form.getByRole('checkbox', { name: new RegExp(`^\\d+\\. ${name}$`) }).check()
  }
  await form.getByRole('textbox', { name: /How long/ }).fill(opts.duration ?? '5')
  if (opts.private) await form.getByRole('checkbox', { name: /^Private/ }).check()
  await form.getByRole('button', { name: 'Start the round' }).click()
  await expect(bar(page)).toBeVisible()
  await expect(noteInput(page)).toBeFocused()
}

export async function typeNote(page: Page, text: string) {
  await noteInput(page).fill(text)
  await noteInput(page).press('Enter')
  await expect(noteInput(page)).toHaveValue('')
}
