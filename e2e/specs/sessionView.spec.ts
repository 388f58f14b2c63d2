import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { expect, test, type User } from '../support/fixtures.ts'
import { RoadmapView } from '../support/pages/RoadmapView.ts'
import { SessionView } from '../support/pages/SessionView.ts'
import { paths } from '../support/paths.ts'

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const

/** The stage and lane titles of every grid, as the grids draw them. */
function titles(user: User) {
  return user.page.locator('.cx-grid__stage-title, .cx-grid__lane-title')
}

async function expectTitlesClear(user: User, session: SessionView, when: string): Promise<void> {
  const canvas = await session.canvasBox()
  await expect(titles(user).first()).toBeVisible()
  await expect
    .poll(() => session.findObstructed(titles(user), canvas), `${when}: every stage and lane title is on screen`)
    .toEqual([])
}

async function saveScreenshot(user: User, name: string): Promise<void> {
  const dir = path.join(paths.artifacts, 'session-view')
  await mkdir(dir, { recursive: true })
  await user.page.screenshot({ path: path.join(dir, `${name}.png`) })
}

test.describe('the first view and the session dock', () => {
  test('on load every stage and lane title of a Russian Base CJM is in view and uncovered, at 1280×720 and 1440×900', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard(`Первый вид ${Date.now().toString(36)}`, {
      locale: 'ru',
      template: 'base-cjm',
      withExample: true,
    })
    for (const size of SIZES) {
      const user = await openUser({ name: `Анна ${size.width}`, department: 'Продажи' })
      await user.page.setViewportSize(size)
      await user.openBoard(board.links.editor)
      await user.board.waitConnected()
      const session = new SessionView(user.page)
      await expectTitlesClear(user, session, `${size.width}×${size.height} on load`)
      // One page: no page menu; nothing selected: no style panel over the stages.
      await expect(user.page.locator('.tlui-page-menu__trigger')).toHaveCount(0)
      await expect(user.page.locator('.tlui-style-panel')).toHaveCount(0)
      await saveScreenshot(user, `first-view-${size.width}x${size.height}`)

      // Away and back with the fit control and its shortcut.
      await user.page.evaluate(() => {
        const editor = window.__cxmap!.editor as unknown as { setCamera(camera: object): void }
        editor.setCamera({ x: -3000, y: -2000, z: 2 })
      })
      await session.fitGridsButton.click()
      await expectTitlesClear(user, session, `${size.width}×${size.height} after the fit button`)
      await user.page.evaluate(() => {
        const editor = window.__cxmap!.editor as unknown as { setCamera(camera: object): void }
        editor.setCamera({ x: -3000, y: -2000, z: 2 })
      })
      await user.page.keyboard.press('Shift+G')
      await expectTitlesClear(user, session, `${size.width}×${size.height} after Shift+G`)
    }
  })

  test('with timer, agenda and vote running the dock covers no title nor tab, and the facilitator hides cursors', async ({
    api,
    openUser,
  }) => {
    test.setTimeout(150_000)
    const board = await api.createBoard(`Сессия ${Date.now().toString(36)}`, {
      locale: 'ru',
      template: 'base-cjm',
      withExample: true,
    })
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const boris = await openUser({ name: 'Борис', department: 'ИТ' })
    await anna.page.setViewportSize(SIZES[0])
    await anna.openBoard(board.links.facilitator)
    await boris.openBoard(board.links.editor)
    await anna.board.waitConnected()
    await boris.board.waitConnected()
    const session = new SessionView(anna.page)
    const roadmap = new RoadmapView(anna.page)
    await session.startTimerAgendaAndVote(['Барьеры клиента', 'Голосование за барьеры'])
    await expect(new SessionView(boris.page).dock.getByTestId('vote-bar')).toBeVisible()

    for (const size of SIZES) {
      await anna.page.setViewportSize(size)
      await session.fitGridsButton.click()
      await expectTitlesClear(anna, session, `map ${size.width}×${size.height} with timer, agenda and vote`)
      const dock = await session.dock.boundingBox()
      const canvas = await session.canvasBox()
      expect(dock, 'the dock is on screen').not.toBeNull()
      expect(dock!.y + dock!.height, 'the dock ends where the canvas starts').toBeLessThanOrEqual(canvas.y + 0.5)
      await saveScreenshot(anna, `facilitator-map-${size.width}x${size.height}`)

      await roadmap.open()
      const tabs = anna.page.locator('[data-testid^="roadmap-tab-"]')
      await expect(tabs.first()).toBeVisible()
      const viewport = { x: 0, y: 0, ...size }
      await expect.poll(() => session.findObstructed(tabs, viewport), 'every roadmap tab is uncovered').toEqual([])
      await saveScreenshot(anna, `facilitator-roadmap-${size.width}x${size.height}`)
      await roadmap.mapTab.click()
      await expect(roadmap.page_).toHaveCount(0)
    }

    // Collapsed, the dock keeps to one line.
    await session.dockToggle.click()
    await expect(session.dock).toHaveAttribute('data-collapsed', 'true')
    const rows = await session.dock
      .locator('[data-testid="workshop-overlay"] > *')
      .evaluateAll((parts) =>
        parts.map((part) => part.getBoundingClientRect()).map(({ top, bottom }) => ({ top, bottom })),
      )
    const lowestTop = Math.max(...rows.map((row) => row.top))
    const highestBottom = Math.min(...rows.map((row) => row.bottom))
    expect(lowestTop, 'the parts stand on one line').toBeLessThan(highestBottom)
    await session.dockToggle.click()

    // Cursors: Anna sees Boris's until she hides the participants' cursors; Boris still sees hers.
    const points = [
      { x: 400, y: 300 },
      { x: 420, y: 320 },
    ]
    await boris.board.hoverCanvas(points)
    await anna.board.hoverCanvas(points)
    await expect(anna.board.collaboratorCursor('Борис')).toBeVisible()
    await session.openCockpit()
    await session.control('cursors-switch').click()
    await session.closeCockpit()
    await expect(session.dock.getByTestId('cursors-badge')).toBeVisible()
    await expect(new SessionView(boris.page).dock.getByTestId('cursors-badge')).toBeVisible()
    await boris.board.hoverCanvas(points.reverse())
    await anna.board.hoverCanvas(points)
    await expect(anna.board.collaboratorCursor('Борис')).toHaveCount(0)
    await expect(boris.board.collaboratorCursor('Анна')).toBeVisible()
    await session.dock.getByTestId('cursors-badge-show').click()
    await boris.board.hoverCanvas(points.reverse())
    await expect(anna.board.collaboratorCursor('Борис')).toBeVisible()
  })
})
