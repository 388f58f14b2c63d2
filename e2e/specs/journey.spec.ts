import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { getGridWidth, getTemplateTexts, GRID_DEFAULTS, JOURNEY_CARD_TYPE, type JourneyStage } from '@cxmap/shared'
import { expect, test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { cardCell, cellPageRect, isTransparent, JourneyBoard } from '../support/pages/JourneyBoard.ts'
import { expectNever } from '../support/poll.ts'
import { paths } from '../support/paths.ts'

const RU = getTemplateTexts('ru')
const DECISION = RU.stages.decision // «Принятие решения и покупка»: where the client pays
const BARRIERS = RU.lanes.barriers.title // «Барьеры»
const NEW_STAGE = 'Продление договора'
const BARRIER_TEXT = 'Оплата картой не проходит, "3-D Secure" висит'

/** Creates a board through the home page form, as a person does; returns its id and the facilitator's token. */
async function createBoardThroughForm(
  user: User,
  form: { title: string; locale: 'en' | 'ru'; template: string; withExample: boolean },
): Promise<{ id: string; token: string }> {
  const home = await user.openHome()
  const page = user.page
  await home.createTitle.fill(form.title)
  await chooseOption(home.createLocale, form.locale)
  await page.getByTestId(`create-template-${form.template}`).check()
  const example = page.getByTestId('create-with-example')
  if ((await example.isChecked()) !== form.withExample) await example.setChecked(form.withExample)
  await home.createSubmit.click()
  // The board page takes the token out of the address at once and keeps it for the tab.
  await page.waitForURL(/\/b\/[A-Za-z0-9_-]+$/)
  const id = /^\/b\/([A-Za-z0-9_-]+)/.exec(new URL(page.url()).pathname)?.[1]
  const token = await user.board.tabToken()
  if (!id || !token) throw new Error(`not a board page with a token: ${page.url()}`)
  return { id, token }
}

test.describe('journey map: two people on a Russian Base CJM', () => {
  test('a barrier in «Принятие решения и покупка» × «Барьеры» and a new stage reach both, the CSV and the heat map', async ({
    api,
    openUser,
  }, testInfo) => {
    test.setTimeout(150_000)
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const boris = await openUser({ name: 'Борис', department: 'ИТ' })
    const annaMap = new JourneyBoard(anna.board)
    const borisMap = new JourneyBoard(boris.board)

    // A, the facilitator, creates the board from the home page form: Base CJM, in Russian, without the example.
    const title = `Путь клиента ${Date.now().toString(36)}`
    const board = await createBoardThroughForm(anna, { title, locale: 'ru', template: 'base-cjm', withExample: false })
    await anna.board.waitForHook()
    await anna.board.waitConnected()
    expect(await anna.board.role()).toBe('facilitator')
    await expect(anna.board.title).toHaveText(title)
    // Anna works with the UI in Russian too (the board's language is the grid's; the UI's is each person's own).
    await chooseOption(anna.board.localeSwitch, 'ru')

    const seeded = await annaMap.onlyGrid()
    expect(seeded.props.title).toBe(RU.names['base-cjm'])
    expect(seeded.props.stages.map((stage) => stage.title)).toEqual([
      RU.stages.stimulus,
      RU.stages.search,
      RU.stages.decision,
      RU.stages.use,
      RU.stages.conclusions,
    ])
    expect(seeded.props.lanes.map((lane) => lane.title)).toContain(BARRIERS)
    expect(await annaMap.cards(), 'no example cards were asked for').toEqual([])
    const stageIndex = seeded.props.stages.findIndex((stage) => stage.title === DECISION)
    const laneIndex = seeded.props.lanes.findIndex((lane) => lane.title === BARRIERS)
    const decisionId = seeded.props.stages[stageIndex]!.id
    const barriersId = seeded.props.lanes[laneIndex]!.id

    // B opens the editor link A hands out from the share popover.
    await anna.board.shareButton.click()
    await expect(anna.board.shareLink('editor')).toBeVisible()
    const editorLink = await anna.board.readShareLink('editor')
    await anna.page.keyboard.press('Escape')
    await expect(anna.board.shareLink('editor')).toHaveCount(0)
    await boris.openBoard(editorLink)
    await boris.board.waitConnected()
    expect(await boris.board.role()).toBe('editor')
    expect((await borisMap.onlyGrid()).id).toBe(seeded.id)

    // At the same time: A double-clicks the cell and writes a barrier; B adds a stage with the grid's own button.
    const annaAddsBarrier = async () => {
      await annaMap.doubleClickCell(seeded, stageIndex, laneIndex)
      const card = await annaMap.waitForNewCard([])
      expect(card.props.kind, 'the barriers lane makes barrier cards').toBe('barrier')
      await expect(annaMap.cardElement(card.id)).toHaveAttribute('data-card-kind', 'barrier')
      await annaMap.typeIntoEditedCard(card.id, BARRIER_TEXT)
      await annaMap.cardElement(card.id).getByTestId('card-severity-5').click()
      return card.id
    }
    const borisAddsStage = async () => {
      const grid = await borisMap.onlyGrid()
      const width = getGridWidth(grid.props)
      // The grid's top-right corner in the middle of the screen: the title bar to click and room for the button.
      await borisMap.centerOn({ x: grid.x + width, y: grid.y + grid.props.headerH / 2 }, 0.8)
      const onTitleBar = await borisMap.pageToClient({ x: grid.x + width - 160, y: grid.y - 20 })
      await boris.page.mouse.click(onTitleBar.x, onTitleBar.y)
      await expect(borisMap.addStageButton(grid.id)).toBeVisible()
      await borisMap.addStageButton(grid.id).click()
      const input = borisMap.gridTitleInput(grid.id)
      await expect(input).toBeFocused()
      await input.fill(NEW_STAGE)
      await input.press('Enter')
      await expect(input).toHaveCount(0)
    }
    const [cardId] = await Promise.all([annaAddsBarrier(), borisAddsStage()])

    // Both see both: the barrier, in its cell, with its text and severity; the grid with six stages, the new last.
    for (const [who, map] of [
      ['Анна', annaMap],
      ['Борис', borisMap],
    ] as const) {
      await expect
        .poll(async () => {
          const grid = await map.grid(seeded.id)
          return grid?.props.stages.map((stage) => stage.title)
        }, `${who} sees six stages, «${NEW_STAGE}» last`)
        .toEqual([...seeded.props.stages.map((stage) => stage.title), NEW_STAGE])
      await expect
        .poll(() => map.card(cardId), `${who} sees the barrier`)
        .toMatchObject({ props: { kind: 'barrier', text: BARRIER_TEXT, severity: 5, authorName: 'Анна' } })
      const grid = (await map.grid(seeded.id))!
      expect(cardCell(grid, (await map.card(cardId))!), `${who}: the barrier sits in its cell`).toEqual({
        stageId: decisionId,
        laneId: barriersId,
      })
    }

    // The CSV export (A's token): the barrier under its stage and lane, quotes and commas intact.
    let barrierRow: Record<string, string | undefined> | undefined
    await expect
      .poll(async () => {
        const csv = await api.journeyCsv(board.id, board.token, 'ru')
        barrierRow = csv.records.find((record) => record.text === BARRIER_TEXT && record.severity === '5')
        return barrierRow !== undefined
      }, 'the server has the barrier (with severity 5) in its CSV, in Russian')
      .toBe(true)
    expect(barrierRow).toEqual({
      grid: RU.names['base-cjm'],
      stage: DECISION,
      lane: BARRIERS,
      kind: 'барьер',
      text: BARRIER_TEXT,
      department: 'Продажи',
      severity: '5',
      score: '',
      votes: '0',
      author: 'Анна',
      persona: '',
      valueCreated: '',
      valueCaptured: '',
      paidService: '',
      revenue: '',
    })
    const journey = await api.journeyJson(board.id, board.token)
    expect(journey.grids).toHaveLength(1)
    expect(journey.grids[0]!.stages.map((stage) => stage.title)).toContain(NEW_STAGE)
    const cell = journey.grids[0]!.cells.find((c) => c.stageId === decisionId && c.laneId === barriersId)
    expect(cell?.cards.map((card) => card.id)).toEqual([cardId])
    expect(cell?.heat).toBe(5)

    // The heat map colours that cell, and only cells with barriers.
    const gridNow = (await annaMap.grid(seeded.id))!
    const barrierCell = annaMap.cell(seeded.id, decisionId, barriersId)
    await expect(barrierCell).toHaveCount(1)
    await expect(annaMap.heatMapToggle).toHaveAttribute('aria-pressed', 'false')
    await expect(barrierCell).not.toHaveAttribute('data-heat')
    const off = (await annaMap.cellLooks(gridNow))[laneIndex]![stageIndex]!
    expect(off !== 'missing' && isTransparent(off.background), 'no tint while the heat map is off').toBe(true)
    await annaMap.setHeatMap(true)
    await expect(barrierCell).toHaveAttribute('data-heat', '5')
    await expect
      .poll(async () => {
        const look = (await annaMap.cellLooks(gridNow))[laneIndex]![stageIndex]!
        return look !== 'missing' && !isTransparent(look.background)
      }, 'the barrier cell is tinted')
      .toBe(true)
    const looks = await annaMap.cellLooks(gridNow)
    looks.forEach((row, lane) =>
      row.forEach((look, stage) => {
        if (lane === laneIndex && stage === stageIndex) return
        expect(look, `cell ${stage},${lane} is drawn`).not.toBe('missing')
        if (look === 'missing') return
        expect(look.heat, `cell ${stage},${lane} has no barrier`).toBe(0)
        expect(isTransparent(look.background), `cell ${stage},${lane} has no tint (${look.background})`).toBe(true)
      }),
    )
    await expect(annaMap.heatMapLegend).toBeVisible()
    await expect(annaMap.heatMapLegend).toContainText('5')

    // The Russian board as A sees it, kept as an artifact: the whole grid with the heat map on.
    await annaMap.showWholeGrid((await annaMap.grid(seeded.id))!)
    await expect(annaMap.cardElement(cardId)).toBeVisible()
    await expect(annaMap.stageTitleElements(seeded.id)).toHaveCount(6)
    await mkdir(paths.artifacts, { recursive: true })
    const screenshotPath = path.join(paths.artifacts, 'journey-ru.png')
    await anna.page.screenshot({ path: screenshotPath })
    await testInfo.attach('journey-ru.png', { path: screenshotPath, contentType: 'image/png' })
  })
})

test.describe('journey map: roles and departments', () => {
  test('a viewer cannot add cards or stages: no palette, no grid controls, and the server drops scripted writes', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Путь: наблюдатель', { locale: 'ru', template: 'base-cjm' })
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const victor = await openUser({ name: 'Виктор', department: 'ИТ' })
    const annaMap = new JourneyBoard(anna.board)
    const victorMap = new JourneyBoard(victor.board)
    await anna.openBoard(board.links.facilitator)
    await anna.board.waitConnected()
    await victor.openBoard(board.links.viewer)
    await victor.board.waitConnected()
    expect(await victor.board.role()).toBe('viewer')
    const grid = await victorMap.onlyGrid()
    const stageIndex = grid.props.stages.findIndex((stage) => stage.title === DECISION)
    const laneIndex = grid.props.lanes.findIndex((lane) => lane.title === BARRIERS)

    // The UI: the palette is there for Anna, not for Victor; double-clicking a cell makes no card; selecting the grid
    // shows no "add a stage".
    await expect(annaMap.palette).toBeVisible()
    await expect(annaMap.paletteButton('barrier')).toBeVisible()
    await expect(victorMap.palette).toHaveCount(0)
    await expect(victorMap.insertTemplateButton).toHaveCount(0)
    await expect(victor.page.locator('[data-testid^="palette-"]')).toHaveCount(0)
    await victorMap.doubleClickCell(grid, stageIndex, laneIndex)
    await expectNever(
      'a card appears after the viewer double-clicks a cell',
      async () => {
        return (await victorMap.cards()).length > 0 || (await victorMap.editingShapeId()) !== null
      },
      1_000,
    )
    const width = getGridWidth(grid.props)
    await victorMap.centerOn({ x: grid.x + width, y: grid.y + grid.props.headerH / 2 }, 0.8)
    const onTitleBar = await victorMap.pageToClient({ x: grid.x + width - 160, y: grid.y - 20 })
    await victor.page.mouse.click(onTitleBar.x, onTitleBar.y)
    await expect(victorMap.shapeElement(grid.id)).toBeVisible()
    await expect(victorMap.addStageButton(grid.id)).toHaveCount(0)
    await expect(victorMap.shapeElement(grid.id).locator('button')).toHaveCount(0)

    // Anna notes anything of the viewer's that reaches her, and the awareness markers.
    const evilCard = `shape:e2eviewer${Date.now().toString(36)}`
    await anna.page.evaluate(
      ({ evilCard, gridId }) => {
        const { editor, doc, provider } = window.__cxmap!
        const seen: string[] = []
        const markers: string[] = []
        window.__e2e = { seen, markers }
        doc.on('afterTransaction', () => {
          if (editor.getShape(evilCard)) seen.push('card created by the viewer')
          const stages = editor.getShape(gridId)?.props.stages
          if (Array.isArray(stages) && stages.length !== 5) seen.push(`grid has ${stages.length} stages`)
        })
        provider.awareness.on('change', () => {
          for (const state of provider.awareness.getStates().values()) {
            if (typeof state.e2eMarker === 'string') markers.push(state.e2eMarker)
          }
        })
      },
      { evilCard, gridId: grid.id },
    )

    // Scripting the viewer's page: lift tldraw's read-only flag, add a barrier in the cell and a stage to the grid.
    const cellRect = cellPageRect(grid, stageIndex, laneIndex)
    await victor.page.evaluate(
      ({ evilCard, gridId, x, y, cardType, stageW }) => {
        const editor = window.__cxmap!.editor
        editor.updateInstanceState({ isReadonly: false })
        editor.createShape({
          id: evilCard,
          type: cardType,
          x,
          y,
          props: { kind: 'barrier', text: 'written by a viewer', severity: 5 },
        })
        const current = editor.getShape(gridId)!
        const stages = current.props.stages as JourneyStage[]
        const added: JourneyStage = { id: 'e2e-viewer-stage', title: 'by a viewer', w: stageW, metrics: [] }
        editor.updateShape({ id: gridId, type: current.type, props: { stages: [...stages, added] } })
      },
      {
        evilCard,
        gridId: grid.id,
        x: cellRect.x + 30,
        y: cellRect.y + 20,
        cardType: JOURNEY_CARD_TYPE,
        stageW: GRID_DEFAULTS.stageW,
      },
    )
    expect(await victorMap.card(evilCard), "the write happened in the viewer's own editor").not.toBeNull()

    // Barrier: an awareness update Victor sends after those writes has reached Anna, so the server has handled them.
    const marker = `after-writes-${Date.now()}`
    await victor.page.evaluate(
      (value) => window.__cxmap!.provider.awareness.setLocalStateField('e2eMarker', value),
      marker,
    )
    await expect.poll(() => anna.page.evaluate(() => window.__e2e!.markers as string[])).toContain(marker)
    await expectNever('a viewer write reached Anna', async () => {
      const seen = await anna.page.evaluate(() => window.__e2e!.seen as string[])
      return seen.length > 0 || (await annaMap.card(evilCard)) !== null
    })
    const journey = await api.journeyJson(board.id, board.tokens.viewer)
    expect(journey.grids[0]!.stages).toHaveLength(5)
    expect(journey.grids[0]!.cells.flatMap((cell) => cell.cards)).toEqual([])
    expect(journey.freeCards).toEqual([])
  })

  test("cards carry their author's department; the department filter hides the others (for this person only)", async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Путь: отделы', { locale: 'ru', template: 'base-cjm' })
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const boris = await openUser({ name: 'Борис', department: 'ИТ' })
    const annaMap = new JourneyBoard(anna.board)
    const borisMap = new JourneyBoard(boris.board)
    await anna.openBoard(board.links.facilitator)
    await boris.openBoard(board.links.editor)
    await anna.board.waitConnected()
    await boris.board.waitConnected()
    const grid = await annaMap.onlyGrid()

    // Anna drags a touchpoint from the palette into the first cell; it snaps into that cell.
    const target = cellPageRect(grid, 0, 0)
    const targetCentre = { x: target.x + target.w / 2, y: target.y + target.h / 2 }
    await annaMap.centerOn(targetCentre, 1)
    await annaMap.dragFromPalette('touchpoint', targetCentre)
    const annaCard = await annaMap.waitForNewCard([])
    await annaMap.typeIntoEditedCard(annaCard.id, 'Листовка в ящике')
    expect(annaCard.props).toMatchObject({ kind: 'touchpoint', departmentId: 'sales', authorName: 'Анна' })
    expect(cardCell(grid, annaCard)).toEqual({ stageId: grid.props.stages[0]!.id, laneId: grid.props.lanes[0]!.id })

    // Boris clicks "note" in his palette: a note in the middle of his view, stamped with his department.
    await expect.poll(async () => (await borisMap.cards()).length).toBe(1)
    await borisMap.paletteButton('note').click()
    const borisCard = await borisMap.waitForNewCard([annaCard.id])
    await borisMap.typeIntoEditedCard(borisCard.id, 'Заметка ИТ')
    expect(borisCard.props).toMatchObject({ kind: 'note', departmentId: 'it', authorName: 'Борис' })
    await expect.poll(() => annaMap.card(borisCard.id)).toMatchObject({ props: { text: 'Заметка ИТ' } })
    await annaMap.showWholeGrid((await annaMap.grid(grid.id))!)
    await expect(annaMap.cardElement(annaCard.id)).toBeVisible()
    await expect(annaMap.cardElement(borisCard.id)).toBeVisible()
    await expect(annaMap.cardElement(borisCard.id)).toHaveAttribute('data-department-id', 'it')

    // Anna filters to sales: Boris's IT note is hidden for her, her own card is not.
    await annaMap.departmentsButton.click()
    await expect(annaMap.departmentsPanel).toBeVisible()
    await expect(annaMap.departmentRow('sales').getByTestId('department-name')).toHaveValue('Продажи')
    await expect(annaMap.departmentRow('it').getByTestId('department-name')).toHaveValue('ИТ')
    await annaMap.departmentMode('filter').click()
    await annaMap.departmentFilter('sales').click()
    await expect(annaMap.departmentFilter('sales')).toHaveAttribute('aria-pressed', 'true')
    await expect.poll(() => annaMap.isShapeHidden(borisCard.id)).toBe(true)
    expect(await annaMap.isShapeHidden(annaCard.id)).toBe(false)
    await expect(annaMap.cardElement(borisCard.id)).toBeHidden()
    await expect(annaMap.cardElement(annaCard.id)).toBeVisible()
    // A view of Anna's only: Boris still sees his note.
    expect(await borisMap.isShapeHidden(borisCard.id)).toBe(false)
    await expect(borisMap.cardElement(borisCard.id)).toBeVisible()

    // Highlight instead of filter: the note is back, faded.
    await annaMap.departmentMode('highlight').click()
    await expect.poll(() => annaMap.isShapeHidden(borisCard.id)).toBe(false)
    await expect(annaMap.cardElement(borisCard.id)).toBeVisible()
    await expect(annaMap.cardElement(borisCard.id)).toHaveClass(/cx-card--dimmed/)
    await expect(annaMap.cardElement(annaCard.id)).not.toHaveClass(/cx-card--dimmed/)

    // Clearing the pick shows everything as usual.
    await anna.page.getByTestId('department-clear').click()
    await expect(annaMap.cardElement(borisCard.id)).not.toHaveClass(/cx-card--dimmed/)
    await expect(annaMap.departmentFilter('sales')).toHaveAttribute('aria-pressed', 'false')
  })
})
