import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { expect, test } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { JourneyBoard } from '../support/pages/JourneyBoard.ts'
import { paths } from '../support/paths.ts'

test('the server holds the grid lock: a scripted grid move is refused (4422) and explained in Russian', async ({
  api,
  openUser,
}) => {
  const board = await api.createBoard('Сетка закреплена', { locale: 'ru', template: 'base-cjm', withExample: true })
  const fiona = await openUser({ name: 'Фаина' })
  const pavel = await openUser({ name: 'Павел' })
  await fiona.openBoard(board.links.facilitator)
  await pavel.openBoard(board.links.editor)
  await fiona.board.waitConnected()
  await pavel.board.waitConnected()
  await chooseOption(pavel.board.localeSwitch, 'ru')
  const fionaMap = new JourneyBoard(fiona.board)
  const grid = await new JourneyBoard(pavel.board).onlyGrid()

  await fiona.page.evaluate(() => window.__cxmap!.control.getMap('workshop').set('lock', { grids: true }))
  await expect(pavel.page.getByTestId('lock-badge')).toBeVisible()
  // A script past the client's lock: a field entry written straight into the grid's record in the board doc.
  await pavel.page.evaluate(
    ({ id, x }) => {
      const fields = window.__cxmap!.doc.getMap('tl_records').get(id) as { push(entries: unknown[]): void }
      fields.push([{ k: 'x', v: x }])
    },
    { id: grid.id, x: grid.x + 400 },
  )
  const overlay = pavel.page.locator('[data-testid="board-error"][data-reason="invalidUpdate"]')
  await expect(overlay).toBeVisible()
  await expect(overlay.getByRole('heading')).toHaveText('Изменение не сохранено')
  await expect(overlay).toContainText('Сервер отклонил изменение')
  await expect(overlay.getByRole('button')).toBeVisible()
  // The facilitator's grid never moved: the server neither stored nor relayed the change.
  await expect.poll(async () => (await fionaMap.grid(grid.id))?.x).toBe(grid.x)
  const screenshots = path.join(paths.artifacts, 'update-refused-ru')
  await mkdir(paths.artifacts, { recursive: true })
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    await pavel.page.setViewportSize(size)
    await pavel.page.screenshot({ path: `${screenshots}-${size.width}.png` })
  }
  // Reload drops the local copy that holds the refused change: the board opens as saved and syncs again.
  await overlay.getByRole('button', { name: 'Перезагрузить' }).click()
  await pavel.board.waitConnected()
  await expect(overlay).toHaveCount(0)
  expect((await new JourneyBoard(pavel.board).grid(grid.id))?.x).toBe(grid.x)
})
