// Measured scores on touchpoints, as a user meets them: attach a score in the side panel and
// read it on the card, undo, reload, a second tab; import survey results; the Below target
// filter; the customer mapping; the badges in an exported PNG.
import { expect, test, type Page } from '@playwright/test'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard } from './helpers'

const OUT = (name: string) => test.info().outputPath(name)

async function addNpsByGroups(page: Page, cardText: string, g: { promoters: string; passives: string; detractors: string; period: string; target?: string }) {
  await card(page, cardText).click()
  const panel = page.getByRole('complementary', { name: 'Card details' })
  await panel.getByRole('button', { name: '+ Add score' }).click()
  const form = panel.getByRole('form', { name: 'Add a score' })
  await form.getByLabel('Metric').selectOption('nps')
  await form.getByLabel('Promoters (9–10)').fill(g.promoters)
  await form.getByLabel('Passives (7–8)').fill(g.passives)
  await form.getByLabel('Detractors (0–6)').fill(g.detractors)
  await form.getByLabel('Period').fill(g.period)
  if (g.target) await form.getByLabel('Target (optional)').fill(g.target)
  await form.getByRole('button', { name: 'Add score', exact: true }).click()
  await expect(form).toHaveCount(0)
}

const badge = (page: Page, cardText: string, metric = 'NPS') => card(page, cardText).locator(`.score-badge[data-metric="${metric}"]`)

test('attach an NPS by promoters, passives and detractors: +25 on the card; undo, reload, a second tab', async ({ page, context }) => {
  test.slow() // two tabs and a reload
  const id = await createBoard(page, 'Scored journey')
  await addCardAt(page, 'Discover', 'Touchpoints', 'Web site')
  await addNpsByGroups(page, 'Web site', { promoters: '45', passives: '35', detractors: '20', period: '2026-Q3', target: '30' })

  await expect(badge(page, 'Web site')).toContainText('+25')
  await expect(card(page, 'Web site').getByRole('img', { name: 'NPS +25, n = 100, ±15, target +30, close' })).toBeVisible()
  // the panel's history names the same score, with its margin of error
  await expect(page.getByRole('table', { name: 'History of NPS' })).toContainText('±15')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(badge(page, 'Web site')).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(badge(page, 'Web site')).toContainText('+25')

  await expectSaved(page)
  const stored = await readStoredBoard(page, id)
  expect((stored!.board as { measurements?: unknown[] }).measurements).toEqual([
    expect.objectContaining({ metric: 'nps', period: '2026-Q3', counts: { promoters: 45, passives: 35, detractors: 20 }, target: 30 }),
  ])
  await page.reload()
  await expect(badge(page, 'Web site')).toContainText('+25')

  // a second tab sees it, and sees the next period arrive, with its trend
  const other = await context.newPage()
  await other.goto(page.url())
  await expect(badge(other, 'Web site')).toContainText('+25')
  await addNpsByGroups(page, 'Web site', { promoters: '50', passives: '30', detractors: '20', period: '2026-Q4', target: '30' })
  await expect(badge(other, 'Web site')).toContainText('+30')
  await expect(card(other, 'Web site').getByRole('img', { name: /^NPS \+30, n = 100, ±15, target \+30, met, up from \+25$/ })).toBeVisible()
  await page.screenshot({ path: OUT('scores-panel.png') })
})

test('the Add score form refuses wrong input at the field and writes nothing', async ({ page }) => {
  const id = await createBoard(page, 'Wrong input')
  await addCardAt(page, 'Discover', 'Touchpoints', 'Desk')
  await card(page, 'Desk').click()
  const panel = page.getByRole('complementary', { name: 'Card details' })
  await panel.getByRole('button', { name: '+ Add score' }).click()
  const form = panel.getByRole('form', { name: 'Add a score' })
  // an empty metric
  await form.getByRole('button', { name: 'Add score', exact: true }).click()
  await expect(form.getByLabel('Metric')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByRole('alert')).toContainText('The score was not added')
  await expect(form.getByLabel('Metric')).toBeFocused()
  // a negative count, refused as soon as the field is left
  await form.getByLabel('Metric').selectOption('nps')
  await form.getByLabel('Promoters (9–10)').fill('-3')
  await form.getByLabel('Passives (7–8)').focus()
  await expect(form.getByLabel('Promoters (9–10)')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByText('Cannot be negative.')).toBeVisible()
  // an answer off the 0–10 scale of a value
  await form.getByText('A value and its n').click()
  await form.getByRole('textbox', { name: 'Value', exact: true }).fill('130')
  await form.getByLabel('Sample size (n)').fill('50')
  await form.getByLabel('Period').fill('2026-Q3')
  await form.getByRole('button', { name: 'Add score', exact: true }).click()
  await expect(form.getByText('From -100 to 100.')).toBeVisible()
  await expectSaved(page)
  expect((await readStoredBoard(page, id))!.board).not.toHaveProperty('measurements')
  await expect(card(page, 'Desk').locator('.score-badge')).toHaveCount(0)
})

