import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { expect, type Page } from '@playwright/test'
import { findEnglishText, formatEnglishText } from '../support/englishText.ts'
import { test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import type { GridShape } from '../support/pages/JourneyBoard.ts'
import { PersonasView } from '../support/pages/PersonasView.ts'
import { paths } from '../support/paths.ts'
import { tokenOf } from '../support/pdfExportUi.ts'

// Issue 14, personas and segments: two people on a Russian board create two personas live, link them ("moves to a
// more profitable segment"), give the feeling cards personas, see the emotion curve split per persona, pick the
// journey's personas, highlight one persona's cards; a viewer reads the personas but changes nothing.

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const

async function openInRussian(user: User, link: string): Promise<PersonasView> {
  await user.openBoard(link)
  await user.board.waitConnected()
  await chooseOption(user.board.localeSwitch, 'ru')
  await expect(user.page.locator('html')).toHaveAttribute('lang', 'ru')
  return new PersonasView(user)
}

/** Uploads a small picture to the board the way a file dropped on the canvas is (tldraw's external content). */
async function uploadPicture(page: Page, color: string): Promise<void> {
  await page.evaluate(async (color) => {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 96
    const context = canvas.getContext('2d')!
    context.fillStyle = color
    context.fillRect(0, 0, 96, 96)
    context.fillStyle = '#ffe0c2'
    context.beginPath()
    context.arc(48, 40, 22, 0, Math.PI * 2)
    context.fill()
    context.beginPath()
    context.arc(48, 110, 40, 0, Math.PI * 2)
    context.fill()
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'))
    const file = new File([blob], 'persona.png', { type: 'image/png' })
    const editor = window.__cxmap!.editor as unknown as {
      putExternalContent(content: { type: 'files'; files: File[]; point: { x: number; y: number } }): Promise<void>
    }
    await editor.putExternalContent({ type: 'files', files: [file], point: { x: -600, y: -400 } })
  }, color)
}

test.describe('personas and segments', () => {
  test('two people create personas live, split the emotion curve by persona and highlight one persona', async ({
    api,
    openUser,
  }) => {
    test.setTimeout(180_000)
    const board = await api.createBoard('Подключение интернета', {
      locale: 'ru',
      template: 'base-cjm',
      withExample: true,
    })
    const anna = await openInRussian(await openUser({ name: 'Анна', department: 'Маркетинг' }), board.links.facilitator)
    const boris = await openInRussian(await openUser({ name: 'Борис', department: 'Сервис' }), board.links.editor)

    // Anna uploads a photo, creates the first persona with it; Boris sees it live and creates the second.
    await uploadPicture(anna.page, '#2f80ed')
    await anna.open()
    const student = await anna.add('Студент Олег', 'Молодёжь, тариф «Старт»')
    await expect
      .poll(
        () => anna.page.locator('[data-testid^="persona-avatar-asset:"]').count(),
        'the uploaded picture is offered',
      )
      .toBe(1)
    await anna.row(student).locator('[data-testid^="persona-avatar-asset:"]').click()
    await expect(anna.row(student).locator('img.cx-persona-avatar')).toHaveCount(1)
    await anna.fill(student, {
      goals: 'Быстро подключить интернет в съёмной квартире, без визита в офис',
      preferences: 'Всё в приложении, оплата картой, чат вместо звонков',
      constraints: 'Небольшой бюджет, переезжает раз в год',
      value: 'Низкий ARPU сегодня; через 3–5 лет — семейный тариф с ТВ',
    })
    await boris.open()
    await expect(boris.row(student).getByTestId('persona-name')).toHaveText('Студент Олег')
    await boris.openForm(student)
    await expect(boris.row(student).getByTestId('persona-field-value')).toHaveValue(/семейный тариф/)
    await expect(boris.row(student).locator('img.cx-persona-avatar')).toHaveCount(1)
    const family = await boris.add('Семья Ивановых', 'Семьи, тариф «Дом+ТВ»')
    await expect(anna.row(family).getByTestId('persona-name')).toHaveText('Семья Ивановых')
    await expect(anna.row(family).getByText('Семьи, тариф «Дом+ТВ»')).toBeVisible()

    // "Moves to a more profitable segment": the student family-to-be, seen by both.
    await anna.row(student).getByTestId(`persona-moves-${family}`).check()
    await expect(boris.row(student).getByTestId('persona-moves')).toContainText('Семья Ивановых')

    // The feeling cards get personas from both people, on the cards themselves.
    const grid = await anna.map.onlyGrid()
    const feelings = (await anna.map.cards())
      .filter((card) => card.props.kind === 'feeling')
      .sort((a, b) => a.x - b.x || a.y - b.y)
    expect(feelings.length, 'the example has five feelings').toBe(5)
    const plan = [student, family, student, student, family]
    for (const [index, card] of feelings.entries()) {
      await (index % 2 === 0 ? anna : boris).setCardPersona(card, plan[index]!)
      if (index === 0) await anna.page.screenshot({ path: path.join(paths.artifacts, 'personas', 'card-100.png') })
    }
    for (const view of [anna, boris]) {
      await expect
        .poll(() => view.curvePersonaIds(), 'everyone, then one curve per persona')
        .toEqual(['', student, family])
    }

    // The journey is for both personas: Anna picks them in the grid's header, Boris sees the chips.
    await anna.map.showWholeGrid(grid)
    await anna.page.evaluate((id) => {
      ;(window.__cxmap!.editor as unknown as { select(id: string): void }).select(id)
    }, grid.id)
    await anna.map.shapeElement(grid.id).getByTestId('grid-personas-edit').click()
    await anna.page.getByTestId(`grid-persona-${student}`).check()
    await anna.page.getByTestId(`grid-persona-${family}`).check()
    await expect.poll(async () => (await boris.map.grid(grid.id))?.props.personaIds).toEqual([student, family])
    await boris.map.showWholeGrid(grid)
    await expect(boris.map.shapeElement(grid.id).getByTestId('grid-persona-name')).toHaveText([
      'Студент Олег',
      'Семья Ивановых',
    ])

    // Everything personas add to the board speaks Russian: the panel with a form open, the chips, the curves' legend.
    await anna.openForm(student)
    const english = (await findEnglishText(anna.page, ['Анна', 'Борис', 'ARPU'])).filter(({ where }) =>
      /persona/i.test(where),
    )
    expect(english, `English in the personas UI:\n${formatEnglishText(english)}`).toEqual([])

    // Highlight the student: the family's cards fade, the student's and those with no persona stay, for Anna only.
    await anna.page.keyboard.press('Escape')
    await anna.map.showWholeGrid(grid)
    await anna.row(student).getByTestId(`persona-filter-${student}`).click()
    const familyCard = anna.map.cardElement(feelings[1]!.id)
    const studentCard = anna.map.cardElement(feelings[0]!.id)
    const touchpoint = (await anna.map.cards()).find((card) => card.props.kind === 'touchpoint')!
    await expect(familyCard).toHaveClass(/cx-card--dimmed/)
    await expect(studentCard).not.toHaveClass(/cx-card--dimmed/)
    await expect(anna.map.cardElement(touchpoint.id)).not.toHaveClass(/cx-card--dimmed/)
    await expect(boris.map.cardElement(feelings[1]!.id)).not.toHaveClass(/cx-card--dimmed/)
    const curveOf = (view: PersonasView, id: string) =>
      view.page.locator(`[data-testid="persona-curves"] g[data-persona-id="${id}"]`)
    await expect(curveOf(anna, family), 'the other persona’s curve fades too').toHaveAttribute('data-faded', 'true')
    await expect(curveOf(anna, student)).not.toHaveAttribute('data-faded', 'true')
    await expect(curveOf(boris, family)).not.toHaveAttribute('data-faded', 'true')
    await expect(anna.button.locator('.cx-departments-button__dot')).toBeVisible()

    await takeScreenshots(anna, boris, student, grid)

    // A to-be map with feelings of both personas: its curve splits too, and print sets as-is and to-be side by side.
    await addToBeGrid(anna.page, grid, [
      [student, 0, 1],
      [student, 3, 2],
      [family, 1, 0],
      [family, 3, 1],
    ])
    await expect
      .poll(() => boris.curvePersonaIds(), 'both grids split')
      .toEqual(['', student, family, '', student, family])
    await expectPrintedCurves(boris.user, board.id, board.links.editor, [
      'Все клиенты',
      'Студент Олег',
      'Семья Ивановых',
    ])

    // Boris deletes the family persona: it leaves Anna's panel and the curve is the student's and "no persona".
    await boris.openForm(family)
    await boris.row(family).getByTestId('persona-delete').click()
    await boris.row(family).getByTestId('persona-delete-confirm').click()
    await expect(anna.rows).toHaveCount(1)
    await expect(anna.row(student).getByTestId('persona-moves')).toHaveCount(0)
    await expect.poll(() => anna.curvePersonaIds()).toEqual(['', student, '', student])
  })

  test('a journey for one persona gives its new feelings that persona; a viewer reads and changes nothing', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Персоны: просмотр', { locale: 'ru', template: 'base-cjm', withExample: true })
    const anna = await openInRussian(await openUser({ name: 'Анна' }), board.links.editor)
    await anna.open()
    const id = await anna.add('Пенсионерка Вера', 'Старшее поколение')

    const grid = await anna.map.onlyGrid()
    await anna.page.evaluate((gridId) => {
      ;(window.__cxmap!.editor as unknown as { select(id: string): void }).select(gridId)
    }, grid.id)
    await anna.map.shapeElement(grid.id).getByTestId('grid-personas-edit').click()
    await anna.page.getByTestId(`grid-persona-${id}`).check()
    await anna.page.keyboard.press('Escape')
    await expect.poll(async () => (await anna.map.grid(grid.id))?.props.personaIds).toEqual([id])
    const known = (await anna.map.cards()).map((card) => card.id)
    const feelingLane = grid.props.lanes.findIndex((lane) => lane.cardKind === 'feeling')
    await anna.map.doubleClickCell(grid, grid.props.stages.length - 1, feelingLane)
    const feeling = await anna.map.waitForNewCard(known)
    expect(feeling.props.kind).toBe('feeling')
    expect(feeling.props.personaId, 'the journey’s one persona').toBe(id)
    await anna.page.keyboard.press('Escape')

    const vera = await openInRussian(await openUser({ name: 'Вера' }), board.links.viewer)
    await vera.open()
    await expect(vera.row(id).getByTestId('persona-name')).toHaveText('Пенсионерка Вера')
    await expect(vera.panel.getByTestId('persona-add')).toHaveCount(0)
    await vera.openForm(id)
    await expect(vera.row(id).getByTestId('persona-field-segment')).toHaveValue('Старшее поколение')
    await expect(vera.row(id).getByTestId('persona-field-name')).toHaveAttribute('readonly', '')
    await expect(vera.row(id).getByTestId('persona-delete')).toHaveCount(0)
    await vera.map.showWholeGrid(grid)
    await expect(vera.map.shapeElement(grid.id).getByTestId('grid-persona-name')).toHaveText(['Пенсионерка Вера'])
    await expect(vera.map.cardElement(feeling.id)).toHaveAttribute('data-persona-id', id)
    await expect(vera.map.cardElement(feeling.id).getByTestId('card-persona-dot')).toBeVisible()
    await expect(vera.page.getByTestId('grid-personas-edit')).toHaveCount(0)
    // The highlight is a view of one's own: a viewer may use it.
    await vera.row(id).getByTestId(`persona-filter-${id}`).click()
    await expect(vera.row(id).getByTestId(`persona-filter-${id}`)).toHaveAttribute('aria-pressed', 'true')
  })
})

