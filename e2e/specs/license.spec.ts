import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.ts'
import { expect, test } from '../support/fixtures.ts'
import { createTestCertificate, findExecutable } from '../support/nginx.ts'
import { IdentityDialog } from '../support/pages/IdentityDialog.ts'
import { paths } from '../support/paths.ts'
import { startTlsPipe, type TlsPipe } from '../support/tlsPipe.ts'

// tldraw treats a page served over https from a host other than localhost as production, where it needs a license
// key. The app must say so instead of drawing a canvas that tldraw hides after 5 s (and must not let tldraw report
// the page's address): a browser that resolves a made-up name to loopback opens the board over TLS without a key.
const HOST = 'cx.example.test'

let pipe: TlsPipe
let browser: Browser
let certDir: string

test.beforeAll(async ({ appServer }) => {
  const openssl = findExecutable('openssl')
  test.skip(!openssl && !process.env.CI, 'openssl is needed for the TLS certificate')
  if (!openssl) throw new Error('openssl is missing (CI installs it: .ci/run)')
  certDir = await mkdtemp(path.join(tmpdir(), 'cxmap-license-'))
  const files = await createTestCertificate(openssl, certDir)
  const [cert, key] = await Promise.all([readFile(files.cert, 'utf8'), readFile(files.key, 'utf8')])
  pipe = await startTlsPipe({ cert, key, targetPort: appServer.port })
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  })
})

test.afterAll(async () => {
  await browser?.close()
  await pipe?.close()
  if (certDir) await rm(certDir, { recursive: true, force: true })
})

test('without a tldraw key on an https host the board says what to set, and the roadmap and PDF still work', async ({
  api,
}) => {
  const board = await api.createBoard('Путь клиента банка', { locale: 'ru', template: 'base-cjm' })
  const origin = `https://${HOST}:${pipe.port}`
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 720 } })
  const urls = new Set<string>()
  context.on('request', (request) => urls.add(request.url()))
  const page = await context.newPage()
  page.on('websocket', (socket) => urls.add(socket.url()))
  try {
    await page.goto(`${origin}/b/${board.id}#t=${board.tokens.editor}`)
    await new IdentityDialog(page).complete({ name: 'Анна', department: 'Маркетинг', colorIndex: 0 })
    const notice = page.getByTestId('license-notice')
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('TLDRAW_LICENSE_KEY')
    await expect(notice).toContainText('нужен лицензионный ключ tldraw')
    // tldraw is never mounted, so nothing starts its 5 s countdown and nothing reports the page's address.
    await expect(page.locator('.tl-container')).toHaveCount(0)
    await page.screenshot({ path: path.join(paths.artifacts, 'license-notice-ru.png') })

    await notice.getByRole('button', { name: 'Открыть дорожную карту' }).click()
    await expect(page.getByTestId('roadmap-page')).toBeVisible()

    // Asked by the page itself (the made-up name resolves only inside this browser); the server prints over loopback.
    const pdf = await page.evaluate(
      async ({ boardId, token }) => {
        const response = await fetch(`/api/boards/${boardId}/export.pdf?lang=ru`, {
          headers: { authorization: `Bearer ${token}` },
        })
        const head = new Uint8Array(await response.arrayBuffer()).subarray(0, 5)
        return { status: response.status, head: String.fromCharCode(...head) }
      },
      { boardId: board.id, token: board.tokens.editor },
    )
    expect(pdf).toEqual({ status: 200, head: '%PDF-' })

    const elsewhere = [...urls].filter((url) => !['data:', 'blob:'].includes(new URL(url).protocol))
    expect(elsewhere.filter((url) => new URL(url).hostname !== HOST)).toEqual([])
  } finally {
    await context.close()
  }
})
