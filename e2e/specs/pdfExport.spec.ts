import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { formatPrintQuery, getTemplateTexts, PRINT_SECTIONS, type PrintOptions } from '@cxmap/shared'
import type { Route } from '@playwright/test'
import { expect, test } from '../support/fixtures.ts'
import { RoadmapView } from '../support/pages/RoadmapView.ts'
import { paths } from '../support/paths.ts'
import { compact, findHeadingPage, PAPER_PT, readContentsPage, readPdf, renderPdfPageToPng } from '../support/pdf.ts'
import { addCardsSpreadOverGrid, isUnderStageHeader } from '../support/pdfBoards.ts'
import { expectPagesOfSize, ExportUi, openFacilitator, tokenOf } from '../support/pdfExportUi.ts'

const RU = getTemplateTexts('ru')
const STAGE_TITLES = [RU.stages.stimulus, RU.stages.search, RU.stages.decision, RU.stages.use, RU.stages.conclusions]
const BARRIER_TEXT = 'Курьер не звонит перед доставкой, заказ уезжает обратно на склад'
const INITIATIVE_TITLE = 'Звонок курьера за час до доставки'
/** The print view's Russian section headings (client/src/print/strings.ts), in document order. */
const RU_SECTIONS = {
  cover: 'Титульный лист',
  contents: 'Содержание',
  board: 'Карта, как на доске',
  grids: 'Карта пути клиента',
  heatmap: 'Тепловая карта',
  journey: 'Путь клиента по этапам',
  communications: 'Карта коммуникаций',
  roadmap: 'Дорожная карта',
}
/** Rendering a PDF takes seconds, the first one also starts the server's Chromium. */
const PDF_TIMEOUT_MS = 90_000

