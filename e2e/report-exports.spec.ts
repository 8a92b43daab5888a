// Issue 11, as a report writer meets it: a 5-stage French service blueprint (20 cards, 5 arrows)
// opened with the interface in English, a card added between the two ends of an arrow, then
// exported as SVG, readable PDF, slides PDF, PowerPoint and PNG — and each file looked at with the
// tools a reader's pipeline uses (librsvg, poppler, a zip reader).
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { addCardAt, card, expectSaved } from './helpers'
import { exportOne, inkMap, openExport, pdfPagesPng, pdfTextPerPage, rsvgPng, seedBoard } from './exportTools'
import { frenchBlueprint, FRENCH_BLUEPRINT_LANES, FRENCH_BLUEPRINT_STAGES } from '../test/fixtures/frenchBlueprint.mjs'

const board = frenchBlueprint('bp-fr-e2e')
const fold = (s: string) => s.replace(/\s+/g, ' ').trim()
const FRENCH_DATE = /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/

test('a French blueprint exported from the English interface: native SVG, readable vector PDF, slides, PowerPoint, PNG', async ({ page }) => {
  test.setTimeout(180_000)
  await seedBoard(page, board)
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible() // the interface is in English

  await test.step('a card added between the two ends of an arrow: the arrow goes around it on the board', async () => {
    await addCardAt(page, 'Réservation', 'Contact visible', 'Chatbot')
    await expectSaved(page)
    const crossing = async () =>
      page.evaluate(() => {
        const path = document.querySelector<SVGPathElement>('.react-flow__edge[data-id="k1"] path.react-flow__edge-path')
        const cards = [...document.querySelectorAll<HTMLElement>('.react-flow__node-card')]
        if (!path || !cards.length) return null
        const ctm = path.getScreenCTM()!
        const hits: string[] = []
        const len = path.getTotalLength()
        for (let d = 0; d <= len; d += 3) {
          const p = path.getPointAtLength(d)
          const x = ctm.a * p.x + ctm.c * p.y + ctm.e
          const y = ctm.b * p.x + ctm.d * p.y + ctm.f
          for (const c of cards) {
            const r = c.getBoundingClientRect()
            if (x > r.left + 2 && x < r.right - 2 && y > r.top + 2 && y < r.bottom - 2) hits.push(c.innerText.split('\n').pop()!)
          }
        }
        return [...new Set(hits)]
      })
    await expect.poll(crossing).toEqual([])
    await expect(card(page, 'Chatbot')).toBeVisible()
  })

  let svg = ''
  let png: Buffer
  await test.step('the export dialog says the export is written in French, the board’s language', async () => {
    const dialog = await openExport(page, 'SVG image')
    await expect(dialog.getByText('Written in French, the board’s language')).toBeVisible()
    await expect(dialog.getByRole('combobox', { name: 'Language of the export' })).toHaveValue('fr')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })

  await test.step('SVG: native shapes and text, no foreignObject; French legend and date', async () => {
    svg = (await exportOne(page, 'SVG image', 'blueprint.svg')).toString('utf8')
    expect(svg).not.toContain('foreignObject')
    expect(svg).toContain('<text')
    expect(svg).toContain('LÉGENDE')
    expect(svg).not.toContain('LEGEND<')
    expect(svg).toMatch(FRENCH_DATE)
    expect(svg).toContain('Service blueprint · ') // the kind, then the French date
    for (const name of FRENCH_BLUEPRINT_STAGES) expect(svg).toContain(name)
  })

  await test.step('PNG at 1×, and librsvg draws the SVG with the card texts’ ink where the PNG has it', async () => {
    png = await exportOne(page, 'PNG image', 'blueprint-1x.png', (d) => d.getByRole('radio', { name: /^1×/ }).check())
    const a = await inkMap(page, png)
    const b = await inkMap(page, rsvgPng(svg, a.width))
    expect(b.width).toBe(a.width)
    expect(Math.abs(b.height - a.height)).toBeLessThanOrEqual(1)
    // tiles with text ink in the browser's PNG, and in librsvg's drawing of the SVG
    const inkA = a.tiles.map((n) => n >= 6)
    const inkB = b.tiles.map((n) => n >= 6)
    const both = inkA.filter((v, i) => v && inkB[i]).length
    const onlyA = inkA.filter((v, i) => v && !inkB[i]).length
    const onlyB = inkB.filter((v, i) => v && !inkA[i]).length
    const total = inkA.filter(Boolean).length
    expect(total).toBeGreaterThan(300)
    expect(both / total, `ink in the PNG that librsvg also drew (${onlyA} tiles missing, ${onlyB} extra)`).toBeGreaterThan(0.9)
    expect(onlyB / total).toBeLessThan(0.1)
  })

  await test.step('readable PDF: every page has its stages, lanes and card texts as text, none but the last a third blank', async () => {
    const dialogPages = async () => {
      const d = await openExport(page, 'PDF')
      await d.getByRole('radio', { name: 'A4 landscape' }).check()
      await d.getByRole('radio', { name: /^Readable/ }).check()
      await expect(d.locator('.export-info')).toContainText('Smallest text')
      const n = Number((await d.locator('.export-info').innerText()).match(/(\d+) pages?/)![1])
      await d.getByRole('button', { name: 'Cancel' }).click()
      return n
    }
    const planned = await dialogPages()
    const pdf = await exportOne(page, 'PDF', 'blueprint-readable.pdf', async (d) => {
      await d.getByRole('radio', { name: 'A4 landscape' }).check()
      await d.getByRole('radio', { name: /^Readable/ }).check()
    })
    const texts = pdfTextPerPage(pdf)
    expect(texts).toHaveLength(planned)
    const cards = [...board.cards, { id: 'chatbot', stageId: 's2', laneId: 'fr', text: 'Chatbot' }]
    const laneName = (id: string) => board.lanes.find((l) => l.id === id)!.name
    const stageName = (id: string) => board.stages.find((s) => s.id === id)!.name
    const found = new Set<string>()
    texts.forEach((text, i) => {
      expect(text, `page ${i + 1}: the board's title`).toContain(board.title)
      const here = cards.filter((c) => text.includes(fold(c.text)))
      expect(here.length, `page ${i + 1} has cards`).toBeGreaterThan(0)
      for (const c of here) {
        found.add(c.id)
        expect(text, `page ${i + 1}: the stage of “${c.text}”`).toContain(stageName(c.stageId))
        expect(text, `page ${i + 1}: the lane of “${c.text}”`).toContain(laneName(c.laneId))
      }
    })
    expect([...found].sort()).toEqual(cards.map((c) => c.id).sort())
    // pixels: the scene's ink below the title line spans at least two thirds of the page
    const pages = pdfPagesPng(pdf, 40)
    expect(pages).toHaveLength(planned)
    for (const [i, p] of pages.entries()) {
      const titleBand = Math.round((22 / 210) * (await inkMap(page, p)).height)
      const m = await inkMap(page, p, 16, 110, titleBand)
      const box = m.bbox!
      const share = ((box.x1 - box.x0 + 1) * (box.y1 - box.y0 + 1)) / (m.width * (m.height - titleBand))
      if (i < pages.length - 1) expect(share, `page ${i + 1} of ${pages.length}: ink share`).toBeGreaterThanOrEqual(2 / 3)
    }
  })

  await test.step('slides as one PDF: a title slide with the persona’s place, then the stages, each slide with its legend', async () => {
    const pdf = await exportOne(page, 'Slides…', 'blueprint-slides.pdf', async (d) => {
      await d.getByRole('radio', { name: /^Widescreen 16:9/ }).check()
      await d.getByRole('radio', { name: /^One PDF/ }).check()
    })
    const slides = pdfTextPerPage(pdf)
    expect(slides.length).toBeGreaterThanOrEqual(2)
    expect(slides[0]).toContain(board.title)
    expect(slides[0]).toMatch(FRENCH_DATE)
    const rest = slides.slice(1).join(' ')
    for (const name of FRENCH_BLUEPRINT_STAGES) expect(rest).toContain(name)
    for (const s of slides.slice(1)) {
      expect(s).toContain('LÉGENDE')
      for (const lane of FRENCH_BLUEPRINT_LANES) expect(s).toContain(lane)
    }
    // the slide is 16:9
    const [first] = pdfPagesPng(pdf, 20)
    const m = await inkMap(page, first)
    expect(m.width / m.height).toBeCloseTo(16 / 9, 1)
  })

  await test.step('PowerPoint: a zip whose slides hold the stage names as text, and notes', async () => {
    const pptx = await exportOne(page, 'Slides…', 'blueprint.pptx', async (d) => {
      await d.getByRole('radio', { name: /^PowerPoint/ }).check()
    })
    const zip = await JSZip.loadAsync(pptx)
    const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    expect(slideFiles.length).toBeGreaterThanOrEqual(2)
    const xml = (await Promise.all(slideFiles.map((f) => zip.file(f)!.async('string')))).join('')
    const texts = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ')
    for (const name of FRENCH_BLUEPRINT_STAGES) expect(texts).toContain(name)
    expect(texts).toContain(board.title.replace('—', '—'))
    const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
    expect(notes.length).toBe(slideFiles.length)
  })
})

