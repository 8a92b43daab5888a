// Measured scores on touchpoints, as a user meets them: attach a score in the side panel and
// read it on the card, undo, reload, a second tab; import survey results; the Below target
// filter; the customer mapping; the badges in an exported PNG.
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { addCardAt, card, createBoard, expectSaved, readStoredBoard } from './helpers'
import { exportOne, pdfPagesPng, pdfTextPerPage, seedBoard } from './exportTools'

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
  test.slow() // a long flow, on a shared machine
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
  await page.getByRole('button', { name: 'Scores', exact: true }).click()
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
  const csv = readFileSync(path, 'utf8')
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
]
  .map((r) => r.join('\t'))
  .join('\n')

test('customer mapping: 8 expectations, each in its zone, labels apart; medians; PNG and SVG', async ({ page }) => {
  test.slow() // a long flow, on a shared machine
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
  const bytes = readFileSync(pngPath)
  expect(bytes.subarray(1, 4).toString()).toBe('PNG')
  expect(bytes.readUInt32BE(16)).toBe(1520) // 760 × 2
  const svg = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export as SVG' }).click()
  const svgPath = OUT('customer-mapping.svg')
  await (await svg).saveAs(svgPath)
  const text = readFileSync(svgPath, 'utf8')
  for (const word of ['Urgent', 'Strengths', 'Reflection', 'Medium-term actions', 'Answer within a day']) expect(text).toContain(word)
})

// ---- exports ----------------------------------------------------------------------------------

/** Pixels of each colour (within a tolerance) in a PNG, decoded by the browser. */
async function countColours(page: Page, png: Buffer, colours: number[][], tol = 14): Promise<{ width: number; counts: number[] }> {
  return page.evaluate(
    async ({ b64, colours, tol }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const c = new OffscreenCanvas(bmp.width, bmp.height)
      const g = c.getContext('2d')!
      g.drawImage(bmp, 0, 0)
      const d = g.getImageData(0, 0, bmp.width, bmp.height).data
      const counts = colours.map(() => 0)
      for (let i = 0; i < d.length; i += 4)
        colours.forEach((rgb, k) => {
          if (Math.abs(d[i] - rgb[0]) <= tol && Math.abs(d[i + 1] - rgb[1]) <= tol && Math.abs(d[i + 2] - rgb[2]) <= tol) counts[k]++
        })
      return { width: bmp.width, counts }
    },
    { b64: png.toString('base64'), colours, tol },
  )
}

export const SCORED_BOARD = {
  id: 'scored-export',
  title: 'Scored export',
  kind: 'journey',
  stages: [
    { id: 's1', name: 'Discover' },
    { id: 's2', name: 'Apply' },
    { id: 's3', name: 'Pay' },
  ],
  lanes: [
    { id: 'l1', name: 'Touchpoints', role: 'touchpoints' },
    { id: 'l2', name: 'Scores', role: 'scores' },
  ],
  cards: [
    { id: 'c1', stageId: 's1', laneId: 'l1', text: 'Web site', tag: 'touchpoint' },
    { id: 'c2', stageId: 's2', laneId: 'l1', text: 'Desk', tag: 'touchpoint' },
  ],
  links: [],
  measurements: [
    { id: 'm1', cardId: 'c1', metric: 'nps', period: '2026-Q2', value: 20, n: 120 },
    { id: 'm2', cardId: 'c1', metric: 'nps', period: '2026-Q3', counts: { promoters: 45, passives: 35, detractors: 20 }, target: 30 },
    { id: 'm3', cardId: 'c2', metric: 'csat', period: '2026-Q3', value: 70, n: 50, target: 80, scale: '1-5', method: 'top2' },
    { id: 'm4', stageId: 's3', metric: 'ces', period: '2026-Q3', value: 2.1, n: 40, target: 2.5, scale: '1-5' },
  ],
}
const NEAR = [0xa1, 0x5c, 0x00]
const MISSED = [0xc6, 0x28, 0x28]
const MET = [0x2e, 0x7d, 0x32]

