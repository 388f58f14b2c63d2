import { join } from 'node:path'
import { CloseCode, type CreateBoardResponse } from '@cxmap/shared'
import type { Browser } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { connectClient, connectSyncedClient, type TestClient } from '../../test/clients.ts'
import { createLogCapture } from '../../test/logCapture.ts'
import { createBoardVia, createTempDir, createTestConfig, startTestServer } from '../../test/testServer.ts'
import { waitFor } from '../../test/waitFor.ts'
import { createApp, type AppDeps, type CxMapApp } from '../app.ts'
import type { Config } from '../config.ts'
import type { PrintJob, RenderedPdf } from '../pdf/renderPrintView.ts'
import { PrintViewError } from '../pdf/renderPrintView.ts'
import { openSqliteStore } from '../storage/sqlite.ts'
import type { BoardStore } from '../storage/types.ts'

const FAKE_PDF = new TextEncoder().encode('%PDF-1.7 fake')
const ORIGIN = 'http://127.0.0.1:4321'

let dir: Awaited<ReturnType<typeof createTempDir>>
let store: BoardStore
let apps: CxMapApp[]
let logs: ReturnType<typeof createLogCapture>

beforeEach(async () => {
  dir = await createTempDir()
  store = openSqliteStore(join(dir.path, 'cxmap.db'))
  apps = []
  logs = createLogCapture()
})

afterEach(async () => {
  vi.useRealTimers()
  for (const app of apps) await app.close()
  await store.close()
  await dir.remove()
})

/** An app whose PDF export finds a (fake) Chromium and prints with `render`. */
function buildApp(config: Partial<Config> = {}, render?: (job: PrintJob) => Promise<RenderedPdf>): CxMapApp {
  const fakeBrowser = { on: () => {}, version: () => 'fake', close: async () => {} } as unknown as Browser
  const pdfOverrides: AppDeps['pdfOverrides'] = render
    ? {
        search: {
          configuredPath: null,
          isExecutable: (path) => path === '/usr/bin/chromium',
          bundledPath: async () => null,
        },
        launch: async () => fakeBrowser,
        render: (_browser, job) => render(job),
      }
    : undefined
  const app = createApp({ config: createTestConfig(dir.path, config), store, logger: logs.logger, pdfOverrides })
  app.setListeningPort(4321)
  apps.push(app)
  return app
}

function get(app: CxMapApp, path: string, token?: string): Promise<Response> {
  return Promise.resolve(app.app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} }))
}

