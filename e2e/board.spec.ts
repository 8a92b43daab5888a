import { expect, test } from '@playwright/test'
import { addCardAt, card, createBoard, expectSaved, nodeNamed, readStoredBoard } from './helpers'

test('create a board, edit stages, lanes, cards and arrows, undo/redo, and find it all after a reload', async ({ page }) => {
  const id = await createBoard(page, 'Renew a passport')
  await expect(page.locator('.react-flow__node-stage').first()).toBeVisible()
  const stagesBefore = await page.locator('.react-flow__node-stage').count()

  // stages and lanes
  await page.getByRole('button', { name: 'Add stage' }).click()
  await expect(page.locator('.react-flow__node-stage')).toHaveCount(stagesBefore + 1)
  const newStage = page.getByRole('textbox', { name: 'Stage name' }).last()
  await newStage.fill('Collect the passport')
  await newStage.press('Enter')
  const lanesBefore = await page.locator('.react-flow__node-lane').count()
  await page.getByRole('button', { name: 'Add lane' }).click()
  await expect(page.locator('.react-flow__node-lane')).toHaveCount(lanesBefore + 1)
  const newLane = page.getByRole('textbox', { name: 'Lane name' }).last()
  await newLane.fill('Back office')
  await newLane.press('Enter')

  // cards: by double-click, with HTML typed in it
  const firstStage = await page.getByRole('textbox', { name: 'Stage name' }).first().inputValue()
  const firstLane = await page.getByRole('textbox', { name: 'Lane name' }).first().inputValue()
  await addCardAt(page, firstStage, firstLane, 'Fills in the <b>form</b> online')
  await expect(card(page, 'Fills in the <b>form</b> online')).toContainText('<b>form</b>')
  await addCardAt(page, 'Collect the passport', 'Back office', 'Prints the passport')

  // drag the first card to the last stage's cell of the same lane
  const source = card(page, 'Fills in the')
  const target = await nodeNamed(page, 'Stage name', 'Collect the passport')
  const sb = (await source.boundingBox())!
  const tb = (await target.boundingBox())!
  await page.mouse.move(sb.x + 40, sb.y + 20)
  await page.mouse.down()
  await page.mouse.move(sb.x + 100, sb.y + 30, { steps: 5 })
  await page.mouse.move(tb.x + 60, sb.y + 20, { steps: 10 })
  await page.mouse.up()
  await expectSaved(page)
  let stored = await readStoredBoard(page, id)
  const lastStage = stored!.board.stages.find((s) => s.name === 'Collect the passport')!
  expect(stored!.board.cards.find((c) => c.text.startsWith('Fills'))!.stageId).toBe(lastStage.id)

  // an arrow from one card to the other, through the inspector
  await card(page, 'Fills in the').click()
  await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: 'Collect the passport · Prints the passport' })
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)

  // undo removes the arrow, redo brings it back
  await page.locator('.board-surface').focus()
  await page.keyboard.press('Control+z')
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)

  await expectSaved(page)
  await page.reload()
  await expect(card(page, 'Prints the passport')).toBeVisible()
  await expect(card(page, 'Fills in the <b>form</b> online')).toBeVisible()
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await expect(page.getByRole('textbox', { name: 'Lane name' }).last()).toHaveValue('Back office')
  stored = await readStoredBoard(page, id)
  expect(stored!.board.links).toHaveLength(1)
})

test('keyboard: arrows move between cells, Enter adds and edits, Delete removes', async ({ page }) => {
  const id = await createBoard(page, 'Keyboard board')
  await page.locator('.board-surface').focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await page.keyboard.type('First by keyboard')
  await page.keyboard.press('Escape')
  await expect(card(page, 'First by keyboard')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Second by keyboard')
  await page.keyboard.press('Control+Enter')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByTestId('cursor-announcer')).toContainText('First by keyboard')
  // Alt+Right moves the card one stage right
  await page.keyboard.press('Alt+ArrowRight')
  await page.keyboard.press('Delete')
  await expect(card(page, 'First by keyboard')).toHaveCount(0)
  await expectSaved(page)
  const stored = await readStoredBoard(page, id)
  expect(stored!.board.cards.map((c) => c.text)).toEqual(['Second by keyboard'])
})

test('an edit made just before the tab closes is there on reopening', async ({ context }) => {
  const page = await context.newPage()
  const id = await createBoard(page, 'Closing fast')
  const title = page.getByRole('textbox', { name: 'Board title' })
  await title.fill('Renamed then closed')
  await title.press('Enter')
  await page.close({ runBeforeUnload: true })
  const again = await context.newPage()
  await again.goto(`/#/board/${id}`)
  await expect(again.getByRole('textbox', { name: 'Board title' })).toHaveValue('Renamed then closed')
})