test('a PNG export shows the badges and the Scores lane; the SVG keeps their text and the legend names their symbols', async ({ page }) => {
  test.slow() // a long flow, on a shared machine
  await seedBoard(page, SCORED_BOARD)
  await expect(badge(page, 'Web site')).toContainText('+25')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'PNG image' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('radio', { name: /^1×/ }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const path = OUT('scored-board.png')
  await (await download).saveAs(path)
  const png = readFileSync(path)
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  // status colours appear only in the badges, the lane and the legend: close (NPS), missed (CSAT), met (the stage's CES)
  const { counts } = await countColours(page, png, [NEAR, MISSED, MET])
  expect(counts[0], 'close').toBeGreaterThan(60)
  expect(counts[1], 'missed').toBeGreaterThan(60)
  expect(counts[2], 'met').toBeGreaterThan(40)

  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'SVG image' }).click()
  const svgDownload = page.waitForEvent('download')
  await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
  const svgPath = OUT('scored-board.svg')
  await (await svgDownload).saveAs(svgPath)
  const svg = readFileSync(svgPath, 'utf8')
  for (const text of ['+25', '70', 'CES 2.1', 'Close to target', 'Target missed', 'Target met', 'Trend since the previous period'])
    expect(svg, text).toContain(text)

  // the readable PDF: the badges' and the lane's text as text, their status colours as pixels (poppler reads it)
  const pdf = await exportOne(page, 'PDF', 'scored-board.pdf', async (d) => {
    await d.getByRole('radio', { name: 'A4 landscape' }).check()
    await d.getByRole('radio', { name: /^Readable/ }).check()
  })
  const pdfText = pdfTextPerPage(pdf).join(' ')
  for (const text of ['+25', 'NPS', 'CSAT', 'CES 2.1', 'Whole stage', 'Close to target', 'Target missed', 'Target met']) expect(pdfText, text).toContain(text)
  const [firstPage] = pdfPagesPng(pdf, 60)
  writeFileSync(OUT('scored-board-pdf-page1.png'), firstPage)
  const inPdf = await countColours(page, firstPage, [NEAR, MISSED, MET], 30)
  expect(
    inPdf.counts.every((n) => n > 10),
    `status colours on the PDF page: ${inPdf.counts}`,
  ).toBe(true)

  // the status symbols' style: the seed's weather icons on the badges, one undo step
  await expect(badge(page, 'Web site').locator('img[data-symbol="status-near"]')).toBeVisible()
  await page.getByRole('button', { name: 'Scores', exact: true }).click()
  await page.getByRole('radio', { name: 'Weather' }).check()
  await expect(badge(page, 'Web site').locator('img[data-symbol="weather-near"]')).toBeVisible()
  await expect(badge(page, 'Desk', 'CSAT').locator('img[data-symbol="weather-missed"]')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(badge(page, 'Web site').locator('img[data-symbol="status-near"]')).toBeVisible()
})

test('a stage’s scores from its ⋯ menu, the relationship’s from the Scores menu; badges in French', async ({ page }) => {
  test.slow() // three forms filled in
  await createBoard(page, 'Stage scores')
  await page.getByRole('button', { name: 'Stage options: Discover' }).click()
  await page.getByRole('button', { name: 'Scores of this stage…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Scores of the stage “Discover”' })
  await dialog.getByRole('button', { name: '+ Add score' }).click()
  await dialog.getByLabel('Metric').selectOption('ces')
  await dialog.getByLabel('CES scale').selectOption('1-7')
  for (const [point, count] of [
    ['5', '10'],
    ['6', '20'],
    ['7', '10'],
  ])
    await dialog.getByRole('textbox', { name: `Answers “${point}”` }).fill(count)
  await dialog.getByLabel('Period').fill('2026-09')
  await dialog.getByLabel('Target (optional)').fill('5.5')
  await expect(dialog.getByText('Score: CES 6.0 ±0.2 (n = 40)')).toBeVisible()
  await dialog.getByRole('button', { name: 'Add score', exact: true }).click()
  await expect(dialog.getByRole('img', { name: 'CES 6.0, n = 40, ±0.2, target 5.5, met' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  await page.getByRole('button', { name: 'Scores', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Relationship scores…' }).click()
  const rel = page.getByRole('dialog', { name: 'Relationship scores (the whole board)' })
  await rel.getByRole('button', { name: '+ Add score' }).click()
  await rel.getByLabel('Metric').selectOption('kpi')
  await rel.getByLabel('KPI name').fill('Complaints')
  await rel.getByLabel('Unit').fill('per month')
  await rel.getByLabel('Better when').selectOption('lower')
  await rel.getByRole('textbox', { name: 'Value', exact: true }).fill('14')
  await rel.getByLabel('Period').fill('2026-Q3')
  await rel.getByRole('button', { name: 'Add score', exact: true }).click()
  await expect(rel.getByRole('img', { name: 'Complaints 14 per month' })).toBeVisible()
  await page.keyboard.press('Escape')

  // in French: the badge of a touchpoint says it all in French
  await addCardAt(page, 'Compare', 'Touchpoints', 'Site web')
  await addNpsByGroups(page, 'Site web', { promoters: '45', passives: '35', detractors: '20', period: '2026-Q3', target: '30' })
  await page.getByRole('combobox', { name: 'Language / Langue' }).selectOption('fr')
  await expect(card(page, 'Site web').getByRole('img', { name: 'NPS +25, n = 100, ±15, cible +30, proche' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Scores', exact: true })).toBeVisible()
})