/** The print view's journey section draws the emotion curve split by persona, with the personas in its legend. */
async function expectPrintedCurves(user: User, boardId: string, link: string, names: string[]): Promise<void> {
  const page = await user.context.newPage()
  await page.goto(`/b/${boardId}/print?lang=ru&sections=journey#t=${encodeURIComponent(tokenOf(link))}`)
  await page.waitForFunction(
    () => (window as { __cxmapPrint?: { ready: boolean } }).__cxmapPrint?.ready === true,
    undefined,
    { timeout: 60_000 },
  )
  const curves = page.locator(`svg.print-curve[data-persona-curves="${names.length}"]`)
  // Each grid's own curve, and the two again side by side (as-is, to-be).
  await expect(curves).toHaveCount(4)
  const pair = page.getByTestId('print-persona-compare')
  await expect(pair.locator('figcaption')).toHaveText([/^Как есть/, /^Как будет/])
  for (const name of names) await expect(curves.first().locator('text', { hasText: name })).toHaveCount(1)
  await pair.screenshot({ path: path.join(paths.artifacts, 'personas', 'print-curves.png') })
  await page.close()
}

/**
 * Adds a to-be map (titled as the target-map template, so the strategy reads it as "to be") under the as-is grid,
 * with the same stages and one feeling lane, and feeling cards: [persona id, stage index, score].
 */
