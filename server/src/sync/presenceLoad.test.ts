import { describe, expect, it } from 'vitest'
import { connectSyncedClient, type TestClient } from '../../test/clients.ts'
import { createBoardVia, type TestServer } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { waitFor } from '../../test/waitFor.ts'

// Sync mechanics with synthetic docs (`getMap('m')`): the schema gate, tested in sync/gate/, would refuse them.
const { start, track } = useTestServers({ checkUpdates: false })

/** A workshop's worth of people, each moving a cursor at 60 Hz (raw providers: they echo every state they receive). */
const CLIENTS = 30
const EDITORS = 5
const PUBLISH_HZ = 60
const EDIT_EVERY_MS = 200
/** Shorter locally with CXMAP_PRESENCE_SECONDS=5; CI runs the whole half minute. */
const SECONDS = Number(process.env.CXMAP_PRESENCE_SECONDS ?? 30)

async function readCounter(server: TestServer, name: string): Promise<number> {
  const text = await (await server.cxmap.app.request('/metrics')).text()
  const line = text.split('\n').find((l) => l.startsWith(`${name} `))
  return Number(line?.split(' ')[1] ?? NaN)
}

/** The cursor sequence number `observer` last saw from `publisher` (−1: none yet). */
function seenSeq(observer: TestClient, publisher: TestClient): number {
  const state = observer.provider.awareness.getStates().get(publisher.doc.clientID) as { cursor?: { seq: number } }
  return state?.cursor?.seq ?? -1
}

describe('presence under load', () => {
  it(
    `${CLIENTS} clients moving cursors at ${PUBLISH_HZ} Hz while ${EDITORS} edit: nobody is disconnected`,
    async () => {
      const server = await start()
      const board = await createBoardVia(server.cxmap)
      const clients: TestClient[] = []
      for (let i = 0; i < CLIENTS; i++) {
        clients.push(track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor)))
      }
      const outBefore = await readCounter(server, 'cxmap_messages_out_total')
      const inBefore = await readCounter(server, 'cxmap_messages_in_total')
      let seq = 0
      let edits = 0
      let worstLagFrames = 0
      const startedAt = performance.now()
      const publisher = setInterval(() => {
        seq += 1
        clients.forEach((client, i) =>
          client.provider.awareness.setLocalStateField('cursor', { x: (seq * 7 + i * 13) % 1280, y: i * 20, seq }),
        )
      }, 1000 / PUBLISH_HZ)
      const editor = setInterval(() => {
        edits += 1
        for (let i = 0; i < EDITORS; i++) clients[i]!.doc.getMap('cards').set(`c${i}`, edits)
      }, EDIT_EVERY_MS)
      // Once a second: how far behind the freshest cursor any observer is (in publishing frames).
      const sampler = setInterval(() => {
        for (const observer of clients) {
          for (const other of clients) {
            if (other !== observer) worstLagFrames = Math.max(worstLagFrames, seq - seenSeq(observer, other))
          }
        }
      }, 1000)
      try {
        await waitFor(() => performance.now() - startedAt >= SECONDS * 1000 || clients.some((c) => c.closes.length), {
          timeoutMs: SECONDS * 1000 + 5000,
          intervalMs: 100,
        })
      } finally {
        clearInterval(publisher)
        clearInterval(editor)
        clearInterval(sampler)
      }
      const elapsedSeconds = (performance.now() - startedAt) / 1000
      const closes = clients.flatMap((client, i) => client.closes.map((close) => ({ client: i, ...close })))
      expect(closes).toEqual([])

      const settleStartedAt = performance.now()
      await waitFor(() => clients.every((o) => clients.every((p) => seenSeq(o, p) === seq)), {
        timeoutMs: 10_000,
        message: 'every client seeing every other client’s latest cursor',
      })
      const settleMs = performance.now() - settleStartedAt
      await waitFor(() => clients.every((c) => c.doc.getMap('cards').get(`c${EDITORS - 1}`) === edits), {
        message: 'every client holding the last edit',
      })
      const outPerSecond = ((await readCounter(server, 'cxmap_messages_out_total')) - outBefore) / elapsedSeconds
      const inPerSecond = ((await readCounter(server, 'cxmap_messages_in_total')) - inBefore) / elapsedSeconds
      console.log(
        `presence load: ${CLIENTS} clients × ${PUBLISH_HZ} Hz for ${elapsedSeconds.toFixed(1)} s, ${EDITORS} editing: ` +
          `0 disconnects; server messages in ${Math.round(inPerSecond)}/s, out ${Math.round(outPerSecond)}/s; ` +
          `worst cursor lag ${worstLagFrames} frames (${Math.round((worstLagFrames * 1000) / PUBLISH_HZ)} ms); ` +
          `settled ${Math.round(settleMs)} ms after the last move`,
      )
    },
    (SECONDS + 60) * 1000,
  )
})
