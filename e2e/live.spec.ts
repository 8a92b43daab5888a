// A live workshop on several devices, against the real live server (npm run serve) started by
// the test on a free port: a facilitator and two participants (one on a phone) in separate
// browser contexts; notes arrive at the facilitator; the server is killed mid-session, both
// sides keep adding, the server comes back and every device ends with the same board; a wrong
// secret is refused; a viewer's write is refused by the server.
import { test, expect } from '@playwright/test'
import * as Y from 'yjs'
import { addCardAt, card, createBoard, viewSettled } from './helpers'
import { device, joinAs, LIVE, liveServerForThisFile, OFFLINE, phoneAdd, shot, yjsClient } from './liveHelpers'

test.describe.configure({ mode: 'serial' })

const server = liveServerForThisFile()

test('a facilitator and two participants (one on a phone) work on one board, through a server crash', async ({ browser }) => {
  const fac = await device(browser, server.url)
  const boardId = await createBoard(fac.page, 'Live workshop')
  await fac.page.getByRole('button', { name: 'Start live session' }).click()
  const dialog = fac.page.getByRole('dialog', { name: 'Live session' })
  await expect(dialog.getByRole('img', { name: 'QR code of the join link' })).toBeVisible()
  const joinLink = await dialog.getByRole('textbox', { name: 'Join link' }).inputValue()
  const viewerLink = await dialog.getByRole('textbox', { name: 'Viewer link' }).inputValue()
  await shot(fac.page, 'live-start-dialog.png')
  expect(joinLink).toMatch(new RegExp(`^${server.url}/#/join/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}$`))
  expect(viewerLink).not.toBe(joinLink)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(fac.page.getByTestId('live-status')).toHaveText(LIVE)

  // a laptop participant and a phone participant join
  const ana = await device(browser, server.url)
  await joinAs(ana.page, joinLink, 'Ana Lopez')
  await expect(card(ana.page, 'Discover')).toHaveCount(0) // the board's stages, not cards
  await expect(ana.page.getByRole('textbox', { name: 'Stage name' }).first()).toHaveValue('Discover')
  const ben = await device(browser, server.url, true)
  await ben.page.goto(joinLink)
  await ben.page.getByRole('textbox', { name: 'Your name' }).fill('Ben Okafor')
  await shot(ben.page, 'live-join-phone.png')
  await joinAs(ben.page, joinLink, 'Ben Okafor')
  await expect(ben.page.getByRole('heading', { name: 'Live workshop' })).toBeVisible()

  // everyone sees who is in the room
  await expect(fac.page.getByRole('list', { name: /In the room: .*Ana Lopez.*Ben Okafor|In the room: .*Ben Okafor.*Ana Lopez/ })).toBeVisible()

  // both participants add notes; they arrive at the facilitator
  await Promise.all([
    addCardAt(ana.page, 'Sign up', 'Pain points', 'The form asks twice for the address'),
    phoneAdd(ben.page, 'Irritant', 'Compare', 'Prices hidden until the end'),
  ])
  await phoneAdd(ben.page, 'Wow', 'Discover', 'Friendly chat on the site')
  await shot(ben.page, 'live-phone.png')
  await expect(card(fac.page, 'The form asks twice for the address')).toBeVisible()
  await expect(card(fac.page, 'Prices hidden until the end')).toBeVisible()
  await expect(card(fac.page, 'Friendly chat on the site')).toBeVisible()
  await expect(card(ana.page, 'Prices hidden until the end')).toBeVisible()
  // on desktops, each sees where the others point
  await fac.page.mouse.move(700, 420)
  await fac.page.mouse.move(720, 440)
  await expect(ana.page.getByTestId('live-cursor').filter({ hasText: 'Facilitator' })).toBeVisible()
  await ana.page.mouse.move(600, 600)
  await ana.page.mouse.move(610, 610)
  await expect(fac.page.getByTestId('live-cursor').filter({ hasText: 'Ana Lopez' })).toBeVisible()
  await shot(fac.page, 'live-facilitator.png')

  // a participant cannot change the board itself, nor another's card
  const title = ana.page.getByRole('textbox', { name: 'Board title' })
  await title.fill('Taken over')
  await title.press('Enter')
  await expect(ana.page.getByText('Only the facilitator can change the board itself (stages, lanes, title).')).toBeVisible()
  await expect(title).toHaveValue('Live workshop')
  await expect(fac.page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Live workshop')
  // the phone participant edits and deletes their own note
  await ben.page.getByRole('button', { name: 'Edit “Friendly chat on the site”' }).click()
  await ben.page.getByRole('region', { name: 'My notes' }).getByRole('textbox').fill('Friendly chat, answered in a minute')
  await ben.page.getByRole('button', { name: 'Save' }).click()
  await expect(card(fac.page, 'Friendly chat, answered in a minute')).toBeVisible()

  // the server dies mid-session; every device keeps working
  server.kill()
  for (const p of [fac.page, ana.page, ben.page]) await expect(p.getByTestId('live-status')).toHaveText(OFFLINE)
  await addCardAt(fac.page, 'First use', 'Customer actions', 'Facilitator offline note')
  await addCardAt(ana.page, 'Renew', 'Pain points', 'Ana offline note')
  await phoneAdd(ben.page, 'Note', 'Get help', 'Ben offline note')
  await ben.page.getByRole('button', { name: 'Delete “Prices hidden until the end”' }).click()

  // it comes back: everything merges, nothing lost, nothing duplicated
  await server.start()
  for (const p of [fac.page, ana.page, ben.page]) await expect(p.getByTestId('live-status')).toHaveText(LIVE)
  const expected = [
    'The form asks twice for the address',
    'Friendly chat, answered in a minute',
    'Facilitator offline note',
    'Ana offline note',
    'Ben offline note',
  ]
  for (const p of [fac.page, ana.page]) {
    for (const text of expected) await expect(card(p, text)).toHaveCount(1)
    await expect(card(p, 'Prices hidden until the end')).toHaveCount(0)
  }
  await expect(ben.page.getByRole('region', { name: 'My notes' }).getByRole('listitem')).toHaveCount(2)
  await shot(ana.page, 'live-participant-laptop.png')

  // the facilitator's board, reloaded from its IndexedDB, holds every contribution
  await fac.page.reload()
  await viewSettled(fac.page)
  for (const text of expected) await expect(card(fac.page, text)).toHaveCount(1)

  // the facilitator ends the session: the board stays with everything; participants are told
  await expect(fac.page.getByTestId('live-status')).toHaveText(LIVE)
  fac.page.once('dialog', (d) => void d.accept())
  await fac.page.getByRole('button', { name: /^Live session/ }).click()
  await fac.page.getByRole('dialog', { name: 'Live session' }).getByRole('button', { name: 'End session' }).click()
  await expect(fac.page.getByRole('button', { name: 'Start live session' })).toBeVisible()
  await expect(ana.page.getByText('The facilitator ended the live session.', { exact: false })).toBeVisible()
  for (const text of expected) await expect(card(fac.page, text)).toHaveCount(1)
  expect(boardId).toBeTruthy()
  for (const d of [fac, ana, ben]) await d.ctx.close()
})

test('a wrong secret is refused, and a viewer reads but cannot write', async ({ browser }) => {
  const fac = await device(browser, server.url)
  await createBoard(fac.page, 'Viewer board')
  await fac.page.getByRole('button', { name: 'Start live session' }).click()
  const dialog = fac.page.getByRole('dialog', { name: 'Live session' })
  const joinLink = await dialog.getByRole('textbox', { name: 'Join link' }).inputValue()
  const viewerLink = await dialog.getByRole('textbox', { name: 'Viewer link' }).inputValue()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await addCardAt(fac.page, 'Discover', 'Customer actions', 'Seen by the viewer')

  // a wrong secret: the join screen says so, and nothing of the board arrives
  const stranger = await device(browser, server.url)
  await stranger.page.goto(joinLink.replace(/\/[A-Za-z0-9_-]+$/, '/not-the-right-secret'))
  await expect(stranger.page.getByRole('alert')).toHaveText('This join link is not valid: ask the facilitator for a new one.')
  await expect(stranger.page.getByRole('textbox', { name: 'Your name' })).toHaveCount(0)

  // the viewer sees the board, read-only
  const viewer = await device(browser, server.url)
  await viewer.page.goto(viewerLink)
  await expect(viewer.page.getByText('You are joining a board as viewer.')).toBeVisible()
  await viewer.page.getByRole('textbox', { name: 'Your name' }).fill('Observer')
  await viewer.page.getByRole('button', { name: 'Join' }).click()
  await expect(card(viewer.page, 'Seen by the viewer')).toBeVisible()
  await expect(viewer.page.getByTestId('live-status')).toHaveText(LIVE)
  await expect(viewer.page.getByRole('textbox', { name: 'Board title' })).not.toBeEditable()

  // a viewer's write sent straight to the server (a tampered client) is refused there
  const { doc, provider } = await yjsClient(server.url, viewerLink)
  const cards = doc.getMap<Y.Map<unknown>>('c:cards')
  const someCard = [...cards.values()][0]
  const forged = new Y.Map<unknown>()
  doc.transact(() => {
    cards.set('forged', forged)
    for (const [k, v] of someCard.entries()) forged.set(k, k === 'id' ? 'forged' : k === 'text' ? 'Forged by a viewer' : v)
  })
  // the facilitator adds after the forged write: once it arrives, the forged one would have too
  await addCardAt(fac.page, 'Compare', 'Customer actions', 'After the forged write')
  await expect(card(viewer.page, 'After the forged write')).toBeVisible()
  await expect(card(fac.page, 'Forged by a viewer')).toHaveCount(0)
  provider.destroy()
  for (const d of [fac, stranger, viewer]) await d.ctx.close()
})