test.describe('PDF for management', () => {
  test('Export → PDF (A4 landscape) from the UI: stage names, the barrier and the initiative are text in the PDF', async ({
    api,
    openUser,
  }, testInfo) => {
    test.setTimeout(240_000)
    const board = await api.createBoard(`Доставка ${Date.now().toString(36)}`, {
      locale: 'ru',
      template: 'base-cjm',
      withExample: false,
    })
    const { anna, map, grid } = await openFacilitator(openUser, board)
    const roadmap = new RoadmapView(anna.page)
    const ui = new ExportUi(anna.page)

    // Anna types a barrier into «Принятие решения и покупка» × «Барьеры».
    const stageIndex = grid.props.stages.findIndex((stage) => stage.title === RU.stages.decision)
    const laneIndex = grid.props.lanes.findIndex((lane) => lane.title === RU.lanes.barriers.title)
    await map.doubleClickCell(grid, stageIndex, laneIndex)
    const barrier = await map.waitForNewCard([])
    expect(barrier.props.kind).toBe('barrier')
    await map.typeIntoEditedCard(barrier.id, BARRIER_TEXT)
    await map.cardElement(barrier.id).getByTestId('card-severity-4').click()

    // ...selects it and sends it to the roadmap as an initiative.
    await map.showWholeGrid(grid)
    const [x, y] = await map.cardLabelPoint((await map.card(barrier.id))!)
    await anna.page.mouse.click(x, y)
    await expect.poll(() => roadmap.selectedShapeIds()).toEqual([barrier.id])
    await roadmap.sendButton.click()
    await expect(roadmap.sendDialog).toBeVisible()
    await anna.page.getByTestId('send-title').fill(INITIATIVE_TITLE)
    await roadmap.sendSubmit.click()
    await expect(roadmap.drawerTitle).toHaveValue(INITIATIVE_TITLE)
    await roadmap.drawerClose.click()

    // The server has both before the PDF is asked for (its print view reads the stored board).
    const token = tokenOf(board.links.facilitator)
    await expect
      .poll(async () => JSON.stringify(await api.roadmapJson(board.id, token)), 'the server has the initiative')
      .toContain(INITIATIVE_TITLE)
    await expect
      .poll(async () => JSON.stringify(await api.journeyJson(board.id, token)), 'the server has the barrier')
      .toContain(BARRIER_TEXT)

    // Export → PDF: the dialog opens in the board's language, A4 landscape, every section.
    await ui.openPdfDialog()
    await expect(ui.lang).toHaveValue('ru')
    for (const section of PRINT_SECTIONS) await expect(ui.section(section)).toBeChecked()
    await ui.choosePaper('A4', 'landscape')
    const downloading = anna.page.waitForEvent('download', { timeout: PDF_TIMEOUT_MS })
    await ui.download.click()
    const download = await downloading
    await expect(ui.dialog, 'the dialog closes once the PDF is saved').toHaveCount(0)
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const pdfFile = await download.path()
    const bytes = await readFile(pdfFile)
    await testInfo.attach('export-a4.pdf', { body: bytes, contentType: 'application/pdf' })
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const pages = await readPdf(bytes)
    expect(pages.length, 'cover, contents and the sections take several pages').toBeGreaterThan(1)
    expectPagesOfSize(pages, PAPER_PT.A4, 'A4 landscape')
    const text = compact(pages.map((page) => page.text).join(' '))
    for (const stage of STAGE_TITLES) expect(text, `the stage «${stage}» is text in the PDF`).toContain(compact(stage))
    expect(text, 'the barrier is text in the PDF').toContain(compact(BARRIER_TEXT))
    expect(text, 'the initiative is text in the PDF').toContain(compact(INITIATIVE_TITLE))
    expect(text, 'the board title is text in the PDF').toContain(compact(board.title))

    // Only sections with something to show: this Base CJM has no channel or message lane, so no communications map,
    // neither as a page nor in the contents; every other section is listed with the page its heading is on.
    // The CX strategy section (last) names all ten parts, the communications map among them: look before it.
    const strategyPage = pages.findIndex((page) => /^§\d+CX-стратегия/.test(compact(page.text)))
    const beforeStrategy = pages.slice(0, strategyPage < 0 ? pages.length : strategyPage)
    expect(compact(beforeStrategy.map((page) => page.text).join(' ')), 'no communications map').not.toContain(
      compact(RU_SECTIONS.communications),
    )
    const contents = pages.find((page) => compact(page.text).includes(compact(`§2${RU_SECTIONS.contents}`)))!
    expect(contents, 'the contents page').toBeDefined()
    const listed = Object.entries(RU_SECTIONS).filter(([id]) => !['cover', 'contents', 'communications'].includes(id))
    const wrongPages: string[] = []
    listed.forEach(([, title], index) => {
      const heading = findHeadingPage(pages, `§${index + 3}`, title)
      const numbered = readContentsPage(contents, title)
      if (heading === null || numbered !== heading)
        wrongPages.push(`«${title}»: contents ${numbered}, heading ${heading}`)
    })
    expect(wrongPages, 'each section listed in the contents with the page its heading is on').toEqual([])
    // Stage metrics nobody filled in are not printed as «? → цель ?».
    expect(text).not.toContain('?→цель?')
    expect(text).not.toMatch(/CES:\?/)
    // The board as drawn: the grid's picture carries the barrier as text.
    const boardPage = findHeadingPage(pages, '§3', RU_SECTIONS.board)!
    expect(compact(pages[boardPage - 1]!.text), 'the barrier on the picture of the grid').toContain(
      compact(BARRIER_TEXT),
    )

    // Every page as an image, kept as an artifact to look at (poppler's pdftoppm; .ci/run installs it).
    for (const page of pages) {
      const png = path.join(paths.artifacts, `pdf-a4-page${page.number}.png`)
      if (!(await renderPdfPageToPng(pdfFile, page.number, png))) {
        testInfo.annotations.push({ type: 'skipped', description: 'pdftoppm is not installed: pages not rendered' })
        break
      }
      const image = await readFile(png)
      expect([...image.subarray(0, 4)], 'a PNG file').toEqual([0x89, 0x50, 0x4e, 0x47])
      await testInfo.attach(`pdf-a4-page${page.number}.png`, { body: image, contentType: 'image/png' })
    }

    // The rest of the menu: SVG and PNG of the whole board (nothing selected), the journey and the roadmap as data.
    // A block body: tldraw's selectNone() returns the editor, which Playwright would try to serialize and, depending
    // on what the editor holds at that moment, fail to ("object reference chain is too long").
    await anna.page.evaluate(() => {
      ;(window.__cxmap!.editor as unknown as { selectNone(): void }).selectNone()
    })
    await expect.poll(() => roadmap.selectedShapeIds()).toEqual([])
    const svg = await ui.downloadItem('svg')
    expect(svg.suggestedFilename()).toMatch(/\.svg$/)
    const svgText = await readFile(await svg.path(), 'utf8')
    expect(svgText).toContain('<svg')
    // Card text may be wrapped into one <tspan> per line: compare the text content, tags dropped.
    const svgWords = svgText.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(svgWords, 'the whole board: the barrier is in the SVG').toContain(BARRIER_TEXT)
    const image = await ui.downloadItem('png')
    expect(image.suggestedFilename()).toMatch(/\.png$/)
    expect([...(await readFile(await image.path())).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    const journeyCsv = await ui.downloadItem('journey-csv')
    expect(await readFile(await journeyCsv.path(), 'utf8')).toContain(BARRIER_TEXT)
    const roadmapJson = await ui.downloadItem('roadmap-json')
    expect(roadmapJson.suggestedFilename()).toMatch(/\.json$/)
    expect(await readFile(await roadmapJson.path(), 'utf8')).toContain(INITIATIVE_TITLE)

    expect(anna.consoleProblems.filter((line) => line.startsWith('pageerror'))).toEqual([])
  })

  test('a 120-card grid (API, A3) tiles onto several pages, each carrying the headers of the cards it holds', async ({
    api,
    openUser,
    request,
  }, testInfo) => {
    test.setTimeout(240_000)
    const board = await api.createBoard(`Большая карта ${Date.now().toString(36)}`, {
      locale: 'ru',
      template: 'base-cjm',
      withExample: false,
    })
    const { anna, grid } = await openFacilitator(openUser, board)
    const placed = await addCardsSpreadOverGrid(anna.page, grid, 120)
    const token = tokenOf(board.links.viewer)
    await expect
      .poll(
        async () => (JSON.stringify(await api.journeyJson(board.id, token)).match(/Карточка №\d{3}/g) ?? []).length,
        'the server has the 120 cards',
      )
      .toBe(120)

    const options: PrintOptions = { size: 'A3', orientation: 'landscape', lang: 'ru', sections: ['grids'] }
    const response = await request.get(`/api/boards/${board.id}/export.pdf?${formatPrintQuery(options)}`, {
      headers: { authorization: `Bearer ${token}` },
      timeout: PDF_TIMEOUT_MS,
    })
    expect(response.status(), await response.text().catch(() => '')).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/)
    expect(response.headers()['content-disposition']).toMatch(/^attachment/)
    const bytes = await response.body()
    await testInfo.attach('grid-a3.pdf', { body: bytes, contentType: 'application/pdf' })

    const pages = await readPdf(bytes)
    expectPagesOfSize(pages, PAPER_PT.A3, 'A3 landscape')
    const cardsOnPage = pages.map((page) => [...compact(page.text).matchAll(/Карточка№(\d{3})/g)].map((m) => m[1]!))
    const tilePages = pages.filter((_, index) => cardsOnPage[index]!.length > 0)
    expect(tilePages.length, 'the grid takes several pages').toBeGreaterThan(1)
    expect(new Set(cardsOnPage.flat()), 'every card is printed').toEqual(new Set(placed.map((card) => card.code)))

    // Every page with cards names their stages and lanes: the header row and the title column are repeated.
    const byCode = new Map(placed.map((card) => [card.code, card]))
    const missing: string[] = []
    pages.forEach((page, index) => {
      const text = compact(page.text)
      const needed = new Set(cardsOnPage[index]!.flatMap((code) => [byCode.get(code)!.stage, byCode.get(code)!.lane]))
      for (const title of needed) if (!text.includes(compact(title))) missing.push(`page ${page.number}: «${title}»`)
    })
    expect(missing, 'stage headers and lane titles on every page that holds their cards').toEqual([])
    // ...and the header row stands above the cards, column by column (not merely named in a caption).
    const notUnderHeader = pages.flatMap((page, index) =>
      cardsOnPage[index]!.flatMap((code) => {
        const card = byCode.get(code)!
        return isUnderStageHeader(page, code, card.stage) === false ? [`page ${page.number}: №${code}`] : []
      }),
    )
    expect(notUnderHeader, 'every card stands under its stage header on its page').toEqual([])

    // The same grid as drawn, on A4: too tall for one readable page, so cut into pages that each hold their own cards
    // (each card once: what a page's window leaves out is not hidden text on it), with the lane titles on every page.
    const picture = await request.get(
      `/api/boards/${board.id}/export.pdf?${formatPrintQuery({ ...options, size: 'A4', sections: ['board'] })}`,
      { headers: { authorization: `Bearer ${token}` }, timeout: PDF_TIMEOUT_MS },
    )
    expect(picture.status(), await picture.text().catch(() => '')).toBe(200)
    const pictureBytes = await picture.body()
    await testInfo.attach('board-a4.pdf', { body: pictureBytes, contentType: 'application/pdf' })
    const picturePages = await readPdf(pictureBytes)
    // Rendered before the checks, so that a failure leaves the pages to look at.
    const pictureFile = path.join(paths.artifacts, 'board-a4.pdf')
    await writeFile(pictureFile, pictureBytes)
    for (const page of picturePages) {
      const png = path.join(paths.artifacts, `board-a4-page${page.number}.png`)
      if (!(await renderPdfPageToPng(pictureFile, page.number, png))) break
      await testInfo.attach(`board-a4-page${page.number}.png`, { body: await readFile(png), contentType: 'image/png' })
    }
    expect(picturePages.length, 'the picture is cut into several pages').toBeGreaterThan(1)
    const printedCodes = picturePages.flatMap((page) =>
      [...compact(page.text).matchAll(/Карточка№(\d{3})/g)].map((m) => m[1]!),
    )
    expect(printedCodes.toSorted(), 'every card on exactly one page').toEqual(
      placed.map((card) => card.code).toSorted(),
    )
    const laneless = picturePages.flatMap((page) =>
      [...compact(page.text).matchAll(/Карточка№(\d{3})/g)]
        .map((m) => byCode.get(m[1]!)!.lane.split(' ')[0]!)
        .filter((word) => !page.text.includes(word))
        .map((word) => `page ${page.number}: «${word}»`),
    )
    expect(laneless, 'the lane titles of its cards on every page of the picture').toEqual([])
  })

  test('the PDF dialog: progress with elapsed time and cancel; on 503 the message and the print view to print from', async ({
    api,
    openUser,
  }) => {
    test.setTimeout(180_000)
    const board = await api.createBoard(`Печать ${Date.now().toString(36)}`, {
      locale: 'ru',
      template: 'base-cjm',
      withExample: true,
    })
    const { anna } = await openFacilitator(openUser, board)
    const ui = new ExportUi(anna.page)
    const token = tokenOf(board.links.facilitator)
    const chosen: PrintOptions = {
      size: 'A3',
      orientation: 'portrait',
      lang: 'ru',
      sections: PRINT_SECTIONS.filter((section) => section !== 'board'),
    }

    // The server is slow: the request is held. The dialog shows the time running and can cancel.
    const held: Route[] = []
    await anna.page.route('**/api/boards/*/export.pdf?*', (route) => {
      held.push(route)
    })
    await ui.openPdfDialog()
    await ui.choosePaper('A3', 'portrait')
    await ui.section('board').uncheck()
    await ui.download.click()
    await expect(ui.progress).toBeVisible()
    await expect(ui.download).toBeDisabled()
    await expect(ui.progress, 'the elapsed time ticks').toContainText(/[1-9]\d* [sс]/)
    expect(held).toHaveLength(1)
    const request = held[0]!.request()
    expect(request.url()).toContain(`/api/boards/${board.id}/export.pdf?${formatPrintQuery(chosen)}`)
    expect(request.url(), 'the token is never in the address').not.toContain(token)
    expect(await request.headerValue('authorization')).toBe(`Bearer ${token}`)
    await ui.cancel.click()
    await expect(ui.progress).toHaveCount(0)
    await expect(ui.error, 'a cancelled export is not an error').toHaveCount(0)
    await expect(ui.download).toBeEnabled()
    await held[0]!.abort().catch(() => {}) // already cancelled by the page
    await anna.page.unrouteAll({ behavior: 'ignoreErrors' })

    // No Chromium on the server: 503 with its message; the dialog says so and offers the print view.
    const message = 'PDF export needs Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH.'
    await anna.page.route('**/api/boards/*/export.pdf?*', (route) =>
      route.fulfill({ status: 503, json: { error: { code: 'unavailable', message } } }),
    )
    await ui.download.click()
    await expect(ui.error).toBeVisible()
    await expect(ui.error).toContainText(message)
    await expect(ui.progress).toHaveCount(0)
    const printPath = `/b/${board.id}/print?${formatPrintQuery(chosen)}#t=${encodeURIComponent(token)}`
    await expect(ui.openPrintView).toHaveAttribute('href', printPath)
    await expect(ui.openPrintView).toHaveAttribute('target', '_blank')

    // It opens in a new tab on the same options, where the print view gets ready for the browser's print dialog.
    const opening = anna.context.waitForEvent('page')
    await ui.openPrintView.click()
    const printPage = await opening
    await printPage.waitForLoadState()
    expect(new URL(printPage.url()).pathname).toBe(`/b/${board.id}/print`)
    expect(new URL(printPage.url()).search).toBe(`?${formatPrintQuery(chosen)}`)
    await printPage.waitForFunction(
      () => (window as { __cxmapPrint?: { ready: boolean; error: string | null } }).__cxmapPrint?.ready === true,
      undefined,
      { timeout: PDF_TIMEOUT_MS },
    )
    await printPage.close()
  })
})
