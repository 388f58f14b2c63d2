import {
  ADMIN_API_PATH,
  ControlDocNames,
  getRecordsMap,
  parseBoardLink,
  readRecordById,
  writeRecord,
  writeWorkshop,
  type CreateBoardResponse,
  type DocKind,
  type RotateLinkResponse,
} from '@cxmap/shared'
import type { Browser } from 'playwright-core'
import type { AppDeps } from '../src/app.ts'
import { createCardRecord } from './boardDocs.ts'
import { fillRichBoard } from './boardFileFixture.ts'
import { connectClient, connectSyncedClient, type TestClient } from './clients.ts'
import { createBoardVia, startTestServer, type TestServer } from './testServer.ts'
import { waitFor } from './waitFor.ts'

/** Who calls: a board role, a rotated-away link, another board's facilitator, nobody, the admin. */
export const PRINCIPALS = ['facilitator', 'editor', 'viewer', 'revoked', 'otherBoard', 'none', 'admin'] as const
/** One of {@link PRINCIPALS}. */
export type Principal = (typeof PRINCIPALS)[number]

export const ADMIN_TOKEN = 'admin-token-for-the-matrix-0123456789'
export const METRICS_TOKEN = 'metrics-token-for-the-matrix-0123456789'

/** A board filled like a real one (grid, cards, initiative, closed vote `vote-1`) with a token for every principal. */
export interface MatrixBoard {
  id: string
  tokens: Record<Principal, string | null>
}

const fakeBrowser = { on: () => {}, version: () => 'fake', close: async () => {} } as unknown as Browser
const PDF_OVERRIDES: AppDeps['pdfOverrides'] = {
  search: { configuredPath: null, isExecutable: (path) => path === '/usr/bin/chromium', bundledPath: async () => null },
  launch: async () => fakeBrowser,
  render: async () => ({
    pdf: new TextEncoder().encode('%PDF-1.7 fake'),
    passes: 1,
    sectionPages: null,
    readyMs: 1,
    printMs: 1,
  }),
}

/** A server with the admin API and a metrics token on, and a PDF export that never starts Chromium. */
export async function startMatrixServer(dataDir: string): Promise<TestServer> {
  const server = await startTestServer({
    dataDir,
    config: { adminToken: ADMIN_TOKEN, metricsToken: METRICS_TOKEN, maxConnectionsPerAddress: 10_000 },
    pdfOverrides: PDF_OVERRIDES,
  })
  server.cxmap.setListeningPort(server.port)
  return server
}

/** Creates a filled board and another one, and rotates the first board's editor link (the old one is `revoked`). */
export async function createMatrixBoard(server: TestServer): Promise<MatrixBoard> {
  const board: CreateBoardResponse = await createBoardVia(server.cxmap, 'Matrix', { template: 'base-cjm' })
  await fillRichBoard(server.store, board.id)
  const other = await createBoardVia(server.cxmap, 'Other board')
  const rotated = await server.cxmap.app.request(`/api/boards/${board.id}/links/editor/rotate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${board.tokens.facilitator}` },
  })
  const { links } = (await rotated.json()) as RotateLinkResponse
  // A rotation of the editor link changes the viewer token derived from it too: take every token anew.
  const [facilitator, editor, viewer] = [links.facilitator, links.editor, links.viewer].map((link) => {
    const token = link === undefined ? null : parseBoardLink(link)?.token
    if (!token) throw new Error(`rotation answered ${rotated.status} without a token in ${link}`)
    return token
  })
  return {
    id: board.id,
    tokens: {
      facilitator: facilitator!,
      editor: editor!,
      viewer: viewer!,
      revoked: board.tokens.editor,
      otherBoard: other.tokens.facilitator,
      none: null,
      admin: ADMIN_TOKEN,
    },
  }
}

/** Headers carrying `token` the way the client sends it (`Authorization: Bearer`). */
export function authHeaders(token: string | null): Record<string, string> {
  return token === null ? {} : { authorization: `Bearer ${token}` }
}

/** `admin` path under the admin API. */
export function adminPath(path: string): string {
  return `${ADMIN_API_PATH}${path}`
}

/** What a sync connection got: `writes` / `read-only` once open, or the code it was closed with. */
export type SyncOutcome = 'writes' | 'read-only' | `close ${number}`

const WRITE_SEEN_MS = 1500

function writeProbe(client: TestClient, kind: DocKind, marker: string): void {
  if (kind === 'control') writeWorkshop(client.doc, 'follow', { userId: marker, name: 'Probe', startedAt: 1 })
  else writeRecord(getRecordsMap(client.doc), createCardRecord(marker, 'probe'))
}

function sawProbe(client: TestClient, kind: DocKind, marker: string): boolean {
  if (kind === 'control') {
    const value = client.doc.getMap(ControlDocNames.workshop).get('follow') as { userId?: string } | undefined
    return value?.userId === marker
  }
  return readRecordById(getRecordsMap(client.doc), marker) !== null
}

/**
 * Opens `kind` of the board with `token`; once open, writes through it and says whether the facilitator's
 * connection (`observer`) received the write.
 */
export async function probeSync(
  server: TestServer,
  board: MatrixBoard,
  kind: DocKind,
  token: string | null,
  observer: TestClient,
): Promise<SyncOutcome> {
  const client = connectClient(server.syncUrl, board.id, token, kind)
  try {
    await waitFor(() => client.provider.synced || client.closes.length > 0, { message: 'synced or closed' })
    if (!client.provider.synced) return `close ${client.closes[0]!.code}`
    const marker = `shape:probe-${Math.random().toString(36).slice(2)}`
    writeProbe(client, kind, marker)
    const seen = await waitFor(() => sawProbe(observer, kind, marker), { timeoutMs: WRITE_SEEN_MS }).catch(() => false)
    return seen ? 'writes' : 'read-only'
  } finally {
    client.destroy()
  }
}

/** The facilitator's own connection to `kind`, which observes what other connections write. */
export function connectObserver(server: TestServer, board: MatrixBoard, kind: DocKind): Promise<TestClient> {
  return connectSyncedClient(server.syncUrl, board.id, board.tokens.facilitator!, kind)
}
