import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'

// A reload while the server is down: the service worker (client/sw/sw.js, production builds only) serves the cached
// app shell, which opens the board from its y-indexeddb copy. Offline is real: the context is offline AND its
// connections through the NetworkLink are reset (see support/networkLink.ts).

/** Rows in the board's y-indexeddb `updates` store: grows once an edit is persisted. */
async function countStoredUpdates(page: Page, boardId: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      if (!db.objectStoreNames.contains('updates')) return 0
      return await new Promise<number>((resolve, reject) => {
        const request = db.transaction('updates').objectStore('updates').count()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    } finally {
      db.close()
    }
  }, `cxmap:${boardId}`)
}

/** Waits until the service worker has cached this build and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.waitForFunction(() => !!navigator.serviceWorker.controller)
}

test.describe('reload while the server is down', () => {
  test('the app opens the board from its local copy, with the edit made offline and the Russian badge', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Офлайн: перезагрузка', 'ru')
    const anna = await openUser({ name: 'Анна', throughNetworkLink: true })
    await anna.openBoard(board.links.editor)
    await anna.board.waitConnected()
    await chooseOption(anna.board.localeSwitch, 'ru')
    await waitForServiceWorker(anna.page)

    await anna.goOffline()
    await anna.board.expectStatus(['offline', 'reconnecting'])
    const storedBefore = await countStoredUpdates(anna.page, board.id)
    const created = await anna.board.createRectangle({ x: 10, y: 20, w: 30, h: 40 })
    await expect
      .poll(() => countStoredUpdates(anna.page, board.id), { message: 'y-indexeddb stored the offline edit' })
      .toBeGreaterThan(storedBefore)

    await anna.page.reload()
    await anna.board.waitForHook()
    await expect(anna.board.connectionStatus).toHaveAttribute('data-status', /^(offline|reconnecting)$/)
    await expect(anna.board.connectionStatus).toHaveText(/Офлайн|Переподключение/)
    await expect(anna.board.title).toHaveText('Офлайн: перезагрузка')
    expect(await anna.board.shape(created)).toMatchObject({ x: 10, y: 20, props: { w: 30, h: 40 } })

    await anna.goOnline()
    await anna.board.waitConnected()
  })

  test("without a cached app the worker answers with the app's own offline page, not the browser's", async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Offline: no copy')
    const ben = await openUser({ name: 'Ben', throughNetworkLink: true })
    await ben.openBoard(board.links.editor)
    await waitForServiceWorker(ben.page)
    await ben.page.evaluate(async () => {
      for (const key of await caches.keys()) await caches.delete(key)
    })

    await ben.goOffline()
    await ben.page.reload()
    await expect(ben.page.getByTestId('offline-page')).toContainText('CX Map is offline')
  })
})