test('two tabs on one board see each other’s edits and lose neither', async ({ context }) => {
  const a = await context.newPage()
  const id = await createBoard(a, 'Shared board')
  const b = await context.newPage()
  await b.goto(`/#/board/${id}`)
  const stage = await a.getByRole('textbox', { name: 'Stage name' }).first().inputValue()
  const lane = await a.getByRole('textbox', { name: 'Lane name' }).first().inputValue()
  await addCardAt(a, stage, lane, 'Written in tab A')
  await expect(card(b, 'Written in tab A')).toBeVisible()
  await addCardAt(b, stage, lane, 'Written in tab B')
  await expect(card(a, 'Written in tab B')).toBeVisible()
  await expectSaved(a)
  await expectSaved(b)
  const stored = await readStoredBoard(a, id)
  expect(stored!.board.cards.map((c) => c.text).sort()).toEqual(['Written in tab A', 'Written in tab B'])
})

test('switching the language translates the interface', async ({ page }) => {
  await createBoard(page, 'Bilingue')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await expect(page.getByRole('button', { name: 'Ajouter une étape' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add stage' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Ajouter une carte' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('en')
  await expect(page.getByRole('button', { name: 'Add card' })).toBeVisible()
})

test('home screen: rename, duplicate, delete and undo the deletion', async ({ page }) => {
  await createBoard(page, 'Original')
  await page.getByRole('button', { name: /Back to boards/ }).click()
  await page.getByRole('button', { name: 'Rename: Original' }).click()
  const input = page.getByRole('textbox', { name: 'New title' })
  await input.fill('Original renamed')
  await input.press('Enter')
  await expect(page.getByRole('link', { name: 'Original renamed' })).toBeVisible()
  await page.getByRole('button', { name: 'Duplicate: Original renamed' }).click()
  await expect(page.getByRole('link', { name: 'Original renamed (copy)' })).toBeVisible()
  await page.getByRole('button', { name: 'Delete: Original renamed (copy)' }).click()
  await expect(page.getByRole('link', { name: 'Original renamed (copy)' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('link', { name: 'Original renamed (copy)' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('link', { name: /Original renamed/ })).toHaveCount(2)
})

test('an arrow drawn by dragging from a card’s handle onto another card', async ({ page }) => {
  const id = await createBoard(page, 'Arrows by hand')
  const stage = await page.getByRole('textbox', { name: 'Stage name' }).first().inputValue()
  await addCardAt(page, stage, 'Customer actions', 'Calls the hotline')
  await addCardAt(page, stage, 'Touchpoints', 'Phone line')
  const from = card(page, 'Calls the hotline')
  await from.hover()
  const handle = from.locator('.card-source')
  await expect(handle).toBeVisible()
  const h = (await handle.boundingBox())!
  const to = (await card(page, 'Phone line').boundingBox())!
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2)
  await page.mouse.down()
  await page.mouse.move((h.x + to.x) / 2, to.y + to.height / 2, { steps: 6 })
  // the arrow being drawn leaves from the handle (React Flow is told where a card's handle is: toFlow.ts)
  const line = page.locator('.react-flow__connection-path')
  await expect(line).toHaveCount(1)
  const start = await line.evaluate((el) => {
    const path = el as SVGPathElement
    const p = path.getPointAtLength(0)
    const m = path.getScreenCTM()!
    return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f }
  })
  expect(start.x).toBeGreaterThanOrEqual(h.x - 1)
  expect(start.x).toBeLessThanOrEqual(h.x + h.width + 1)
  expect(start.y).toBeGreaterThanOrEqual(h.y - 1)
  expect(start.y).toBeLessThanOrEqual(h.y + h.height + 1)
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 })
  await page.mouse.up()
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await expectSaved(page)
  const stored = await readStoredBoard(page, id)
  const text = (cid: string) => stored!.board.cards.find((c) => c.id === cid)!.text
  expect(stored!.board.links.map((l) => [text(l.from), text(l.to)])).toEqual([['Calls the hotline', 'Phone line']])
})

test('a dragged card takes its arrow along, and the drop leaves one arrow, routed from the new place', async ({ page }) => {
  const id = await createBoard(page, 'Drag with arrows')
  const stages = await page.getByRole('textbox', { name: 'Stage name' }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
  const lane = await page.getByRole('textbox', { name: 'Lane name' }).first().inputValue()
  await addCardAt(page, stages[0], lane, 'Opens the app')
  await addCardAt(page, stages[1], lane, 'Pays online')
  await card(page, 'Opens the app').click()
  await page.getByRole('combobox', { name: 'Draw an arrow to…' }).selectOption({ label: `${stages[1]} · Pays online` })
  const arrow = page.locator('.react-flow__edge .react-flow__edge-path')
  await expect(arrow).toHaveCount(1)
  // the arrow's path once routed (routing runs after the board is drawn)
  await expect.poll(async () => (await arrow.getAttribute('d'))?.length ?? 0).toBeGreaterThan(0)
  const before = await arrow.getAttribute('d')

  const from = (await card(page, 'Pays online').boundingBox())!
  const to = (await (await nodeNamed(page, 'Stage name', stages[2])).boundingBox())!
  await page.mouse.move(from.x + 40, from.y + 20)
  await page.mouse.down()
  await page.mouse.move(from.x + 90, from.y + 30, { steps: 4 })
  await page.mouse.move(to.x + 60, from.y + 20, { steps: 8 })
  // during the drag: the card is drawn where the pointer is, its arrow follows it (drawn on the
  // drag's canvas, from the first card to the held one), the original is hidden
  await expect(page.locator('.react-flow__edge').first()).toHaveCSS('visibility', 'hidden')
  const held = (await card(page, 'Pays online').boundingBox())!
  expect(held.x).toBeGreaterThan(from.x + 100)
  const source = (await card(page, 'Opens the app').boundingBox())!
  // the ink on the drag's canvas tiles, in page px: where the arrow is drawn now
  const inkNow = () =>
    page.locator('canvas.drag-arrows').evaluateAll((tiles: HTMLCanvasElement[]) => {
      let x0 = Infinity
      let x1 = -Infinity
      for (const c of tiles) {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
        const r = c.getBoundingClientRect()
        const k = c.width / r.width
        for (let i = 3; i < data.length; i += 4)
          if (data[i] > 128) {
            const x = r.left + (((i - 3) / 4) % c.width) / k
            x0 = Math.min(x0, x)
            x1 = Math.max(x1, x)
          }
      }
      return { x0, x1 }
    })
  await expect.poll(async () => (await inkNow()).x1).toBeGreaterThan(held.x - 20)
  const ink = await inkNow()
  // it leaves the first card and reaches the held card's left side
  expect(ink.x0).toBeGreaterThan(source.x + source.width - 20)
  expect(ink.x0).toBeLessThan(source.x + source.width + 20)
  expect(ink.x1).toBeLessThan(held.x + 20)
  await page.mouse.up()

  // dropped: one visible arrow, re-routed to the card's new stage, saved
  await expect(page.locator('canvas.drag-arrows')).toHaveCount(0)
  await expect(arrow).toHaveCount(1)
  await expect(page.locator('.react-flow__edge').first()).toHaveCSS('visibility', 'visible')
  await expect.poll(() => arrow.getAttribute('d')).not.toBe(before)
  await expectSaved(page)
  const stored = await readStoredBoard(page, id)
  expect(stored!.board.cards.find((c) => c.text === 'Pays online')!.stageId).toBe(stored!.board.stages[2].id)
  // the card sits where the board puts it: no shift left over from the drag
  await expect(card(page, 'Pays online').locator('xpath=ancestor::div[contains(@class,"react-flow__node")][1]')).toHaveCSS('translate', 'none')
})

test('a stage dragged by its grip moves along its row and takes its place where it is dropped', async ({ page }) => {
  const id = await createBoard(page, 'Reorder stages')
  const names = await page.getByRole('textbox', { name: 'Stage name' }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
  const first = await nodeNamed(page, 'Stage name', names[0])
  const was = (await first.boundingBox())!
  const g = (await first.locator('.stage-grip').boundingBox())!
  const third = (await (await nodeNamed(page, 'Stage name', names[2])).boundingBox())!
  await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2)
  await page.mouse.down()
  await page.mouse.move(g.x + 30, g.y + 40, { steps: 4 })
  await page.mouse.move(third.x + third.width / 2, g.y + 60, { steps: 8 })
  // held: the stage follows the pointer along its row only
  const held = (await (await nodeNamed(page, 'Stage name', names[0])).boundingBox())!
  expect(held.x).toBeGreaterThan(third.x - held.width / 2)
  expect(held.y).toBeCloseTo(was.y, 0)
  await page.mouse.up()
  await expect(page.getByRole('textbox', { name: 'Stage name' }).nth(2)).toHaveValue(names[0])
  await expectSaved(page)
  const stored = await readStoredBoard(page, id)
  expect(stored!.board.stages.map((s) => s.name)).toEqual([names[1], names[2], names[0], ...names.slice(3)])
})
