import path from 'node:path'
import { test as base, expect } from '../support/fixtures.ts'
import { AdminPage } from '../support/pages/AdminPage.ts'
import { paths } from '../support/paths.ts'
import { startAppServer, type AppServer } from '../support/server.ts'

const CREATOR_KEY = 'e2e-creator-key-0123456789'
const ADMIN_TOKEN = 'e2e-admin-token-0123456789'

// A server of its own, locked down: creating a board needs the creator key, and the admin page is on.
const test = base.extend<object, { appServer: AppServer }>({
  appServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
    async ({}, use, workerInfo) => {
      const server = await startAppServer({
        logFile: path.join(paths.artifacts, `server-admin-worker${workerInfo.workerIndex}.log`),
        env: { CREATE_BOARDS: 'key', CREATOR_KEY, ADMIN_TOKEN },
      })
      await use(server)
      await server.stop()
    },
    { scope: 'worker', timeout: 120_000 },
  ],
})

test('the home page asks for the creator key once; the admin lists, exports and deletes boards', async ({
  openUser,
  appServer,
}) => {
  const anna = await openUser({ name: 'Anna' })
  const home = await anna.openHome()
  const keyField = anna.page.locator('form', { has: home.createTitle }).getByTestId('creator-key')
  await expect(keyField).toBeVisible()

  // A wrong key is refused and asked again.
  await home.createTitle.fill('Onboarding journey')
  await keyField.fill('not-the-creator-key')
  await home.createSubmit.click()
  await expect(home.errorMessage).toContainText('creator key is wrong')
  await expect(keyField).toHaveValue('')
  await anna.page.screenshot({ path: path.join(paths.artifacts, 'home-creator-key-en.png') })
  await keyField.fill(CREATOR_KEY)
  const boardId = await home.createBoard('Onboarding journey')
  await anna.board.waitForHook()

  // Remembered: a second board is created without the field.
  const bob = await openUser({ name: 'Bob' })
  await anna.page.goto('/')
  await expect(home.createTitle).toBeVisible()
  await expect(anna.page.getByTestId('creator-key')).toHaveCount(0)
  const otherId = await home.createBoard('Second board')
  await anna.openBoard(`${appServer.url}/b/${boardId}`)

  const admin = new AdminPage(bob.page)
  await admin.goto()
  await admin.signIn('wrong-admin-token-0000')
  await expect(admin.error).toContainText('not the admin token')
  await bob.page.screenshot({ path: path.join(paths.artifacts, 'admin-login-en.png') })
  await admin.signIn(ADMIN_TOKEN)
  await expect(admin.rows).toHaveCount(2)
  await expect(admin.row(otherId)).toContainText('Second board')
  await admin.expectConnections(boardId, 1)
  await expect(admin.row(boardId).getByTestId('admin-board-size')).toHaveText(/^\d+(\.\d)?\u00a0(B|KB)$/)
  await expect(admin.totals).toContainText('2 boards')

  const download = bob.page.waitForEvent('download')
  await admin.row(otherId).getByTestId('admin-board-export').click()
  expect((await download).suggestedFilename()).toMatch(/\.cxmap\.json$/)

  await bob.page.setViewportSize({ width: 1280, height: 720 })
  await bob.page.screenshot({ path: path.join(paths.artifacts, 'admin-en.png') })
  await bob.page.getByTestId('locale-switch').selectOption('ru')
  await expect(admin.row(boardId).getByTestId('admin-board-size')).toHaveText(/^\d+(,\d)?\u00a0(Б|КБ)$/)
  await bob.page.setViewportSize({ width: 1440, height: 900 })
  await bob.page.screenshot({ path: path.join(paths.artifacts, 'admin-ru.png') })

  // Deleting the board closes its sockets: the open board page says it was deleted.
  await admin.row(boardId).getByTestId('admin-board-delete').click()
  await expect(admin.deleteDialog).toContainText('«Onboarding journey»')
  await bob.page.screenshot({ path: path.join(paths.artifacts, 'admin-delete-ru.png') })
  await admin.deleteDialog.getByTestId('admin-delete-confirm').click()
  await expect(admin.rows).toHaveCount(1)
  const boardError = anna.page.getByTestId('board-error')
  await expect(boardError).toHaveAttribute('data-reason', 'notFound')
  await expect(boardError).toContainText('This board was deleted')
})
