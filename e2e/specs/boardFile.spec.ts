import { expect, test } from '../support/fixtures.ts'
import { JourneyBoard, type CardShape } from '../support/pages/JourneyBoard.ts'
import { ExportUi, openFacilitator } from '../support/pdfExportUi.ts'

/** What must survive a round trip of a card: where it is, what it says, its kind. */
function describeCards(cards: CardShape[]) {
  return cards
    .map((card) => ({ id: card.id, x: card.x, y: card.y, kind: card.props.kind, text: card.props.text }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

test.describe('board file', () => {
  test('the facilitator exports the board file, imports it on the home page, and the new board has the same cards', async ({
    api,
    openUser,
  }, testInfo) => {
    test.setTimeout(120_000)
    const title = `Доставка ${Date.now().toString(36)}`
    const board = await api.createBoard(title, { locale: 'ru', template: 'base-cjm', withExample: true })
    const { anna, map } = await openFacilitator(openUser, board)
    const cards = describeCards(await map.cards())
    expect(cards.length).toBeGreaterThan(3)

    const download = await new ExportUi(anna.page).downloadItem('board-file')
    expect(download.suggestedFilename()).toMatch(/^доставка-[a-z0-9]+\.cxmap\.json$/)
    const file = testInfo.outputPath('board.cxmap.json')
    await download.saveAs(file)

    const home = await anna.openHome()
    await home.importInput.setInputFiles(file)
    await anna.page.waitForURL((url) => /^\/b\/[\w-]+$/.test(url.pathname) && !url.pathname.endsWith(board.id))
    await anna.board.waitConnected()
    expect(await anna.board.role()).toBe('facilitator')
    await expect(anna.board.title).toHaveText(title)
    const copy = new JourneyBoard(anna.board)
    await expect.poll(async () => describeCards(await copy.cards())).toEqual(cards)

    await anna.openHome()
    await expect(home.boardListItem(title)).toHaveCount(2)
  })

  test('only the facilitator is offered the board file; a wrong file is refused with the reason', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard(`Board file access ${Date.now().toString(36)}`)
    const bob = await openUser({ name: 'Bob' })
    await bob.openBoard(board.links.editor)
    await bob.board.waitConnected()
    const ui = new ExportUi(bob.page)
    await ui.openMenu()
    await expect(ui.item('journey-json')).toBeVisible()
    await expect(ui.item('board-file')).toHaveCount(0)

    const home = await bob.openHome()
    await home.importInput.setInputFiles({
      name: 'journey.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, grids: [] })),
    })
    await expect(home.importError).toContainText('not a CX Map board file')
    expect(new URL(bob.page.url()).pathname).toBe('/')
  })
})