// ---- survey import ------------------------------------------------------------------------

async function openScoresMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'Scores ▾' }).click()
  await page.getByRole('menuitem', { name: item }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  return dialog
}

// French Excel's "CSV (point-virgule)": `;`, day/month dates, Windows-1252 bytes
const SURVEY = [
  'Point de contact;Date de réponse;Recommandation;Satisfaction;Commentaire',
  'Web site;14/09/2026;10;5;',
  'Web site;15/09/2026;9;4;',
  'Web site;16/09/2026;9;4;',
  'Web site;17/09/2026;6;2;Pages trop lentes, réessayé trois fois',
  'Web site;18/09/2026;8;5;',
  'Call centre;19/09/2026;11;3;',
  'Call centre;20/09/2026;3;2;Attente d’une heure au téléphone',
  'Call centre;21/09/2026;2;1;',
  'Call centre;22/09/2026;9;5;',
  'Guichet;23/09/2026;7;4;',
].join('\r\n')
const cp1252 = (text: string) => Buffer.from(text.replace(/’/g, '\u0092'), 'latin1')

test('import a survey CSV: the scores on the matched cards, bad rows by line, a new touchpoint card, verbatims; one undo step', async ({ page }) => {
  test.slow()
  const id = await createBoard(page, 'Survey import')
  await addCardAt(page, 'Discover', 'Touchpoints', 'Web site')
  await addCardAt(page, 'Compare', 'Touchpoints', 'Call centre')
  const dialog = await openScoresMenu(page, 'Import survey results…')
  await dialog.getByLabel('Survey file (CSV)').setInputFiles({ name: 'enquete.csv', mimeType: 'text/csv', buffer: cp1252(SURVEY) })
  await expect(dialog.getByText('10 rows read')).toBeVisible()
  // the columns guessed from their French names, and "é" read right from Windows-1252
  await expect(dialog.getByRole('combobox', { name: 'Column “Point de contact” holds' })).toHaveValue('touchpoint')
  await expect(dialog.getByRole('combobox', { name: 'Column “Date de réponse” holds' })).toHaveValue('date')
  await expect(dialog.getByRole('combobox', { name: 'Column “Recommandation” holds' })).toHaveValue('nps')
  await expect(dialog.getByRole('combobox', { name: 'Column “Satisfaction” holds' })).toHaveValue('csat')
  await expect(dialog.getByRole('combobox', { name: 'Column “Commentaire” holds' })).toHaveValue('comment')
  await expect(dialog.getByText('9 of 10 rows used; 1 refused.')).toBeVisible()
  await expect(dialog.getByText('Line 7: NPS “11” is not an answer from 0 to 10.')).toBeVisible()
  // nothing is written before Import
  await expectSaved(page)
  expect((await readStoredBoard(page, id))!.board).not.toHaveProperty('measurements')
  // "Guichet" matches no card: a new touchpoint card in "Get help"
  await dialog.getByRole('combobox', { name: 'Scores of “Guichet” go to' }).selectOption({ label: 'New touchpoint card in “Get help”' })
  await dialog.getByRole('checkbox', { name: /most recent detractor comments/ }).check()
  await expect(dialog.getByRole('heading', { name: '6 scores to write' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Import 6 scores' }).click()
  await expect(dialog).toHaveCount(0)

  // Web site, 2026-09: NPS (3 promoters − 1 detractor) / 5 = +40; CSAT 4 of 5 answers 4–5 = 80 %
  await expect(badge(page, 'Web site')).toContainText('+40')
  await expect(badge(page, 'Web site', 'CSAT')).toContainText('80 %')
  await expect(card(page, 'Web site').getByRole('img', { name: /^NPS \+40, n = 5, ±\d+, low sample$/ })).toBeVisible()
  await expect(badge(page, 'Call centre')).toContainText('-33')
  await expect(badge(page, 'Guichet')).toContainText('0')
  await expect(card(page, '“Pages trop lentes, réessayé trois fois”')).toBeVisible()
  await expect(card(page, '“Attente d’une heure au téléphone”')).toBeVisible()

  // one undo step takes the whole import back
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('.score-badge')).toHaveCount(0)
  await expect(card(page, 'Guichet')).toHaveCount(0)
  await expect(card(page, '“Pages trop lentes, réessayé trois fois”')).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(badge(page, 'Web site')).toContainText('+40')
  await expectSaved(page)
  const stored = (await readStoredBoard(page, id))!.board as { measurements?: { metric: string; period: string; source?: string }[] }
  expect(stored.measurements).toHaveLength(6)
  expect(stored.measurements!.every((m) => m.period === '2026-09' && m.source === 'Survey')).toBe(true)
})

// ---- the Below target filter, the Scores lane, the table ----------------------------------

const AGGREGATED = [
  'Touchpoint,Period,Metric,Value,n,Target',
  'Web site,2026-Q3,NPS,25,100,30',
  'Call centre,2026-Q3,NPS,40,120,30',
  'Desk,2026-Q3,CSAT,70,50,80',
].join('\n')

test('Below target dims all but the touchpoints whose latest score misses its target; the scores table sorts and exports', async ({ page }) => {
  test.slow()
  await createBoard(page, 'Targets')
  await addCardAt(page, 'Discover', 'Touchpoints', 'Web site')
  await addCardAt(page, 'Compare', 'Touchpoints', 'Call centre')
  await addCardAt(page, 'Sign up', 'Touchpoints', 'Desk')
  await addCardAt(page, 'Sign up', 'Customer actions', 'Fills in the form')
  const dialog = await openScoresMenu(page, 'Import survey results…')
  await dialog.getByLabel('Or paste the cells').fill(AGGREGATED)
  await dialog.getByRole('button', { name: 'Read the pasted results' }).click()
  await expect(dialog.getByRole('radio', { name: 'Aggregated (one row per touchpoint × period × metric)' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Import 3 scores' }).click()
  await expect(badge(page, 'Desk', 'CSAT')).toContainText('70 %')

  await page.getByRole('button', { name: 'Below target' }).click()
  await expect(page.getByRole('button', { name: 'Below target' })).toHaveAttribute('aria-pressed', 'true')
  await expect(card(page, 'Web site').locator('.card')).not.toHaveClass(/is-dimmed/) // +25 against +30: close, below
  await expect(card(page, 'Desk').locator('.card')).not.toHaveClass(/is-dimmed/) // 70 % against 80 %: missed
  await expect(card(page, 'Call centre').locator('.card')).toHaveClass(/is-dimmed/) // met
  await expect(card(page, 'Fills in the form').locator('.card')).toHaveClass(/is-dimmed/) // no score
  await page.getByRole('button', { name: 'Below target' }).click()
  await expect(card(page, 'Call centre').locator('.card')).not.toHaveClass(/is-dimmed/)

  // a Scores lane draws each stage's scores against their targets
  await page.getByRole('button', { name: 'Lane options: Thoughts' }).click()
  await page.getByRole('combobox', { name: 'Lane role' }).selectOption('scores')
  await expect(page.getByRole('listitem', { name: /^Desk: CSAT 70\s%\s\(top-2-box\), n = 50, target 80\s%, missed$/ })).toBeAttached()

  const table = await openScoresMenu(page, 'Scores table…')
  const rows = table.getByRole('row')
  await expect(rows).toHaveCount(4)
  await table.getByRole('button', { name: /^Score/ }).click()
  await expect(rows.nth(1)).toContainText('Web site')
  await table.getByRole('button', { name: /^Score/ }).click()
  await expect(rows.nth(1)).toContainText('Desk')
  await expect(table.getByRole('columnheader', { name: /^Score/ })).toHaveAttribute('aria-sort', 'descending')
  const download = page.waitForEvent('download')
  await table.getByRole('button', { name: 'Export as CSV' }).click()
  const path = OUT('scores.csv')
  await (await download).saveAs(path)
  const csv = (await import('node:fs')).readFileSync(path, 'utf8')
  expect(csv.split('\r\n')[0]).toBe('\uFEFFTouchpoint,Stage,Metric,Period,Score,n,±,Target,Status,Trend,Source,Kind')
  expect(csv).toContain('Desk,Sign up,CSAT (top-2-box),2026-Q3,70,50,,80,missed,,Survey,transactional')
  await page.keyboard.press('Escape')
  await page.screenshot({ path: OUT('scores-lane.png') })
})

// ---- customer mapping -------------------------------------------------------------------------

const EXPECTATIONS = [
  ['Expectation', 'Importance', 'Satisfaction'],
  ['Friendly welcome', '9', '8'],
  ['Answer within a day', '9', '3'],
  ['Clear prices', '7', '2'],
  ['Free parking', '2', '9'],
  ['Nice waiting room', '3', '7'],
  ['Background music', '2', '2'],
  ['Printed forms', '4', '3'],
  ['Follow-up call', '8', '9'],
].map((r) => r.join('\t')).join('\n')

test('customer mapping: 8 expectations, each in its zone, labels apart; medians; PNG and SVG', async ({ page }) => {
  await createBoard(page, 'Mapping')
  const dialog = await openScoresMenu(page, 'Customer mapping…')
  await dialog.getByRole('button', { name: 'Paste or import a table' }).click()
  await dialog.getByLabel('Cells copied from a spreadsheet').fill(EXPECTATIONS)
  await dialog.getByRole('button', { name: 'Read', exact: true }).click()
  await dialog.getByRole('button', { name: 'Add 8 expectations' }).click()
  const chart = dialog.getByRole('img', { name: /^Customer mapping: importance/ })
  const zoneOf = (name: string) => chart.getByRole('img', { name: new RegExp(`^${name}: `) })
  await expect(zoneOf('Friendly welcome')).toHaveAttribute('data-zone', 'strengths')
  await expect(zoneOf('Follow-up call')).toHaveAttribute('data-zone', 'strengths')
  await expect(zoneOf('Answer within a day')).toHaveAttribute('data-zone', 'urgent')
  await expect(zoneOf('Clear prices')).toHaveAttribute('data-zone', 'urgent')
  await expect(zoneOf('Free parking')).toHaveAttribute('data-zone', 'reflection')
  await expect(zoneOf('Nice waiting room')).toHaveAttribute('data-zone', 'reflection')
  await expect(zoneOf('Background music')).toHaveAttribute('data-zone', 'medium')
  await expect(zoneOf('Printed forms')).toHaveAttribute('data-zone', 'medium')
  await expect(zoneOf('Answer within a day')).toHaveAccessibleName('Answer within a day: importance 9, satisfaction 3, Urgent')
  // no two labels overlap on screen
  const boxes = await chart.locator('.mapping-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
  expect(boxes).toHaveLength(8)
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]]
      expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `labels ${i} and ${j} overlap`).toBe(true)
    }
  // typed: a satisfaction out of 1–10 is refused with a message
  const satisfaction = dialog.getByRole('textbox', { name: 'Satisfaction of “Clear prices”' })
  await satisfaction.fill('12')
  await satisfaction.press('Enter')
  await expect(dialog.getByRole('alert')).toContainText('Satisfaction of “Clear prices”: a number from 1 to 10 — “12” was refused')
  await expect(satisfaction).toHaveValue('2')
  // split at the medians (importance 5.5, satisfaction 5)
  await dialog.getByRole('radio', { name: 'the medians' }).check()
  await expect(zoneOf('Clear prices')).toHaveAttribute('data-zone', 'urgent')
  await page.screenshot({ path: OUT('customer-mapping.png') })

  const png = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export as PNG' }).click()
  const pngPath = OUT('customer-mapping-export.png')
  await (await png).saveAs(pngPath)
  const bytes = (await import('node:fs')).readFileSync(pngPath)
  expect(bytes.subarray(1, 4).toString()).toBe('PNG')
  expect(bytes.readUInt32BE(16)).toBe(1520) // 760 × 2
  const svg = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export as SVG' }).click()
  const svgPath = OUT('customer-mapping.svg')
  await (await svg).saveAs(svgPath)
  const text = (await import('node:fs')).readFileSync(svgPath, 'utf8')
  for (const word of ['Urgent', 'Strengths', 'Reflection', 'Medium-term actions', 'Answer within a day']) expect(text).toContain(word)
})
