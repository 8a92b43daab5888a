// Every control has an accessible name, on every screen a user reaches: the home screen and
// its forms, each kind of board with its side panel, the export dialog, the personas library
// and the worst-case scenario — in English and in French.
import { expect, test, type Page } from '@playwright/test'
import { addCardAt, card, createBoard } from './helpers'

/** Controls on screen without an accessible name (by the ARIA naming rules that apply to them). */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
      if (el.matches('button, [role="button"], [role="menuitem"], a, summary, [role="tab"], [role="slider"]')) {
        const t = text(el) || [...el.querySelectorAll('img[alt], svg[aria-label]')].map((i) => i.getAttribute('alt') ?? i.getAttribute('aria-label')).join(' ')
        if (t.trim()) return t
      }
      return el.getAttribute('title')?.trim() ?? ''
    }
    const visible = (el: HTMLElement) => {
      const r = el.getBoundingClientRect()
      const s = getComputedStyle(el)
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[aria-hidden="true"], .parcours-export')
    }
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input:not([type="hidden"]), select, textarea, a[href], [role="button"], [role="slider"], [role="menuitem"], [role="checkbox"], [role="radio"]',
    )
    return [...controls]
      .filter((el) => !el.closest('[hidden]'))
      .filter((el) => visible(el) || el.matches('input[type="radio"], input[type="checkbox"], input[type="file"]'))
      .filter((el) => !nameOf(el))
      .map((el) => el.outerHTML.slice(0, 160))
  })
}

async function expectAllNamed(page: Page, where: string) {
  expect(await unnamedControls(page), `controls without a name on ${where}`).toEqual([])
}

test('every control has an accessible name, on every screen, in both languages', async ({ page }) => {
  test.slow() // a long walk through the app: three times the suite's timeout
  for (const lang of ['en', 'fr'] as const) {
    await page.goto('/')
    await page.getByRole('combobox', { name: /Language/ }).selectOption(lang)
    await expectAllNamed(page, `the home screen (${lang})`)
    await page.locator('.home-header .primary').click()
    await expectAllNamed(page, `the new-board form (${lang})`)
  }
  await page.getByRole('combobox', { name: /Language/ }).selectOption('en')

  for (const [template, stage, lane] of [
    ['Journey map', 'Discover', 'Customer actions'],
    ['Service blueprint', 'Arrive', 'Frontstage actions'],
    ['Target journey map', 'Apply', 'Irritants'],
    ['Empathy map', 'Situation', 'Says'],
  ]) {
    await createBoard(page, `A11y ${template}`, template)
    await expectAllNamed(page, template)
    await addCardAt(page, stage, lane, `A card on the ${template}`)
    await card(page, `A card on the ${template}`).click()
    await expectAllNamed(page, `${template} with the side panel open`)
  }

  // the export dialog, the worst-case scenario and the personas library of a blueprint
  await createBoard(page, 'A11y dialogs', 'Service blueprint')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await expectAllNamed(page, 'the export menu')
  for (const item of ['PNG image', 'PDF', 'Slides…']) {
    if (!(await page.getByRole('menuitem', { name: item }).isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click()
    await page.getByRole('menuitem', { name: item }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectAllNamed(page, `the ${item} export dialog`)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
  }
  await page.getByRole('button', { name: 'Worst-case scenario' }).click()
  await expectAllNamed(page, 'the worst-case scenario')
  await page.getByRole('button', { name: 'Close the worst-case scenario' }).click()
  await page.getByRole('button', { name: /^Personas/ }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectAllNamed(page, 'the personas library')
})