function readPrintToken(job: PrintJob): string {
  const token = new URL(job.url).hash.replace(/^#t=/, '')
  expect(token).toMatch(/^[\w-]{43}$/)
  return token
}

/** A render that waits until the test lets it finish. */
function createGatedRender() {
  const jobs: PrintJob[] = []
  const gates: Array<() => void> = []
  const render = (job: PrintJob) => {
    jobs.push(job)
    return new Promise<RenderedPdf>((resolve, reject) => {
      gates.push(() => resolve({ pdf: FAKE_PDF, passes: 1, sectionPages: null, readyMs: 5, printMs: 2 }))
      job.signal.addEventListener('abort', () => reject(job.signal.reason as Error))
    })
  }
  return { jobs, render, release: () => gates.splice(0).forEach((open) => open()) }
}

describe('GET /api/boards/:id/export.pdf', () => {
  it('answers 503 saying how to enable it when the server has no Chromium', async () => {
    const app = buildApp({ chromiumPath: '/nonexistent/chromium' })
    const board = await createBoardVia(app, 'Доставка', { locale: 'ru' })
    const response = await get(app, `/api/boards/${board.id}/export.pdf`, board.tokens.viewer)
    expect(response.status).toBe(503)
    const { error } = (await response.json()) as { error: { code: string; message: string } }
    expect(error.code).toBe('unavailable')
    expect(error.message).toMatch(
      /^PDF export needs Chromium: install it \(apt-get install chromium\) or set CHROMIUM_PATH/,
    )
    expect(error.message).toContain('CHROMIUM_PATH is set to "/nonexistent/chromium"')
    expect(error.message).toContain('print from the browser')
  })

  it('checks the token like every board route: 401 without, 403 for another board, 404 for no board', async () => {
    const app = buildApp({ chromiumPath: '/nonexistent/chromium' })
    const board = await createBoardVia(app)
    const other = await createBoardVia(app, 'Other')
    expect((await get(app, `/api/boards/${board.id}/export.pdf`)).status).toBe(401)
    expect((await get(app, `/api/boards/${board.id}/export.pdf`, other.tokens.facilitator)).status).toBe(403)
    expect((await get(app, `/api/boards/noSuchBoard/export.pdf`, board.tokens.viewer)).status).toBe(404)
    const byQuery = await get(app, `/api/boards/${board.id}/export.pdf?token=${board.tokens.editor}`)
    expect(byQuery.status).toBe(503)
  })

  it('refuses bad options with 400 and what is wrong, before any printing', async () => {
    const gated = createGatedRender()
    const app = buildApp({}, gated.render)
    const board = await createBoardVia(app)
    const cases: Array<[string, RegExp]> = [
      ['size=A5', /^Invalid export options: size: Invalid option/],
      ['orientation=sideways', /orientation: /],
      ['lang=de', /lang: /],
      ['sections=cover,gantt', /sections: unknown sections: gantt/],
      ['sections=', /sections: at least one section is needed/],
    ]
    for (const [query, message] of cases) {
      const response = await get(app, `/api/boards/${board.id}/export.pdf?${query}`, board.tokens.viewer)
      expect(response.status, query).toBe(400)
      const { error } = (await response.json()) as { error: { code: string; message: string } }
      expect(error.code).toBe('bad_request')
      expect(error.message).toMatch(message)
    }
    expect(gated.jobs).toHaveLength(0)
  })

  it('prints the print view with a print token that opens its own board, read-only, until the export ends', async () => {
    let duringExport: Record<string, number> = {}
    const app = buildApp({}, async (job) => {
      const token = readPrintToken(job)
      duringExport = {
        board: (await get(app, `/api/boards/${board.id}`, token)).status,
        journey: (await get(app, `/api/boards/${board.id}/journey.json`, token)).status,
        otherBoard: (await get(app, `/api/boards/${other.id}`, token)).status,
        rename: (
          await app.app.request(`/api/boards/${board.id}`, {
            method: 'PATCH',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ title: 'hijacked' }),
          })
        ).status,
      }
      const role = ((await (await get(app, `/api/boards/${board.id}`, token)).json()) as { role: string }).role
      expect(role).toBe('viewer')
      return { pdf: FAKE_PDF, passes: 2, sectionPages: { cover: 1 }, readyMs: 1200, printMs: 800 }
    })
    const board = await createBoardVia(app, 'Доставка: итоги', { locale: 'ru' })
    const other = await createBoardVia(app, 'Other')

    const response = await get(
      app,
      `/api/boards/${board.id}/export.pdf?size=A3&orientation=portrait&sections=roadmap,cover`,
      board.tokens.editor,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="dostavka-itogi.pdf"; filename*=UTF-8''${encodeURIComponent('доставка-итоги.pdf')}`,
    )
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(FAKE_PDF)
    expect(response.headers.get('server-timing')).toMatch(
      /^queue;dur=\d+, view;desc="print view ready";dur=1200, print;desc="print and number pages";dur=800$/,
    )
    expect(duringExport).toEqual({ board: 200, journey: 200, otherBoard: 403, rename: 403 })
    expect(app.printTokens.size).toBe(0)
  })

  it('opens the print view on the server’s loopback origin with the options, the board’s language by default', async () => {
    const gated = createGatedRender()
    const app = buildApp({}, gated.render)
    const board = await createBoardVia(app, 'Доставка', { locale: 'ru' })
    const response = get(app, `/api/boards/${board.id}/export.pdf?size=A3&sections=cover,contents`, board.tokens.viewer)
    await waitFor(() => gated.jobs.length === 1)
    const job = gated.jobs[0]!
    expect(job.origin).toBe(ORIGIN)
    expect(job.withContents).toBe(true)
    const url = new URL(job.url)
    expect(`${url.origin}${url.pathname}`).toBe(`${ORIGIN}/b/${board.id}/print`)
    expect(Object.fromEntries(url.searchParams)).toEqual({
      size: 'A3',
      orientation: 'landscape',
      lang: 'ru',
      sections: 'cover,contents',
    })
    const token = readPrintToken(job)
    expect((await get(app, `/api/boards/${board.id}`, token)).status).toBe(200)
    gated.release()
    expect((await response).status).toBe(200)
    expect((await get(app, `/api/boards/${board.id}`, token)).status).toBe(403)
  })

  it('accepts a print token only until it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const app = buildApp({ pdfTokenTtlMs: 120_000 })
    const board = await createBoardVia(app)
    const grant = app.printTokens.issue(board.id)
    expect((await get(app, `/api/boards/${board.id}`, grant.token)).status).toBe(200)
    vi.setSystemTime(Date.now() + 119_000)
    expect((await get(app, `/api/boards/${board.id}`, grant.token)).status).toBe(200)
    vi.setSystemTime(Date.now() + 1_000)
    expect((await get(app, `/api/boards/${board.id}`, grant.token)).status).toBe(403)
  })

  it('queues exports beyond PDF_CONCURRENCY and refuses one beyond PDF_QUEUE_LIMIT with 503', async () => {
    const gated = createGatedRender()
    const app = buildApp({ pdfConcurrency: 1, pdfQueueLimit: 1 }, gated.render)
    const board = await createBoardVia(app)
    const path = `/api/boards/${board.id}/export.pdf`
    const first = get(app, path, board.tokens.viewer)
    await waitFor(() => gated.jobs.length === 1)
    const second = get(app, path, board.tokens.viewer)
    await waitFor(async () =>
      (await (await app.app.request('/metrics')).text()).includes('cxmap_pdf_exports_waiting 1'),
    )
    const refused = await get(app, path, board.tokens.viewer)
    expect(refused.status).toBe(503)
    const { error } = (await refused.json()) as { error: { code: string; message: string } }
    expect(error).toEqual({
      code: 'unavailable',
      message: 'The server is busy with other PDF exports (1 waiting): try again in a minute.',
    })
    expect(gated.jobs).toHaveLength(1)
    gated.release()
    await waitFor(() => gated.jobs.length === 2)
    gated.release()
    expect((await first).status).toBe(200)
    expect((await second).status).toBe(200)
  })

  it('stops an export past PDF_TIMEOUT_MS with 503, closing its page and ending its print token', async () => {
    const gated = createGatedRender()
    const app = buildApp({ pdfTimeoutMs: 100 }, gated.render)
    const board = await createBoardVia(app)
    const response = await get(app, `/api/boards/${board.id}/export.pdf`, board.tokens.viewer)
    expect(response.status).toBe(503)
    const { error } = (await response.json()) as { error: { message: string } }
    expect(error.message).toMatch(/^Rendering the PDF took longer than 100 ms and was stopped/)
    expect(gated.jobs[0]?.signal.aborted).toBe(true)
    await waitFor(() => app.printTokens.size === 0)
  })

  it('answers 500 with the print view’s own error, and never reveals or logs the print token', async () => {
    let token = ''
    const app = buildApp({}, async (job) => {
      token = readPrintToken(job)
      if (job.url.includes('sections=cover')) throw new PrintViewError('the board has no journey grid')
      job.onPageError?.(`TypeError at ${job.url}`)
      throw new Error(`page.goto: net::ERR_CONNECTION_REFUSED at ${job.url}\nCall log: navigating to "${job.url}"`)
    })
    const board = await createBoardVia(app)
    const viewError = await get(app, `/api/boards/${board.id}/export.pdf?sections=cover`, board.tokens.viewer)
    expect(viewError.status).toBe(500)
    expect(((await viewError.json()) as { error: { message: string } }).error.message).toBe(
      'The print view cannot print: the board has no journey grid',
    )
    const crash = await get(app, `/api/boards/${board.id}/export.pdf?sections=board`, board.tokens.viewer)
    expect(crash.status).toBe(500)
    const message = ((await crash.json()) as { error: { message: string } }).error.message
    expect(message).toMatch(/^Rendering the PDF failed: page.goto: net::ERR_CONNECTION_REFUSED at http:\/\/127/)
    expect(token).not.toBe('')
    expect(message).not.toContain(token)
    expect(logs.text()).toContain('[print token]')
    expect(logs.text()).not.toContain(token)
    expect(logs.text()).toContain('"msg":"pdf export failed"')
  })
})

describe('the sync endpoint and print tokens', () => {
  let clients: TestClient[] = []
  afterEach(() => {
    for (const client of clients) client.destroy()
    clients = []
  })

  it('lets a print token sync its own board as a viewer, and nothing else', async () => {
    // A synthetic doc (`getMap`): the schema gate, tested in sync/gate/, would refuse it.
    const server = await startTestServer({ dataDir: dir.path, checkUpdates: false })
    try {
      const board: CreateBoardResponse = await createBoardVia(server.cxmap)
      const other = await createBoardVia(server.cxmap, 'Other')
      const editor = await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor)
      clients.push(editor)
      const grant = server.cxmap.printTokens.issue(board.id)
      const printer = await connectSyncedClient(server.syncUrl, board.id, grant.token)
      const control = await connectSyncedClient(server.syncUrl, board.id, grant.token, 'control')
      clients.push(printer, control)
      editor.doc.getMap('m').set('title', 'seen')
      await waitFor(() => printer.doc.getMap('m').get('title') === 'seen')
      printer.doc.getMap('m').set('printer', 'write')
      editor.doc.getMap('m').set('after', 'ok')
      await waitFor(() => printer.doc.getMap('m').get('after') === 'ok')
      expect(editor.doc.getMap('m').get('printer')).toBeUndefined()

      const elsewhere = connectClient(server.syncUrl, other.id, grant.token)
      grant.revoke()
      const revoked = connectClient(server.syncUrl, board.id, grant.token)
      clients.push(elsewhere, revoked)
      await waitFor(() => elsewhere.closes.length === 1 && revoked.closes.length === 1)
      expect(elsewhere.closes[0]?.code).toBe(CloseCode.forbidden)
      expect(revoked.closes[0]?.code).toBe(CloseCode.forbidden)
      expect(server.logs()).not.toContain(grant.token)
    } finally {
      for (const client of clients) client.destroy()
      clients = []
      await server.stop()
    }
  })
})
