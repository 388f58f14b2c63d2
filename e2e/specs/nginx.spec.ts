import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  buildSyncProtocols,
  createBoardResponseSchema,
  DocNames,
  formatPrintQuery,
  MetaKeys,
  parseBoardLink,
  type CreateBoardResponse,
} from '@cxmap/shared'
import { expect, request as requestContexts, test, type APIRequestContext } from '@playwright/test'
import { WebSocket, type ClientOptions } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { User } from '../support/fixtures.ts'
import { enableTestHooks, TEST_HOOKS_KEY } from '../support/hook.ts'
import { createTestCertificate, findExecutable, findNginx, startNginx, type RunningNginx } from '../support/nginx.ts'
import { paths } from '../support/paths.ts'
import { compact, readPdf } from '../support/pdf.ts'
import { startAppServer, type AppServer } from '../support/server.ts'

const nginxBinary = findNginx()
const openssl = findExecutable('openssl')
const missingTools = [nginxBinary ? null : 'nginx', openssl ? null : 'openssl'].filter(Boolean).join(' and ')
const isCI = !!process.env.CI

const BOARD_TITLE = `Behind nginx ${Date.now().toString(36)}`
// The board title: a meta value the server's update gate accepts from an editor (an unknown key it refuses).
const META_KEY = MetaKeys.title
const PDF_TIMEOUT_MS = 90_000

/** A y-websocket client in this process, connected through nginx over TLS. */
interface SyncClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/** `ws` trusting the throwaway certificate, in the shape y-websocket's `WebSocketPolyfill` is called with. */
function createTrustingWebSocket(ca: string): typeof globalThis.WebSocket {
  const options: ClientOptions = { ca }
  class TrustingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, options)
    }
  }
  return TrustingWebSocket as unknown as typeof globalThis.WebSocket
}

