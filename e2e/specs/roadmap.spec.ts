import { readFile } from 'node:fs/promises'
import { getTemplateTexts } from '@cxmap/shared'
import { expect, test } from '../support/fixtures.ts'
import { JourneyBoard, type CardShape } from '../support/pages/JourneyBoard.ts'
import { RoadmapView } from '../support/pages/RoadmapView.ts'

const RU = getTemplateTexts('ru')

test.describe('roadmap: from the pains on the map to an initiative everyone sees', () => {
  test('A sends two barriers; B sees them in wave 1 and changes necessity; sources zoom; viewers read; a deleted source shows as removed', async ({
    api,
    openUser,
  }) => {
    test.setTimeout(180_000)
    const board = await api.createBoard(`Дорожная карта ${Date.now().toString(36)}`, {
      locale: 'ru',
      template: 'base-cjm',
      withExample: true,
    })
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const boris = await openUser({ name: 'Борис', department: 'ИТ' })
    await anna.openBoard(board.links.facilitator)
    await boris.openBoard(board.links.editor)
    await anna.board.waitConnected()
    await boris.board.waitConnected()
    const annaMap = new JourneyBoard(anna.board)
    const annaRoadmap = new RoadmapView(anna.page)
    const borisRoadmap = new RoadmapView(boris.page)

    // A selects two barriers with the mouse (click, shift+click) on the whole grid.
    const grid = await annaMap.onlyGrid()
    const barriers = (await annaMap.cards()).filter((card) => card.props.kind === 'barrier').slice(0, 2)
    expect(barriers, 'the example has two barriers').toHaveLength(2)
    const [first, second] = barriers as [CardShape, CardShape]
    await annaMap.showWholeGrid(grid)
    await anna.page.mouse.click(...(await annaMap.cardLabelPoint(first)))
    await anna.page.keyboard.down('Shift')
    await anna.page.mouse.click(...(await annaMap.cardLabelPoint(second)))
    await anna.page.keyboard.up('Shift')
    await expect.poll(() => annaRoadmap.selectedShapeIds()).toEqual([first.id, second.id])

    // "Send to roadmap": one initiative for both, wave 1 suggested for barriers.
    await annaRoadmap.sendButton.click()
    await expect(annaRoadmap.sendDialog).toBeVisible()
    await expect(anna.page.getByTestId('send-mode-one')).toBeChecked()
    await expect(anna.page.getByTestId('send-wave-1')).toBeChecked()
    const title = 'Сократить ожидание на линии'
    await anna.page.getByTestId('send-title').fill(title)
    await annaRoadmap.sendSubmit.click()
    await expect(annaRoadmap.sendDialog).toHaveCount(0)
    // Both cards carry the badge; the new initiative is open beside the map.
    await expect(annaRoadmap.badgeOn(first.id)).toBeVisible()
    await expect(annaRoadmap.badgeOn(second.id)).toBeVisible()
    await expect(annaRoadmap.drawer).toBeVisible()
    await expect(annaRoadmap.drawerTitle).toHaveValue(title)
    const initiativeId = await annaRoadmap.drawer.getAttribute('data-initiative-id')
    expect(initiativeId).toBeTruthy()

    // B opens the roadmap: the initiative is in the wave-1 column with both sources.
    await borisRoadmap.open()
    const borisCard = borisRoadmap.waveColumn(1).locator(`[data-initiative-id="${initiativeId}"]`)
    await expect(borisCard).toBeVisible()
    await expect(borisCard).toContainText(title)
    const borisSources = borisRoadmap.sourceLinks(borisCard)
    await expect(borisSources).toHaveCount(2)
    expect(await borisSources.evaluateAll((links) => links.map((link) => link.getAttribute('data-card-id')))).toEqual([
      first.id,
      second.id,
    ])
    await expect(borisSources.first()).toHaveAttribute('data-status', 'present')
    await expect(borisSources.first()).toContainText(RU.lanes.barriers.title)

    // B changes necessity in the initiative panel; A, whose panel is open, sees it.
    await borisCard.click({ position: { x: 12, y: 12 } })
    await expect(borisRoadmap.drawer).toHaveAttribute('data-initiative-id', initiativeId!)
    await borisRoadmap.drawerNecessity.selectOption('absolutely-necessary')
    await expect(annaRoadmap.drawerNecessity).toHaveValue('absolutely-necessary')
    await expect(borisCard.getByTestId('necessity-badge')).toHaveAttribute('data-value', 'absolutely-necessary')

    // A, on the roadmap, clicks the second source: the map comes back zoomed to that card, selected.
    await annaRoadmap.drawerClose.click()
    await annaMap.centerOn({ x: grid.x - 5000, y: grid.y - 5000 }, 0.5)
    await annaRoadmap.open()
    const annaCard = annaRoadmap.initiativeCard(initiativeId!)
    await annaRoadmap.sourceLinks(annaCard).nth(1).click()
    await expect(anna.page).toHaveURL(new RegExp(`/b/${board.id}(#|$)`))
    await expect(annaRoadmap.page_).toHaveCount(0)
    await expect.poll(() => annaRoadmap.selectedShapeIds()).toEqual([second.id])
    await expect
      .poll(async () => {
        const offset = await annaRoadmap.offsetFromViewportCentre(second.id)
        return offset && Math.abs(offset.dx) < 4 && Math.abs(offset.dy) < 4 && offset.zoom >= 1
      }, 'the card is centred at 100 % or more')
      .toBe(true)

    // A clicks the badge on a card: the initiative opens beside the map.
    await annaRoadmap.badgeOn(second.id).click()
    await expect(annaRoadmap.drawer).toHaveAttribute('data-initiative-id', initiativeId!)

    // A viewer sees the roadmap but cannot change it.
    const vera = await openUser({ name: 'Вера', department: 'Руководство' })
    await vera.openBoard(board.links.viewer)
    const veraRoadmap = new RoadmapView(vera.page)
    await veraRoadmap.open()
    const veraCard = veraRoadmap.initiativeCard(initiativeId!)
    await expect(veraCard).toContainText(title)
    await expect(veraRoadmap.addButton).toHaveCount(0)
    await expect(vera.page.getByTestId('wave-add')).toHaveCount(0)
    await veraCard.click({ position: { x: 12, y: 12 } })
    await expect(veraRoadmap.drawer).toBeVisible()
    await expect(veraRoadmap.drawerNecessity).toBeDisabled()
    await expect(veraRoadmap.drawerTitle).not.toBeEditable()
    await expect(veraRoadmap.drawer.getByTestId('drawer-delete')).toHaveCount(0)

    // A deletes the first source card on the map: B and the viewer see it as removed; the other stays present.
    await anna.page.evaluate((id) => {
      window.__cxmap!.editor.deleteShapes([id])
    }, first.id)
    const removed = borisSources.and(boris.page.locator(`[data-card-id="${first.id}"]`))
    await expect(removed).toHaveAttribute('data-status', 'removed')
    await expect(veraRoadmap.sourceLinks(veraCard).first()).toHaveAttribute('data-status', 'removed')
    await expect(borisSources.nth(1)).toHaveAttribute('data-status', 'present')
    await expect(annaRoadmap.badgeOn(second.id)).toBeVisible()

    // The roadmap downloads as CSV from the UI in the board's language, with the initiative and its removed source.
    const download = boris.page.waitForEvent('download')
    await boris.page.getByTestId('roadmap-export-csv').click()
    const csv = await readFile(await (await download).path(), 'utf8')
    expect(csv).toContain(title)
    expect(csv).toContain('(удалена)')
    expect(csv).toContain('абсолютно необходимо')

    for (const user of [anna, boris, vera]) {
      expect(user.consoleProblems.filter((line) => line.startsWith('pageerror'))).toEqual([])
    }
  })
})
