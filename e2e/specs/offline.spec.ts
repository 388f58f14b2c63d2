import { DocNames } from '@cxmap/shared'
import { expect, test, type User } from '../support/fixtures.ts'

// Offline here is real: the user's browser context is set offline AND their TCP connections through a
// NetworkLink are reset (see support/networkLink.ts for why setOffline alone leaves the WebSocket working).

/** Total rows in every y-indexeddb `updates` store of the page's origin: grows when an update is persisted. */
async function countStoredUpdates(user: User): Promise<number> {
  return user.page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    let total = 0
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await open(name)
      if (db.objectStoreNames.contains('updates')) {
        total += await new Promise<number>((resolve, reject) => {
          const request = db.transaction('updates').objectStore('updates').count()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
      }
      db.close()
    }
    return total
  })
}

async function recordIdsInDoc(user: User): Promise<string[]> {
  return user.page.evaluate(
    (name) => Object.keys(window.__cxmap!.doc.getMap(name).toJSON() as object),
    DocNames.records,
  )
}

test.describe('offline and back', () => {
  test('A keeps editing offline; on reconnect B gets it all and both changes to one shape survive', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Offline: reconnect')
    const alice = await openUser({ name: 'Alice', throughNetworkLink: true })
    const bob = await openUser({ name: 'Bob' })
    await alice.openBoard(board.links.editor)
    await bob.openBoard(board.links.editor)
    await alice.board.waitConnected()
    await bob.board.waitConnected()
    const shared = await alice.board.createRectangle({ x: 100, y: 100, w: 200, h: 100 })
    await expect.poll(() => bob.board.shape(shared)).not.toBeNull()

    await alice.goOffline()
    await alice.board.expectStatus(['offline', 'reconnecting'])
    expect(await alice.page.evaluate(() => window.__cxmap!.provider.wsconnected)).toBe(false)

    // A goes on working: a drawn rectangle, an exact one, and a move of the shared shape (its x and y)...
    const idsBefore = await alice.board.shapeIds()
    await alice.board.drawRectangleWithMouse({ x: 500, y: 300 }, { x: 620, y: 380 })
    await expect.poll(async () => (await alice.board.shapeIds()).length).toBe(idsBefore.length + 1)
    const drawn = (await alice.board.shapeIds()).find((id) => !idsBefore.includes(id))!
    const created = await alice.board.createRectangle({ x: -300, y: 50, w: 60, h: 40 })
    await alice.board.moveShape(shared, 450, 275)
    // ...while B changes another field of the same shape, and adds one of its own.
    await bob.board.setShapeProps(shared, { color: 'red' })
    const bobs = await bob.board.createRectangle({ x: 0, y: -200, w: 30, h: 30 })
    expect(await bob.board.shape(created), 'an offline edit must not reach B').toBeNull()
    await alice.board.expectStatus(['offline', 'reconnecting'])

    await alice.goOnline()
    await alice.board.waitConnected()
    for (const id of [drawn, created]) await expect.poll(() => bob.board.shape(id)).not.toBeNull()
    for (const user of [alice, bob]) {
      await expect.poll(() => user.board.shape(shared)).toMatchObject({ x: 450, y: 275, props: { color: 'red' } })
    }
    await expect.poll(() => alice.board.shape(bobs)).not.toBeNull()
    await expect.poll(() => alice.board.shapeIds()).toEqual(await bob.board.shapeIds())
  })

  test('edits made offline survive a reload before the connection is back (y-indexeddb)', async ({ api, openUser }) => {
    const board = await api.createBoard('Offline: reload')
    const alice = await openUser({ name: 'Alice', throughNetworkLink: true })
    const bob = await openUser({ name: 'Bob' })
    await alice.openBoard(board.links.editor)
    await bob.openBoard(board.links.editor)
    await alice.board.waitConnected()
    await bob.board.waitConnected()

    await alice.goOffline()
    await alice.board.expectStatus(['offline', 'reconnecting'])
    const storedBefore = await countStoredUpdates(alice)
    const created = await alice.board.createRectangle({ x: 10, y: 20, w: 30, h: 40 })
    await alice.board.drawRectangleWithMouse({ x: 400, y: 300 }, { x: 520, y: 400 })
    await expect.poll(async () => (await alice.board.shapeIds()).length).toBe(2)
    const ids = await alice.board.shapeIds()
    // Reload only once the edits are in the doc and persisted: what we test is that persisted, unsent edits
    // come back, not how long the binding's batching and IndexedDB take.
    await expect.poll(() => recordIdsInDoc(alice)).toEqual(expect.arrayContaining(ids))
    await expect
      .poll(() => countStoredUpdates(alice), { message: 'y-indexeddb stored the offline edits' })
      .toBeGreaterThan(storedBefore)

    // The app has no service worker, so a browser that is fully offline cannot reload it at all. The case that can
    // happen is a reload while the sync server stays unreachable: the page loads, its WebSocket cannot connect.
    await alice.cutSync()
    await alice.board.reload()
    await alice.board.expectStatus(['offline', 'reconnecting'])
    await expect.poll(() => alice.board.shapeIds()).toEqual(ids)
    expect(await alice.board.shape(created)).toMatchObject({ x: 10, y: 20, props: { w: 30, h: 40 } })
    expect(await bob.board.shapeIds()).toEqual([])

    await alice.goOnline()
    await alice.board.waitConnected()
    await expect.poll(() => bob.board.shapeIds()).toEqual(ids)
  })
})
