import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { test as base, expect } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { paths } from '../support/paths.ts'
import { startAppServer, type AppServer } from '../support/server.ts'

// A server of its own with a small board size limit: a few long cards fill a board.
const test = base.extend<object, { appServer: AppServer }>({
  appServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
    async ({}, use, workerInfo) => {
      const server = await startAppServer({
        logFile: path.join(paths.artifacts, `server-board-full-worker${workerInfo.workerIndex}.log`),
        env: { MAX_DOC_BYTES: '300000' },
      })
      await use(server)
      await server.stop()
    },
    { scope: 'worker', timeout: 120_000 },
  ],
})

test('a change past MAX_DOC_BYTES is refused (4409) and the page says the board is full, in Russian', async ({
  api,
  openUser,
}) => {
  const board = await api.createBoard('Полная доска', { locale: 'ru', template: 'base-cjm', withExample: true })
  const pavel = await openUser({ name: 'Павел' })
  await pavel.openBoard(board.links.editor)
  await pavel.board.waitConnected()
  await chooseOption(pavel.board.localeSwitch, 'ru')
  // Three cards of 90,000 letters (180 KB each in UTF-8): one change of ~540 KB on a board limited to 300 KB.
  await pavel.page.evaluate(() => {
    const editor = window.__cxmap!.editor!
    const cards = editor.getCurrentPageShapes().filter((shape) => shape.type === 'cx-card')
    for (const [i, card] of cards.slice(0, 3).entries())
      editor.updateShape({ id: card.id, type: card.type, props: { text: `${i} `.padEnd(90_000, 'ж') } })
  })
  const overlay = pavel.page.locator('[data-testid="board-error"][data-reason="boardFull"]')
  await expect(overlay).toBeVisible()
  await expect(overlay.getByRole('heading')).toHaveText('Доска заполнена')
  await expect(overlay).toContainText('Доска достигла предельного размера')
  await expect(overlay).toContainText('MAX_DOC_BYTES')
  await mkdir(paths.artifacts, { recursive: true })
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    await pavel.page.setViewportSize(size)
    await pavel.page.screenshot({ path: path.join(paths.artifacts, `board-full-ru-${size.width}.png`) })
  }
})
