import { expect, test } from '../support/fixtures.ts'
import type { BoardPage } from '../support/pages/BoardPage.ts'
import { RoadmapView } from '../support/pages/RoadmapView.ts'

/** The editor calls this spec makes beyond the hook's typed slice. */
interface FocusEditor {
  getCamera(): { x: number; y: number; z: number }
  select(...ids: string[]): unknown
}

/** Where the camera is (page units and zoom). */
function readCamera(board: BoardPage): Promise<{ x: number; y: number; z: number }> {
  return board.page.evaluate(() => {
    const { x, y, z } = (window.__cxmap!.editor as unknown as FocusEditor).getCamera()
    return { x, y, z }
  })
}

test.describe('the canvas keeps the keyboard and the wheel across the roadmap', () => {
  test('Map → Roadmap → Map: Delete, Ctrl+Z, tool keys and wheel panning work without a click', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard(`Фокус ${Date.now().toString(36)}`, 'ru')
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    await anna.openBoard(board.links.facilitator)
    await anna.board.waitConnected()
    const roadmap = new RoadmapView(anna.page)
    const rectangle = await anna.board.createRectangle({ x: 100, y: 100, w: 160, h: 100 })

    await roadmap.open()
    await roadmap.mapTab.click()
    await expect(roadmap.page_).toHaveCount(0)
    await expect(anna.page).toHaveURL(/\/b\/[^/]+$/)

    // No click on the canvas from here on: the person comes back and goes on working.
    await anna.page.evaluate((id) => {
      ;(window.__cxmap!.editor as unknown as FocusEditor).select(id)
    }, rectangle)
    await anna.page.keyboard.press('Delete')
    await expect.poll(() => anna.board.shape(rectangle), 'Delete removes the selected shape').toBeNull()
    await anna.page.keyboard.press('ControlOrMeta+z')
    await expect.poll(() => anna.board.shape(rectangle), 'Ctrl+Z brings it back').not.toBeNull()

    await anna.page.keyboard.press('r')
    await expect.poll(() => anna.board.currentToolId(), 'R picks the rectangle tool').toBe('geo')
    await anna.page.keyboard.press('v')
    await expect.poll(() => anna.board.currentToolId(), 'V picks the select tool').toBe('select')

    const before = await readCamera(anna.board)
    const box = await anna.board.canvas.boundingBox()
    if (!box) throw new Error('canvas is not visible')
    await anna.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await anna.page.mouse.wheel(0, 240)
    await expect.poll(async () => (await readCamera(anna.board)).y, 'the wheel pans the map').not.toBe(before.y)
  })
})
