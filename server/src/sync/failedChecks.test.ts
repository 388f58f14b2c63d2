import { CloseCode, RetryCloseCode } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { connectClient, connectSyncedClient, openRawClient } from '../../test/clients.ts'
import { createBoardVia } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { waitFor } from '../../test/waitFor.ts'

const { start, track } = useTestServers()

describe('sync endpoint under the failed-checks limit', () => {
  it('closes an address over the limit with 1013 before checking, even with the right token', async () => {
    const server = await start({ config: { failedAuthPerMinute: 2 } })
    const board = await createBoardVia(server.cxmap)
    for (const token of ['wrong', null]) {
      const refused = track(connectClient(server.syncUrl, board.id, token))
      const expected = token === null ? CloseCode.unauthorized : CloseCode.forbidden
      await waitFor(() => refused.closes.some((c) => c.code === expected), { message: `close ${expected}` })
      refused.destroy()
    }
    const raw = await openRawClient(server.syncUrl, board.id, board.tokens.editor)
    expect((await raw.closed).code).toBe(RetryCloseCode.overloaded)
    expect(server.logs()).toContain('too many failed checks')
    // The HTTP API refuses the same address too.
    const response = await fetch(`${server.httpUrl}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${board.tokens.editor}` },
    })
    expect(response.status).toBe(429)
  })

  it('never counts accepted connections or unknown boards', async () => {
    const server = await start({ config: { failedAuthPerMinute: 1 } })
    const board = await createBoardVia(server.cxmap)
    for (let i = 0; i < 3; i++) track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer))
    const unknown = track(connectClient(server.syncUrl, 'no-such-board', 'whatever'))
    await waitFor(() => unknown.closes.some((c) => c.code === CloseCode.notFound), { message: 'close 4404' })
    unknown.destroy()
    track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor))
  })
})
