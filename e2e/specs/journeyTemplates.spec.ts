import {
  getGridWidth,
  getTemplateTexts,
  LOCALES,
  TEMPLATE_EXAMPLES,
  TEMPLATE_IDS,
  TEMPLATE_LAYOUTS,
  type Locale,
  type TemplateId,
} from '@cxmap/shared'
import { expect, test } from '../support/fixtures.ts'
import { cardCell, isTransparent, JourneyBoard, type GridShape } from '../support/pages/JourneyBoard.ts'

/** What a template's grid must show in a language: its title, stage titles, and lanes with kind and prompt. */
function expectedGrid(template: Exclude<TemplateId, 'blank'>, locale: Locale) {
  const texts = getTemplateTexts(locale)
  const layout = TEMPLATE_LAYOUTS[template]
  if (!layout) throw new Error(`${template} has no grid`)
  return {
    title: texts.names[template],
    stages: layout.stages.map((key) => texts.stages[key]),
    lanes: layout.lanes.map((lane) => ({
      title: texts.lanes[lane.key].title,
      cardKind: lane.cardKind,
      prompt: texts.lanes[lane.key].prompt,
    })),
  }
}

/** Checks a grid's props (through the hook) and what the grid draws (stage and lane titles) against the template. */
async function expectTemplateGrid(
  map: JourneyBoard,
  grid: GridShape,
  template: Exclude<TemplateId, 'blank'>,
  locale: Locale,
) {
  const expected = expectedGrid(template, locale)
  expect(grid.props.title).toBe(expected.title)
  expect(grid.props.stages.map((stage) => stage.title)).toEqual(expected.stages)
  expect(grid.props.lanes.map(({ title, cardKind, prompt }) => ({ title, cardKind, prompt }))).toEqual(expected.lanes)
  await expect(map.stageTitleElements(grid.id)).toHaveText(expected.stages)
  await expect(map.laneTitleElements(grid.id)).toHaveText(expected.lanes.map((lane) => lane.title))
  await expect(map.shapeElement(grid.id).locator('.cx-grid__title')).toHaveText(expected.title)
}

test.describe('journey templates', () => {
  for (const locale of LOCALES) {
    test(`every template renders its grid in ${locale}`, async ({ api, openUser }) => {
      const user = await openUser({ name: locale === 'ru' ? 'Мария' : 'Mary' })
      const map = new JourneyBoard(user.board)
      for (const template of TEMPLATE_IDS) {
        await test.step(`${template} (${locale})`, async () => {
          const board = await api.createBoard(`Template ${template} ${locale}`, { locale, template })
          await user.openBoard(board.links.editor)
          await user.board.waitConnected()
          if (template === 'blank') {
            expect(await map.grids(), 'a blank board has no grid').toEqual([])
            expect(await map.cards()).toEqual([])
            const journey = await api.journeyJson(board.id, board.tokens.editor)
            expect(journey.grids).toEqual([])
            expect(journey.departments.length, 'a blank board still has its departments').toBeGreaterThan(0)
            return
          }
          await expectTemplateGrid(map, await map.onlyGrid(), template, locale)
          expect(await map.cards(), 'no example unless asked for').toEqual([])
        })
      }
    })
  }

  test('the example journey: its cards sit in their cells, and the heat map tints exactly the hot cells', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Шаблон с примером', { locale: 'ru', template: 'base-cjm', withExample: true })
    const maria = await openUser({ name: 'Мария' })
    const map = new JourneyBoard(maria.board)
    await maria.openBoard(board.links.editor)
    await maria.board.waitConnected()
    const grid = await map.onlyGrid()
    const texts = getTemplateTexts('ru')
    expect(grid.props.title).toBe(`${texts.names['base-cjm']} — ${texts.example.subject}`)

    const cards = await map.cards()
    const example = TEMPLATE_EXAMPLES['base-cjm']
    expect(cards.map((card) => card.props.text).sort()).toEqual(
      example.map((card) => texts.example.cards[card.key]).sort(),
    )

    // Where the app shows each card is where the server's journey reader puts it.
    const journey = await api.journeyJson(board.id, board.tokens.viewer)
    const served = journey.grids[0]!
    expect(served.id).toBe(grid.id)
    for (const card of cards) {
      const cell = served.cells.find((c) => c.cards.some((out) => out.id === card.id))
      expect(cell, `the server places "${card.props.text}" in a cell`).toBeDefined()
      expect(cardCell(grid, card), `"${card.props.text}"`).toEqual({ stageId: cell!.stageId, laneId: cell!.laneId })
    }
    expect(served.heat.max).toBeGreaterThan(0)

    await map.showWholeGrid(grid)
    await map.setHeatMap(true)
    const stageIndex = new Map(grid.props.stages.map((stage, i) => [stage.id, i]))
    const laneIndex = new Map(grid.props.lanes.map((lane, i) => [lane.id, i]))
    const drawn = (looks: Awaited<ReturnType<JourneyBoard['cellLooks']>>) =>
      served.cells.map((cell) => {
        const look = looks[laneIndex.get(cell.laneId)!]?.[stageIndex.get(cell.stageId)!] ?? 'missing'
        return {
          stageId: cell.stageId,
          laneId: cell.laneId,
          heat: look === 'missing' ? 'missing' : look.heat,
          tinted: look !== 'missing' && !isTransparent(look.background),
        }
      })
    // Each cell's heat as the grid draws it is the server's, and exactly the cells with heat are tinted.
    const expected = served.cells.map((cell) => ({
      stageId: cell.stageId,
      laneId: cell.laneId,
      heat: cell.heat,
      tinted: cell.heat > 0,
    }))
    await expect.poll(async () => drawn(await map.cellLooks(grid)), 'drawn heat = served heat').toEqual(expected)

    await map.setHeatMap(false)
    await expect
      .poll(
        async () => drawn(await map.cellLooks(grid)).some((cell) => cell.tinted || cell.heat !== null),
        'heat map off',
      )
      .toBe(false)
  })

  test('the insert-template menu adds a template grid in the board language', async ({ api, openUser }) => {
    const board = await api.createBoard('Вставка шаблона', { locale: 'ru', template: 'blank' })
    const anna = await openUser({ name: 'Анна' })
    const map = new JourneyBoard(anna.board)
    await anna.openBoard(board.links.facilitator)
    await anna.board.waitConnected()
    expect(await map.grids()).toEqual([])
    await map.insertTemplateButton.click()
    await expect(map.insertTemplateMenu).toBeVisible()
    await map.insertTemplateItem('i-we-client').click()
    await expect(map.insertTemplateMenu).toBeHidden()
    const first = await map.onlyGrid()
    await expectTemplateGrid(map, first, 'i-we-client', 'ru')

    // A second template goes beside what the board holds, not on top of it.
    await map.insertTemplateButton.click()
    await map.insertTemplateItem('target-map').click()
    await expect.poll(async () => (await map.grids()).length).toBe(2)
    const second = (await map.grids()).find((grid) => grid.id !== first.id)!
    await expectTemplateGrid(map, second, 'target-map', 'ru')
    expect(second.x, 'the inserted grid starts right of the first').toBeGreaterThanOrEqual(
      first.x + getGridWidth(first.props),
    )
  })
})
