import {
  CloseCode,
  apiErrorSchema,
  boardResponseSchema,
  parseBoardLink,
  rotateLinkResponseSchema,
  type BoardLinks,
  type CreateBoardResponse,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { connectClient, connectSyncedClient, type TestClient } from '../../test/clients.ts'
import { createBoardVia, type TestServer } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { expectNever, waitFor } from '../../test/waitFor.ts'

// Sync mechanics with synthetic docs (`getMap('m')`): the schema gate, tested in sync/gate/, would refuse them.
const { start, track } = useTestServers({ checkUpdates: false })

type Role = keyof CreateBoardResponse['tokens']

function rotate(server: TestServer, boardId: string, role: string, token: string) {
  return server.cxmap.app.request(`/api/boards/${boardId}/links/${role}/rotate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  })
}

async function rotateOk(server: TestServer, boardId: string, role: Role, token: string): Promise<BoardLinks> {
  const response = await rotate(server, boardId, role, token)
  expect(response.status).toBe(200)
  return rotateLinkResponseSchema.parse(await response.json()).links
}

function readBoard(server: TestServer, boardId: string, token: string) {
  return server.cxmap.app.request(`/api/boards/${boardId}`, { headers: { authorization: `Bearer ${token}` } })
}

function tokenOf(link: string | undefined): string {
  const token = link === undefined ? null : parseBoardLink(link)?.token
  if (!token) throw new Error(`not a board link: ${link}`)
  return token
}

/** Canvas and control clients of one role, both synced. */
async function joinBoth(server: TestServer, boardId: string, token: string): Promise<TestClient[]> {
  return Promise.all(
    (['board', 'control'] as const).map(async (kind) =>
      track(await connectSyncedClient(server.syncUrl, boardId, token, kind)),
    ),
  )
}

const isClosedWith = (client: TestClient, code: number) => client.closes.some((close) => close.code === code)

describe('POST /api/boards/:id/links/:role/rotate', () => {
  it('revokes the editor link: its canvas and control sockets close with 4410, the facilitator stays', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const editors = await joinBoth(server, board.id, board.tokens.editor)
    const viewers = await joinBoth(server, board.id, board.tokens.viewer)
    const facilitators = await joinBoth(server, board.id, board.tokens.facilitator)

    const links = await rotateOk(server, board.id, 'editor', board.tokens.facilitator)

    expect(links.facilitator).toBe(board.links.facilitator)
    expect(tokenOf(links.editor)).not.toBe(board.tokens.editor)
    // The viewer token is derived from the editor token, so it changes with it.
    expect(tokenOf(links.viewer)).not.toBe(board.tokens.viewer)
    for (const client of [...editors, ...viewers]) {
      await waitFor(() => isClosedWith(client, CloseCode.linkRevoked), { message: 'closed with 4410' })
    }
    // y-websocket stops retrying on 44xx: no reconnection with the old token.
    await expectNever(
      () => editors.some((client) => client.provider.wsconnected || client.closes.length > 1),
      150,
      'a reconnect',
    )
    facilitators[0]!.doc.getMap('m').set('still', 'here')
    const [freshCanvas] = await joinBoth(server, board.id, tokenOf(links.editor))
    await waitFor(() => freshCanvas!.doc.getMap('m').get('still') === 'here', { message: 'new editor synced' })
    for (const client of facilitators) expect(client.closes).toEqual([])
    expect(server.logs()).not.toContain(tokenOf(links.editor))
  })

  it('refuses the old token afterwards (4403 on sync, 403 over HTTP) and accepts the new one', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const links = await rotateOk(server, board.id, 'editor', board.tokens.facilitator)

    const stale = track(connectClient(server.syncUrl, board.id, board.tokens.editor, 'control'))
    await waitFor(() => isClosedWith(stale, CloseCode.forbidden), { message: 'old token refused with 4403' })
    expect((await readBoard(server, board.id, board.tokens.editor)).status).toBe(403)
    expect((await readBoard(server, board.id, board.tokens.viewer)).status).toBe(403)

    const fresh = await readBoard(server, board.id, tokenOf(links.editor))
    expect(fresh.status).toBe(200)
    expect(await fresh.json()).toMatchObject({ role: 'editor', links: { editor: links.editor, viewer: links.viewer } })
    expect((await readBoard(server, board.id, tokenOf(links.viewer))).status).toBe(200)
  })

  it('rotates the viewer link alone', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const [editor] = await joinBoth(server, board.id, board.tokens.editor)
    const [viewer] = await joinBoth(server, board.id, board.tokens.viewer)

    const links = await rotateOk(server, board.id, 'viewer', board.tokens.facilitator)

    expect(links.editor).toBe(board.links.editor)
    expect(tokenOf(links.viewer)).not.toBe(board.tokens.viewer)
    await waitFor(() => isClosedWith(viewer!, CloseCode.linkRevoked), { message: 'viewer closed with 4410' })
    expect(editor!.closes).toEqual([])
    expect((await readBoard(server, board.id, board.tokens.editor)).status).toBe(200)
    // Rotating twice gives a link again different from both before.
    const again = await rotateOk(server, board.id, 'viewer', board.tokens.facilitator)
    expect(new Set([board.links.viewer, links.viewer, again.viewer]).size).toBe(3)
  })

  it('rotates the facilitator link: the caller gets a working new link, every old one is revoked', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const [facilitator] = await joinBoth(server, board.id, board.tokens.facilitator)
    const [editor] = await joinBoth(server, board.id, board.tokens.editor)

    const links = await rotateOk(server, board.id, 'facilitator', board.tokens.facilitator)

    const newToken = tokenOf(links.facilitator)
    expect(newToken).not.toBe(board.tokens.facilitator)
    await waitFor(
      () => isClosedWith(facilitator!, CloseCode.linkRevoked) && isClosedWith(editor!, CloseCode.linkRevoked),
    )
    const response = await readBoard(server, board.id, newToken)
    expect(await response.json()).toMatchObject({ role: 'facilitator', links })
    expect((await readBoard(server, board.id, board.tokens.facilitator)).status).toBe(403)
    expect((await readBoard(server, board.id, board.tokens.editor)).status).toBe(403)
    await joinBoth(server, board.id, newToken)
  })

  it('is the facilitator’s alone: editor and viewer tokens get 403 and change nothing', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const [viewer] = await joinBoth(server, board.id, board.tokens.viewer)
    for (const [token, role] of [
      [board.tokens.editor, 'editor'],
      [board.tokens.editor, 'viewer'],
      [board.tokens.viewer, 'viewer'],
    ] as const) {
      const response = await rotate(server, board.id, role, token)
      expect(response.status).toBe(403)
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe('forbidden')
    }
    expect((await readBoard(server, board.id, board.tokens.editor)).status).toBe(200)
    expect((await readBoard(server, board.id, board.tokens.viewer)).status).toBe(200)
    expect(viewer!.closes).toEqual([])
    expect((await rotate(server, board.id, 'owner', board.tokens.facilitator)).status).toBe(404)
    expect((await rotate(server, 'unknown-board', 'editor', board.tokens.facilitator)).status).toBe(404)
    expect(
      (await server.cxmap.app.request(`/api/boards/${board.id}/links/editor/rotate`, { method: 'POST' })).status,
    ).toBe(401)
  })

  it('keeps both rotations of a race: concurrent rotations bump the generation once each', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const results = await Promise.all([
      rotateOk(server, board.id, 'editor', board.tokens.facilitator),
      rotateOk(server, board.id, 'viewer', board.tokens.facilitator),
    ])
    const stored = await server.store.getBoard(board.id)
    expect(stored!.linkGenerations).toEqual({ editor: 1, viewer: 1 })
    const final = boardResponseSchema.parse(await (await readBoard(server, board.id, board.tokens.facilitator)).json())
    expect(results.map((links) => links.viewer)).toContain(final.links.viewer)
  })
})