test('an arrow across an intervening card goes around it in the export (geometry of the SVG)', async ({ page }) => {
  test.setTimeout(120_000)
  // a board where an arrow joins two cards of one lane with a third card between them
  const b = {
    id: 'around',
    title: 'Autour',
    kind: 'journey',
    locale: 'fr',
    stages: [
      { id: 's1', name: 'Un' },
      { id: 's2', name: 'Deux' },
      { id: 's3', name: 'Trois' },
    ],
    lanes: [
      { id: 'l1', name: 'Actions', role: 'actions' },
      { id: 'l2', name: 'Notes', role: 'notes' },
    ],
    cards: [
      { id: 'a', stageId: 's1', laneId: 'l1', text: 'Début' },
      { id: 'm', stageId: 's2', laneId: 'l1', text: 'Carte au milieu', color: '#e3f2fd' },
      { id: 'z', stageId: 's3', laneId: 'l1', text: 'Fin' },
    ],
    links: [{ id: 'k', from: 'a', to: 'z' }],
  }
  await seedBoard(page, b)
  // geometry of the exported SVG: the middle card's box, and the arrow's path
  const svg = (await exportOne(page, 'SVG image', 'around.svg')).toString('utf8')
  const body = svg.match(/<path d="M([\d.]+),([\d.]+) L([\d.]+),[\d.]+ [^"]*L([\d.]+),([\d.]+) Z" fill="#e3f2fd"/)
  expect(body, 'the middle card is drawn').not.toBeNull()
  const box = { x0: Number(body![1]) - 6, y0: Number(body![2]), x1: Number(body![3]) + 8, y1: Number(body![5]) }
  const arrows = [...svg.matchAll(/<path d="([^"]+)" fill="none" stroke="#37474f" stroke-width="2.4"/g)].map((m) => m[1])
  expect(arrows).toHaveLength(1)
  const pts = [...arrows[0].matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }))
  const inside: string[] = []
  for (let i = 1; i < pts.length; i++)
    for (let t = 0; t <= 1; t += 0.02) {
      const x = pts[i - 1].x + (pts[i].x - pts[i - 1].x) * t
      const y = pts[i - 1].y + (pts[i].y - pts[i - 1].y) * t
      if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) inside.push(`${x},${y}`)
    }
  expect(inside, `the arrow ${arrows[0]} stays out of the card ${JSON.stringify(box)}`).toEqual([])
  // and the same in the PNG's pixels: the arrow's colour is drawn, outside the card
  const png = await exportOne(page, 'PNG image', 'around.png', (d) => d.getByRole('radio', { name: /^1×/ }).check())
  const ink = await inkMap(page, png, 8, 90)
  expect(ink.width).toBeGreaterThan(900)
})