function connectSyncClient(
  syncUrl: string,
  boardId: string,
  WebSocketPolyfill: typeof globalThis.WebSocket,
  auth: { protocols: string[] } | { params: { token: string } },
): SyncClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, boardId, doc, { disableBc: true, WebSocketPolyfill, ...auth })
  return {
    doc,
    provider,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

function readMeta(doc: Y.Doc): unknown {
  return doc.getMap(DocNames.meta).get(META_KEY)
}

test.describe('behind nginx with docs/deploy/nginx.conf (skipped without nginx or openssl, failing with CI=true)', () => {
  test.describe.configure({ mode: 'serial' })
  test.skip(!isCI && missingTools !== '', `${missingTools} not installed (CI installs them and runs this)`)

  let dir = ''
  let dataDir = ''
  let app: AppServer | undefined
  let nginx: RunningNginx | undefined
  let api: APIRequestContext
  let board: CreateBoardResponse
  let tokens: { facilitator: string; editor: string; viewer: string }
  let editorClient: SyncClient
  let queryTokenClient: SyncClient
  let browserUser: User | undefined
  let ca = ''
  let syncUrl = ''

  const startApp = (port = 0) =>
    startAppServer({
      logFile: path.join(paths.artifacts, `nginx-app-${port === 0 ? 'first' : 'restarted'}.log`),
      env: { TRUST_PROXY: 'true', DATA_DIR: dataDir, PORT: String(port) },
    })

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    if (!nginxBinary || !openssl) throw new Error(`CI=true: ${missingTools} must be installed for this test`)
    dir = await mkdtemp(path.join(tmpdir(), 'cxmap-nginx-'))
    dataDir = path.join(dir, 'data')
    app = await startApp()
    const certificate = await createTestCertificate(openssl, dir)
    nginx = await startNginx({ nginx: nginxBinary, dir: path.join(dir, 'nginx'), upstreamPort: app.port, certificate })
    api = await requestContexts.newContext({ baseURL: nginx.httpsOrigin, ignoreHTTPSErrors: true })

    const response = await api.post('/api/boards', { data: { title: BOARD_TITLE } })
    expect(response.status(), await response.text()).toBe(201)
    board = createBoardResponseSchema.parse(await response.json())
    const tokenOf = (link: string) => parseBoardLink(link)?.token ?? ''
    tokens = {
      facilitator: tokenOf(board.links.facilitator),
      editor: tokenOf(board.links.editor),
      viewer: tokenOf(board.links.viewer),
    }
    ca = await readFile(certificate.cert, 'utf8')
    const WebSocketPolyfill = createTrustingWebSocket(ca)
    syncUrl = `${nginx.httpsOrigin.replace(/^https/, 'wss')}/sync`
    // As the app's client does it (token in a subprotocol), and as a plain API client may (token in ?token=).
    editorClient = connectSyncClient(syncUrl, board.id, WebSocketPolyfill, {
      protocols: buildSyncProtocols(tokens.editor),
    })
    queryTokenClient = connectSyncClient(syncUrl, board.id, WebSocketPolyfill, { params: { token: tokens.viewer } })
  })

  test.afterAll(async () => {
    editorClient?.destroy()
    queryTokenClient?.destroy()
    await browserUser?.context.close()
    await api?.dispose()
    await nginx?.stop()
    await app?.stop()
    if (dir && !process.env.CXMAP_E2E_KEEP_DATA) await rm(dir, { recursive: true, force: true })
  })

  test('links handed out through nginx carry the public origin with its port; HSTS over https only', async () => {
    const origin = nginx!.httpsOrigin
    expect(origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    for (const link of Object.values(board.links))
      expect(link.startsWith(`${origin}/b/${board.id}#t=`), link).toBe(true)
    const read = await api.get(`/api/boards/${board.id}`, { headers: { authorization: `Bearer ${tokens.editor}` } })
    expect(read.status()).toBe(200)
    expect(((await read.json()) as { links: Record<string, string> }).links.editor).toBe(board.links.editor)

    const overHttps = await api.get('/api/time')
    expect(overHttps.headers()['strict-transport-security']).toMatch(/^max-age=\d+/)
    // Plain http to nginx is only a redirect, and the app itself over plain http sends no HSTS.
    const redirect = await api.get(`${nginx!.httpOrigin}/api/time`, { maxRedirects: 0 })
    expect(redirect.status()).toBe(301)
    expect(redirect.headers()['location']).toMatch(/^https:\/\/127\.0\.0\.1(:\d+)?\/api\/time$/)
    expect(redirect.headers()['strict-transport-security']).toBeUndefined()
    const direct = await api.get(`${app!.url}/api/time`)
    expect(direct.headers()['strict-transport-security']).toBeUndefined()
  })

  test('two y-websocket clients sync through nginx: token in a subprotocol, and in ?token=', async () => {
    await expect.poll(() => editorClient.provider.synced && queryTokenClient.provider.synced).toBe(true)
    editorClient.doc.getMap(DocNames.meta).set(META_KEY, 'before restart')
    await expect.poll(() => readMeta(queryTokenClient.doc)).toBe('before restart')
  })

  test('a browser opens the board through nginx and draws; the y-websocket clients see the drawing', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      baseURL: nginx!.httpsOrigin,
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
    })
    await context.addInitScript(enableTestHooks, TEST_HOOKS_KEY)
    const identity = { name: 'Nadia', department: 'Marketing', colorIndex: 0 }
    browserUser = new User(context, await context.newPage(), identity, undefined)
    const { board: page } = browserUser
    await browserUser.openBoard(board.links.facilitator)
    await page.waitConnected()
    await expect
      .poll(() => browserUser!.page.evaluate((key) => window.__cxmap!.doc.getMap('meta').get(key), META_KEY))
      .toBe('before restart')

    const before = await page.shapeIds()
    await page.drawRectangleWithMouse({ x: 200, y: 200 }, { x: 360, y: 300 })
    await expect.poll(async () => (await page.shapeIds()).length).toBe(before.length + 1)
    const drawn = (await page.shapeIds()).find((id) => !before.includes(id))!
    const records = (client: SyncClient) => client.doc.getMap(DocNames.records)
    await expect.poll(() => records(editorClient).has(drawn) && records(queryTokenClient).has(drawn)).toBe(true)
  })

  test('the PDF export works through nginx', async () => {
    test.setTimeout(PDF_TIMEOUT_MS + 30_000)
    const query = formatPrintQuery({ size: 'A4', orientation: 'landscape', lang: 'en', sections: ['cover', 'board'] })
    const response = await api.get(`/api/boards/${board.id}/export.pdf?${query}`, {
      headers: { authorization: `Bearer ${tokens.viewer}` },
      timeout: PDF_TIMEOUT_MS,
    })
    expect(response.status(), await response.text().catch(() => '')).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/)
    const pages = await readPdf(await response.body())
    expect(pages.length).toBeGreaterThan(0)
    expect(pages.some((page) => compact(page.text).includes(compact(BOARD_TITLE)))).toBe(true)
  })

  test('while the app restarts behind nginx, clients reconnect and sync; nginx logs no board token', async () => {
    test.setTimeout(120_000)
    const port = app!.port
    await app!.stop()
    app = undefined
    // Requests that fail at nginx while the app is down: the cases whose request line error.log writes.
    const bearer = { authorization: `Bearer ${tokens.editor}` }
    expect((await api.get(`/api/boards/${board.id}`, { headers: bearer })).status()).toBe(502)
    expect((await api.get(`/api/boards/${board.id}/journey.json?token=${tokens.facilitator}`)).status()).toBe(502)
    const errorLog = async () => (await nginx!.readLogs())['cxmap.error.log'] ?? ''
    // Every client keeps retrying the sync socket meanwhile.
    await expect.poll(errorLog).toMatch(new RegExp(`connect\\(\\) failed .*request: "GET /sync/${board.id} HTTP/1.1"`))

    app = await startApp(port)
    await expect.poll(() => editorClient.provider.synced && queryTokenClient.provider.synced).toBe(true)
    await browserUser!.board.waitConnected()
    editorClient.doc.getMap(DocNames.meta).set(META_KEY, 'after restart')
    await expect.poll(() => readMeta(queryTokenClient.doc)).toBe('after restart')
    await expect
      .poll(() => browserUser!.page.evaluate((key) => window.__cxmap!.doc.getMap('meta').get(key), META_KEY))
      .toBe('after restart')

    const logs = await nginx!.readLogs()
    await test.info().attach('nginx-logs.txt', {
      body: Object.entries(logs)
        .map(([file, text]) => `==> ${file} <==\n${text}`)
        .join('\n'),
    })
    // The logs saw all of it: the API, the sockets, the PDF, the failed requests.
    const accessLog = logs['cxmap.access.log'] ?? ''
    expect(accessLog).toContain(`"GET /sync/${board.id} HTTP/1.1" 101`)
    expect(accessLog).toContain(`"GET /api/boards/${board.id}/export.pdf HTTP/1.1" 200`)
    expect(accessLog).toContain(`"GET /api/boards/${board.id}/journey.json HTTP/1.1" 502`)
    expect(logs['cxmap.error.log']).toContain(`request: "GET /api/boards/${board.id} HTTP/1.1"`)
    for (const [file, text] of Object.entries(logs)) {
      for (const [role, token] of Object.entries(tokens)) expect(text, `${role} token in ${file}`).not.toContain(token)
      expect(text, `a token parameter in ${file}`).not.toContain('token=')
    }
  })

  test('a client opening sync sockets in a loop is turned away by nginx (429) after a burst', async () => {
    test.setTimeout(120_000)
    const statuses: number[] = []
    // The zone's burst (400) passes, then nginx answers 429 before the app sees the request.
    for (let i = 0; i < 700 && !statuses.includes(429); i++) statuses.push(await openAndClose())
    const opened = statuses.filter((status) => status === 101).length
    expect(opened).toBeGreaterThanOrEqual(400)
    expect(statuses.at(-1)).toBe(429)
    expect((await nginx!.readLogs())['cxmap.access.log']).toContain(`"GET /sync/${board.id} HTTP/1.1" 429`)

    /** One sync socket with the viewer token: 101 (opened, then closed at once) or the HTTP status nginx answered. */
    function openAndClose(): Promise<number> {
      return new Promise((resolve, reject) => {
        const socket = new WebSocket(`${syncUrl}/${board.id}`, buildSyncProtocols(tokens.viewer), { ca })
        socket.once('open', () => {
          socket.terminate()
          resolve(101)
        })
        socket.once('unexpected-response', (request, response) => {
          request.destroy()
          resolve(response.statusCode ?? 0)
        })
        socket.once('error', reject)
      })
    }
  })
})
