import { expect, type Page } from '@playwright/test'

/** Create a board from the home screen; returns its id (from the address). */
export async function createBoard(page: Page, title: string, template = 'Journey map'): Promise<string> {
  await page.goto('/')
  await page.getByRole('button', { name: 'New board' }).click()
  await page.getByRole('textbox', { name: 'Board title' }).fill(title)
  await page.getByRole('radio', { name: new RegExp('^' + template) }).check()
  await page.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(page).toHaveURL(/#\/board\//)
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(title)
  return decodeURIComponent(page.url().split('#/board/')[1])
}

/** The board record as stored in IndexedDB (read with the raw API, not the app's code). */
export async function readStoredBoard(
  page: Page,
  id: string,
): Promise<{
  rev: number
  board: {
    title: string
    stages: { id: string; name: string }[]
    lanes: { id: string; name: string; role: string }[]
    cards: { id: string; text: string; stageId: string; laneId: string; tag?: string }[]
    links: { from: string; to: string; label?: string }[]
    phases?: { id: string; name: string }[]
  }
} | null> {
  return page.evaluate(
    (boardId) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction('boards', 'readonly')
          const get = tx.objectStore('boards').get(boardId)
          get.onsuccess = () => {
            resolve(get.result ?? null)
            db.close()
          }
          get.onerror = () => reject(get.error)
        }
      }),
    id,
  )
}

/** Every record of an IndexedDB store (read with the raw API, not the app's code). */
export async function readStore<T>(page: Page, store: 'boards' | 'personas' | 'drafts'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('parcours')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const all = db.transaction(name, 'readonly').objectStore(name).getAll()
          all.onsuccess = () => (db.close(), resolve(all.result as T[]))
          all.onerror = () => reject(all.error)
        }
      }),
    store,
  )
}

/** The ids of a store's records, sorted. */
export const storedIds = async (page: Page, store: 'boards' | 'personas'): Promise<string[]> =>
  (await readStore<{ id: string }>(page, store)).map((r) => r.id).sort()

/** Wait until the app says every edit is saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toContainText('Saved')
}

export const card = (page: Page, text: string) => page.locator('.react-flow__node-card', { hasText: text })

/** The React Flow node (stage header or lane) whose name box holds `name`. */
export async function nodeNamed(page: Page, box: 'Stage name' | 'Lane name', name: string) {
  const found = await findNodeNamed(page, box, name)
  if (!found) throw new Error(`no ${box} "${name}"`)
  return found
}

async function findNodeNamed(page: Page, box: 'Stage name' | 'Lane name', name: string) {
  const boxes = page.getByRole('textbox', { name: box, exact: true })
  const n = await boxes.count()
  for (let i = 0; i < n; i++) {
    if ((await boxes.nth(i).inputValue()) === name) return boxes.nth(i).locator('xpath=ancestor::div[contains(@class, "react-flow__node ")]')
  }
  return null
}

/** Wait until the canvas stops moving: the viewport's transform is the same over two frames. */
export async function viewSettled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const viewport = () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform
              const before = viewport()
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(before !== undefined && viewport() === before)))
            }),
        ),
      { timeout: 60_000 },
    )
    .toBe(true)
}

/** Add a card in a cell by double-clicking it, type its text, finish editing. */
export async function addCardAt(page: Page, stageName: string, laneName: string, text: string): Promise<void> {
  // an empathy map has one stage and no stage headers: its zones are the cells
  const stage = (await findNodeNamed(page, 'Stage name', stageName)) ?? (await nodeNamed(page, 'Lane name', laneName))
  const lane = await nodeNamed(page, 'Lane name', laneName)
  // A point in the cell below its cards (a double-click on a card edits that card), which
  // must be the lane itself on screen (not hidden by the minimap or off-screen).
  const target = async () => {
    const sb = (await stage.boundingBox())!
    const lb = (await lane.boundingBox())!
    const p = { x: sb.x + sb.width / 2, y: lb.y + lb.height - 8 }
    const hit = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.react-flow__node-lane'), p)
    return hit ? p : null
  }
  // (a view gliding to a new stage, or to a fit, is measured once it has landed: clicking Fit
  // View again while it glides would restart the glide, which on a busy machine never lands)
  await viewSettled(page)
  let p = await target()
  if (!p) {
    await page.getByRole('button', { name: 'Fit View' }).click()
    await viewSettled(page)
    p = await target()
  }
  expect(p, `cell ${stageName} × ${laneName} is on screen`).not.toBeNull()
  await page.mouse.dblclick(p!.x, p!.y)
  const editor = page.getByRole('textbox', { name: 'Card text' })
  await expect(editor).toBeFocused()
  await editor.fill(text)
  await editor.press('Escape')
  await expect(card(page, text)).toBeVisible()
}