async function addToBeGrid(page: Page, asIs: GridShape, feelings: [string, number, number][]): Promise<void> {
  await page.evaluate(
    ({ asIs, feelings }) => {
      const editor = window.__cxmap!.editor as unknown as {
        createShape(shape: { id?: string; type: string; x: number; y: number; props: Record<string, unknown> }): void
      }
      const props = asIs.props as unknown as { stages: { id: string; w: number }[]; headerW: number; headerH: number }
      const x = asIs.x
      const y = asIs.y + 2000
      editor.createShape({
        id: 'shape:tobe',
        type: 'cx-grid',
        x,
        y,
        props: {
          title: 'Целевая карта пути — подключение',
          stages: props.stages.map((stage) => ({ ...stage, metrics: [] })),
          lanes: [{ id: 'feelings', title: 'Чувства', h: 260, cardKind: 'feeling', prompt: '' }],
          headerW: props.headerW,
          headerH: props.headerH,
          personaIds: [],
        },
      })
      const left = (index: number) => props.stages.slice(0, index).reduce((sum, stage) => sum + stage.w, props.headerW)
      feelings.forEach(([personaId, stageIndex, score], i) => {
        editor.createShape({
          type: 'cx-card',
          x: x + left(stageIndex) + 20,
          y: y + props.headerH + 20 + (i % 2) * 110,
          props: { kind: 'feeling', score, personaId, text: 'Как будет', w: 180, h: 90 },
        })
      })
    },
    { asIs, feelings },
  )
}

/** The panel with a persona open, and the persona-split curve zoomed to fit, at both sizes (Russian board). */
async function takeScreenshots(anna: PersonasView, boris: PersonasView, personaId: string, grid: { id: string }) {
  const dir = path.join(paths.artifacts, 'personas')
  await mkdir(dir, { recursive: true })
  await anna.row(personaId).getByTestId(`persona-filter-${personaId}`).click()
  for (const viewport of VIEWPORTS) {
    const suffix = `${viewport.width}x${viewport.height}`
    // The panel as the editor sees it: the persona the facilitator made, with everything she typed.
    await boris.page.setViewportSize(viewport)
    await boris.user.board.selectNone()
    await boris.open()
    await boris.openForm(personaId)
    await boris.fitGrids()
    await boris.page.screenshot({ path: path.join(dir, `panel-${suffix}.png`) })
    await boris.button.click()
    await expect(boris.panel).toHaveCount(0)
    await boris.fitGrids()
    await expect(boris.map.shapeElement(grid.id)).toBeVisible()
    await boris.page.screenshot({ path: path.join(dir, `curves-${suffix}.png`) })
  }
  await boris.page.setViewportSize({ width: 1280, height: 800 })
  await boris.open()
}
