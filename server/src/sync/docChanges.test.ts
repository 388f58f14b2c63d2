import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocChanges } from './docChanges.ts'

/** The updates a client doc emits while `change` runs on it. */
function updatesOf(doc: Y.Doc, change: () => void): Uint8Array[] {
  const updates: Uint8Array[] = []
  const record = (update: Uint8Array) => updates.push(update)
  doc.on('update', record)
  change()
  doc.off('update', record)
  return updates
}

/** The two updates of a client that sets `a` and then `b`. */
function setTwoKeys(): [Uint8Array, Uint8Array] {
  const client = new Y.Doc()
  return updatesOf(client, () => {
    client.getMap('m').set('a', 1)
    client.getMap('m').set('b', 2)
  }) as [Uint8Array, Uint8Array]
}

function tap(isGated: boolean) {
  const doc = new Y.Doc()
  const seen: { update: Uint8Array; origin: unknown }[] = []
  const changes = new DocChanges(doc, isGated, (update, origin) => seen.push({ update, origin }))
  changes.start()
  return { doc, seen, changes }
}

describe('DocChanges', () => {
  it('hands on a gated client update as sent, once; a repeat changes nothing; a deletion counts', () => {
    const { doc, seen, changes } = tap(true)
    const client = new Y.Doc()
    const [added] = updatesOf(client, () => client.getMap('m').set('k', 1))
    changes.applyFromClient(added!, 'A')
    changes.applyFromClient(added!, 'A')
    const [deleted] = updatesOf(client, () => client.getMap('m').delete('k'))
    changes.applyFromClient(deleted!, 'A')
    expect(seen.map(({ update, origin }) => [update, origin])).toEqual([
      [added, 'A'],
      [deleted, 'A'],
    ])
    expect(seen[0]!.update).toBe(added)
    expect(doc.getMap('m').has('k')).toBe(false)
  })

  it('hands on what another instance’s changes did as Yjs encodes it, and nothing of a repeat', () => {
    const { doc, seen, changes } = tap(true)
    const [first, second] = setTwoKeys()
    // The second arrives first: pending until the first, then both go out in the first's transaction.
    changes.applyEncoded(() => Y.applyUpdate(doc, second, 'remote'))
    expect(seen).toEqual([])
    changes.applyEncoded(() => Y.applyUpdate(doc, first, 'remote'))
    changes.applyEncoded(() => Y.applyUpdate(doc, first, 'remote'))
    expect(seen).toHaveLength(1)
    const relayed = new Y.Doc()
    Y.applyUpdate(relayed, seen[0]!.update)
    expect(relayed.getMap('m').toJSON()).toEqual({ a: 1, b: 2 })
  })

  it('without a gate, hands on every change as Yjs encodes it (a pending update may complete later)', () => {
    const { doc, seen, changes } = tap(false)
    const [first, second] = setTwoKeys()
    const client = new Y.Doc()
    changes.applyFromClient(second, 'A')
    changes.applyFromClient(first, 'A')
    expect(seen).toHaveLength(1)
    const relayed = new Y.Doc()
    Y.applyUpdate(relayed, seen[0]!.update)
    expect(relayed.getMap('m').toJSON()).toEqual({ a: 1, b: 2 })
    changes.stop()
    changes.applyFromClient(updatesOf(client, () => client.getMap('m').set('c', 3))[0]!, 'A')
    expect(seen).toHaveLength(1)
    expect(doc.getMap('m').get('c')).toBe(3)
  })
})
