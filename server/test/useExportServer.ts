import type { CreateBoardResponse } from '@cxmap/shared'
import { afterEach, beforeEach } from 'vitest'
import { connectSyncedClient, type TestClient } from './clients.ts'
import { createTempDir, startTestServer, type TestServer } from './testServer.ts'

/** One server per test for the export routes, counting how often a board doc is loaded from storage. */
export interface ExportServer {
  readonly server: TestServer
  /** Loads of a canvas doc from storage since the test began (0 when an export read a live room). */
  readonly loadDocCalls: number
  /** GETs a path through the app, with the token as a Bearer header when given. */
  get(path: string, token?: string): Promise<Response>
  /** Connects a synced editor client to the board (destroyed after the test). */
  join(board: CreateBoardResponse): Promise<TestClient>
}

/** Registers the hooks that start and stop an {@link ExportServer} around each test of a file. */
export function useExportServer(): ExportServer {
  let dir: Awaited<ReturnType<typeof createTempDir>> | null = null
  let server: TestServer | null = null
  let clients: TestClient[] = []
  let loadDocCalls = 0

  beforeEach(async () => {
    dir = await createTempDir()
    clients = []
    loadDocCalls = 0
    server = await startTestServer({
      dataDir: dir.path,
      wrapStore: (inner) => ({
        ...inner,
        loadDoc(boardId, kind) {
          if (kind === 'board') loadDocCalls += 1
          return inner.loadDoc(boardId, kind)
        },
      }),
    })
  })

  afterEach(async () => {
    for (const client of clients) client.destroy()
    await server?.stop()
    await dir?.remove()
  })

  const requireServer = (): TestServer => {
    if (!server) throw new Error('useExportServer: the server exists only inside a test')
    return server
  }
  return {
    get server() {
      return requireServer()
    },
    get loadDocCalls() {
      return loadDocCalls
    },
    get: async (path, token) =>
      await requireServer().cxmap.app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
    async join(board) {
      const client = await connectSyncedClient(requireServer().syncUrl, board.id, board.tokens.editor)
      clients.push(client)
      return client
    },
  }
}
