import { expect, test, type User } from '../support/fixtures.ts'
import { JourneyBoard, type GridShape } from '../support/pages/JourneyBoard.ts'
import { waitForCameraStill } from '../support/sessionChecks.ts'

/** How far each drag tries to move the grid, in screen pixels (page units at zoom 1). */
const DRAG = { x: 160, y: 120 }

/** Drags the grid by its title bar (drawn above the grid) with the mouse, as a person does. */
async function dragGridByTitleBar(user: User, map: JourneyBoard, grid: GridShape): Promise<void> {
  // The lock badge coming or going resizes the canvas: aim only once the view has settled, or the press lands beside
  // the title bar.
  await waitForCameraStill(user.page)
  await map.centerOn({ x: grid.x + 200, y: grid.y + 100 }, 1)
  await waitForCameraStill(user.page)
  const onTitleBar = await map.pageToClient({ x: grid.x + 120, y: grid.y - 20 })
  await user.page.mouse.move(onTitleBar.x, onTitleBar.y)
  await user.page.mouse.down()
  await user.page.mouse.move(onTitleBar.x + DRAG.x, onTitleBar.y + DRAG.y, { steps: 10 })
  await user.page.mouse.up()
}

async function gridPosition(map: JourneyBoard, id: string): Promise<{ x: number; y: number } | null> {
  const grid = await map.grid(id)
  return grid ? { x: grid.x, y: grid.y } : null
}

test('lock the frame: a participant cannot drag the grid until the facilitator unlocks it', async ({
  api,
  openUser,
}) => {
  const board = await api.createBoard('Lock the frame', { template: 'base-cjm', withExample: true })
  const facilitator = await openUser({ name: 'Fiona Facilitator' })
  const participant = await openUser({ name: 'Pavel Participant' })
  await facilitator.openBoard(board.links.facilitator)
  await participant.openBoard(board.links.editor)
  await facilitator.board.waitConnected()
  await participant.board.waitConnected()
  const facilitatorMap = new JourneyBoard(facilitator.board)
  const participantMap = new JourneyBoard(participant.board)
  const grid = await participantMap.onlyGrid()
  const start = { x: grid.x, y: grid.y }

  // The facilitator locks the frame from the cockpit; the participant is told.
  await facilitator.page.getByTestId('workshop-button').click()
  const lockSwitch = facilitator.page.getByRole('switch', { name: 'Lock the grids for participants' })
  await expect(lockSwitch).toHaveAttribute('aria-checked', 'false')
  await lockSwitch.click()
  await expect(lockSwitch).toHaveAttribute('aria-checked', 'true')
  await expect(participant.page.getByTestId('lock-badge')).toHaveText('Frame locked by the facilitator')
  await expect(facilitator.page.getByTestId('lock-badge')).toHaveText('Frame locked')

  await dragGridByTitleBar(participant, participantMap, grid)
  // The press took the grid (it is selected), but the drag did not move it.
  const selected = await participant.page.evaluate(() =>
    (window.__cxmap!.editor as unknown as { getSelectedShapeIds(): string[] }).getSelectedShapeIds(),
  )
  expect(selected).toEqual([grid.id])
  // A shape created after the drag is a barrier: once the facilitator has it, they have everything sent before it.
  const barrier = await participant.board.createRectangle({ x: start.x - 400, y: start.y, w: 50, h: 50 })
  await expect.poll(() => facilitator.board.shape(barrier)).not.toBeNull()
  expect(await gridPosition(participantMap, grid.id), 'the participant’s grid did not move').toEqual(start)
  expect(await gridPosition(facilitatorMap, grid.id), 'the facilitator’s grid did not move').toEqual(start)

  // Unlocked, the same drag moves the grid on both pages.
  await lockSwitch.click()
  await expect(lockSwitch).toHaveAttribute('aria-checked', 'false')
  await expect(participant.page.getByTestId('lock-badge')).toHaveCount(0)
  await dragGridByTitleBar(participant, participantMap, grid)
  const moved = { x: start.x + DRAG.x, y: start.y + DRAG.y }
  for (const map of [participantMap, facilitatorMap]) {
    await expect
      .poll(async () => {
        const position = await gridPosition(map, grid.id)
        return position && Math.hypot(position.x - moved.x, position.y - moved.y) < 30
      }, 'the grid moved by the drag')
      .toBe(true)
  }
})
