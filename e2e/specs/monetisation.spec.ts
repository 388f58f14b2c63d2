import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { findEnglishText, formatEnglishText } from '../support/englishText.ts'
import { expect, test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { cellPageRect, JourneyBoard } from '../support/pages/JourneyBoard.ts'
import { paths } from '../support/paths.ts'

// Monetisation at touchpoints «Монетизация точек контакта»: a monetisation card with a revenue estimate, the heat
// map's opportunity layer, and each stage's revenue under the grid; another person sees it all live.

const SCREENSHOT_SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]

async function openInRussian(user: User, link: string): Promise<void> {
  await user.openBoard(link)
  await user.board.waitConnected()
  await chooseOption(user.board.localeSwitch, 'ru')
  await expect(user.page.locator('html')).toHaveAttribute('lang', 'ru')
}

test.describe('monetisation at touchpoints', () => {
  test('a monetisation card with revenue shows on the opportunity layer and in its stage sum', async ({
    api,
    openUser,
  }) => {
    test.setTimeout(150_000)
    const board = await api.createBoard('Монетизация: банк', { locale: 'ru', template: 'base-cjm', withExample: true })
    const anna = await openUser({ name: 'Анна', department: 'Маркетинг' })
    const boris = await openUser({ name: 'Борис', department: 'Продажи' })
    await openInRussian(anna, board.links.editor)
    await openInRussian(boris, board.links.viewer)
    const map = new JourneyBoard(anna.board)
    const grid = await map.onlyGrid()
    await map.showWholeGrid(grid)

    // The palette offers the kind under its Russian name; Anna drops one into the second stage's first lane.
    await map.paletteButton('monetisation').hover()
    await expect(anna.page.locator('.cx-palette__tip')).toHaveText('Монетизация')
    const known = (await map.cards()).map((card) => card.id)
    const rect = cellPageRect(grid, 1, 0)
    await map.dragFromPalette('monetisation', { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 })
    const card = await map.waitForNewCard(known)
    expect(card.props.kind).toBe('monetisation')
    await map.typeIntoEditedCard(card.id, 'Платная экспресс-доставка')

    // Its chip opens the monetisation fields; the revenue is written as typed, with a space between thousands.
    // At 100 % the card shows its header, where the chip is.
    const placed = (await map.card(card.id))!
    await map.centerOn({ x: placed.x + placed.props.w / 2, y: placed.y + placed.props.h / 2 }, 1)
    const chip = map.cardElement(card.id).getByTestId('card-monetisation')
    await chip.click()
    const popover = anna.page.getByTestId('monetisation-popover')
    await expect(popover).toBeVisible()
    await popover.getByTestId('monetisation-paid-service').fill('Доставка за 2 часа')
    await popover.getByTestId('monetisation-revenue').fill('12x')
    await expect(popover.getByRole('alert')).toBeVisible()
    await popover.getByTestId('monetisation-revenue').fill('120 000')
    await expect(popover.getByRole('alert')).toHaveCount(0)
    const inPopover = (await findEnglishText(anna.page)).filter((item) => /cx-money|monetisation/.test(item.where))
    expect(inPopover, `English in the monetisation fields:\n${formatEnglishText(inPopover)}`).toEqual([])
    await anna.page.keyboard.press('Escape')
    await expect(popover).toHaveCount(0)
    await expect
      .poll(async () => (await map.card(card.id))?.props)
      .toMatchObject({
        revenue: 120000,
        paidService: 'Доставка за 2 часа',
      })
    await expect(chip).toHaveText(/^120\s?тыс\.$/)

    // The heat map's opportunity layer tints the cell and sums the stage's revenue under the grid.
    await map.setHeatMap(true)
    await anna.page.getByTestId('heat-layer-opportunity').click()
    const stage = grid.props.stages[1]!
    const cell = map.cell(grid.id, stage.id, grid.props.lanes[0]!.id)
    await expect(cell).toHaveAttribute('data-opportunity', '120000')
    await expect(map.heatMapLegend).toContainText('120')
    const sum = map.shapeElement(grid.id).locator(`[data-testid="stage-revenue"][data-stage-id="${stage.id}"]`)
    await expect(sum).toHaveAttribute('data-revenue', '120000')
    await expect(sum).toHaveText(/^Σ 120\s?тыс\.$/)
    await expect(map.shapeElement(grid.id).getByTestId('stage-revenue').first()).toHaveAttribute('data-revenue', '0')
    const inLayer = (await findEnglishText(anna.page)).filter((item) =>
      /cx-heat|stage-sum|stage-revenue/.test(item.where),
    )
    expect(inLayer, `English on the opportunity layer:\n${formatEnglishText(inLayer)}`).toEqual([])

    // Back on the pain layer the sums go away; the viewer sees the card's revenue and the same sum.
    await anna.page.getByTestId('heat-layer-pain').click()
    await expect(map.shapeElement(grid.id).getByTestId('stage-revenue-row')).toHaveCount(0)
    const borisMap = new JourneyBoard(boris.board)
    await borisMap.showWholeGrid(grid)
    await expect(borisMap.cardElement(card.id).getByTestId('card-monetisation')).toHaveText(/120\s?тыс\./)
    await borisMap.setHeatMap(true)
    await boris.page.getByTestId('heat-layer-opportunity').click()
    await expect(
      borisMap.shapeElement(grid.id).locator(`[data-testid="stage-revenue"][data-stage-id="${stage.id}"]`),
    ).toHaveAttribute('data-revenue', '120000')

    // For the picture: the example's touchpoints get estimates too, so the stages compare.
    const touchpoints = (await map.cards()).filter((other) => other.props.kind === 'touchpoint')
    const estimates = [15_000, 60_000, 35_000]
    for (const [index, touchpoint] of touchpoints.slice(0, estimates.length).entries()) {
      await anna.board.setShapeProps(touchpoint.id, { revenue: estimates[index], paidService: 'Платная услуга' })
    }
    await anna.page.evaluate(() => {
      ;(window.__cxmap!.editor as unknown as { selectNone(): void }).selectNone()
    })

    const dir = path.join(paths.artifacts, 'monetisation')
    await mkdir(dir, { recursive: true })
    await anna.page.getByTestId('heat-layer-opportunity').click()
    for (const size of SCREENSHOT_SIZES) {
      await anna.page.setViewportSize(size)
      await anna.page.getByTestId('fit-grids').click()
      await expect(map.shapeElement(grid.id).getByTestId('stage-revenue-row')).toBeVisible()
      await anna.page.screenshot({ path: path.join(dir, `opportunity-heatmap-${size.width}x${size.height}.png`) })
    }

    // The print view's heat map section shows the opportunity layer beside the pain: revenue per cell and per stage.
    const token = new URL(board.links.editor).hash.slice('#t='.length)
    const print = await anna.context.newPage()
    await print.goto(`/b/${board.id}/print?size=A4&orientation=landscape&lang=ru&sections=heatmap#t=${token}`)
    const opportunity = print.getByTestId('print-opportunity').first()
    await expect(opportunity).toBeVisible()
    await expect(print.getByTestId('print-opportunity-legend')).toContainText('Возможности')
    await expect(opportunity.locator('tbody')).toContainText(/120\s000/)
    await expect(opportunity.locator('tfoot')).toContainText(/120\s000/)
    await expect(print.locator('table.print-heat:not(.print-opportunity)').first()).toBeVisible()
    await print.screenshot({ path: path.join(dir, 'print-heatmap.png'), fullPage: true })
    await print.close()
  })
})
