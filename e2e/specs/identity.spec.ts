import type { Route } from '@playwright/test'
import { expect, test } from '../support/fixtures.ts'

/** The board workspace's chunk (tldraw and the canvas): most of what a board page downloads and starts. */
const WORKSPACE_CHUNK = /\/assets\/BoardWorkspace-[^/]+\.js$/

test('a first-time visitor answers who they are while the board still loads; the dialog speaks the board’s language', async ({
  api,
  openUser,
}) => {
  const board = await api.createBoard('Карта клиента', 'ru')
  const anna = await openUser({ name: 'Анна', department: 'Продажи' })
  // Hold the workspace back: the dialog must not wait for it.
  const held: Route[] = []
  await anna.context.route(WORKSPACE_CHUNK, (route) => void held.push(route))
  await anna.page.goto(board.links.editor)

  const dialog = anna.identityDialog.root
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading')).toHaveText('Как вас представить?')
  await expect.poll(() => held.length, { message: 'the workspace was asked for, and is held' }).toBeGreaterThan(0)
  await expect(anna.board.canvas).toHaveCount(0)

  // No name: refused, in Russian, and the dialog stays.
  await anna.page.getByTestId('identity-save').click()
  await expect(dialog.getByTestId('error-message')).toHaveText('Введите имя.')
  await anna.identityDialog.complete(anna.identity)
  await expect(anna.page.getByRole('status').filter({ hasText: 'Открываем доску…' })).toBeVisible()

  await Promise.all(held.map((route) => route.continue()))
  await anna.context.unroute(WORKSPACE_CHUNK)
  await anna.board.waitForHook()
  await anna.board.waitConnected()
  await expect(dialog).toHaveCount(0)

  // Later the profile button opens the same dialog to edit; Esc leaves the profile as it was.
  await anna.page.getByTestId('edit-profile').click()
  await expect(dialog.getByRole('heading')).toHaveText('Ваш профиль')
  await expect(anna.page.getByTestId('identity-name')).toHaveValue('Анна')
  await anna.page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})
