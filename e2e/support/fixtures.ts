import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { BoardsApi } from './api.ts'
import { enableTestHooks, TEST_HOOKS_KEY } from './hook.ts'
import { openNetworkLink, type NetworkLink } from './networkLink.ts'
import { BoardPage } from './pages/BoardPage.ts'
import { HomePage } from './pages/HomePage.ts'
import { IdentityDialog, type Identity } from './pages/IdentityDialog.ts'
import { paths } from './paths.ts'
import { RequestLog } from './requestLog.ts'
import { startAppServer, type AppServer } from './server.ts'

/** One person at the board: a browser context of their own with one page. */
export class User {
  readonly board: BoardPage
  readonly home: HomePage
  readonly identityDialog: IdentityDialog
  /** Console errors and warnings and uncaught page errors seen in this user's page, attached to the report. */
  readonly consoleProblems: string[] = []
  private readonly identifiedOrigins = new Set<string>()
  private isAnsweringIdentity = false

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly identity: Identity,
    /** Present when the user was opened `throughNetworkLink`: their connection can be cut. */
    readonly network: NetworkLink | undefined,
  ) {
    this.board = new BoardPage(page)
    this.home = new HomePage(page)
    this.identityDialog = new IdentityDialog(page)
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        this.consoleProblems.push(`${message.type()}: ${message.text()}`)
      }
    })
    page.on('pageerror', (error) => this.consoleProblems.push(`pageerror: ${error.stack ?? error.message}`))
  }

  /** Opens the home page; from then on the identity dialog is answered whenever it gets in the way of an action. */
  async openHome(): Promise<HomePage> {
    if (!this.isAnsweringIdentity) {
      this.isAnsweringIdentity = true
      await this.page.addLocatorHandler(this.identityDialog.root, async () => {
        await this.identityDialog.complete(this.identity)
        this.identifiedOrigins.add(new URL(this.page.url()).origin)
      })
    }
    await this.home.goto()
    return this.home
  }

  /**
   * Opens a board link (through this user's network link if any). On the first visit of an origin the identity
   * dialog must come up, and is answered.
   */
  async openBoard(link: string): Promise<BoardPage> {
    if (this.isAnsweringIdentity) {
      // The handler would fire in the middle of our own answering below.
      await this.page.removeLocatorHandler(this.identityDialog.root)
      this.isAnsweringIdentity = false
    }
    const url = this.network ? this.network.rewrite(link) : link
    await this.page.goto(url)
    const origin = new URL(url).origin
    if (!this.identifiedOrigins.has(origin)) {
      await this.identityDialog.complete(this.identity)
      this.identifiedOrigins.add(origin)
    }
    await this.board.waitForHook()
    return this.board
  }

  /** Takes this user off the network: the browser goes offline and their open sockets die. */
  async goOffline(): Promise<void> {
    this.requireNetwork().setState('down')
    await this.context.setOffline(true)
  }

  async goOnline(): Promise<void> {
    await this.context.setOffline(false)
    this.requireNetwork().setState('up')
  }

  /** Pages still load but the sync socket cannot connect (see {@link NetworkLink}). */
  async cutSync(): Promise<void> {
    await this.context.setOffline(false)
    this.requireNetwork().setState('syncDown')
  }

  private requireNetwork(): NetworkLink {
    if (!this.network) throw new Error(`${this.identity.name} was not opened throughNetworkLink`)
    return this.network
  }
}

export interface OpenUserOptions {
  name: string
  department?: string
  colorIndex?: number
  /** Route this user through a {@link NetworkLink} so the test can take them offline for real. */
  throughNetworkLink?: boolean
}

interface WorkerFixtures {
  /** The real server, one per worker, on a free port with a fresh data directory. */
  appServer: AppServer
}

interface TestFixtures {
  api: BoardsApi
  /** Opens a new user (context + page) on the app; closed after the test. Use it, not `browser.newContext()`. */
  openUser: (options: OpenUserOptions) => Promise<User>
  /** Every URL any page of the test requested; the test fails if one leaves this machine. Automatic. */
  requestLog: RequestLog
}

const SERVER_LOG_TAIL_CHARS = 20_000

async function createUserContext(browser: Browser, baseURL: string, log: RequestLog): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } })
  log.attach(context)
  await context.addInitScript(enableTestHooks, TEST_HOOKS_KEY)
  return context
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  appServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
    async ({}, use, workerInfo) => {
      const server = await startAppServer({
        logFile: path.join(paths.artifacts, `server-worker${workerInfo.workerIndex}.log`),
      })
      await use(server)
      await server.stop()
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  baseURL: async ({ appServer }, use) => {
    await use(appServer.url)
  },

  requestLog: [
    async ({ appServer }, use, testInfo) => {
      const log = new RequestLog()
      await use(log)
      const failed = testInfo.status !== testInfo.expectedStatus
      if (failed) {
        const serverLog = await readFile(appServer.logFile, 'utf8').catch(() => '')
        await testInfo.attach('server.log (tail)', { body: serverLog.slice(-SERVER_LOG_TAIL_CHARS) })
      }
      await testInfo.attach('requested-urls.txt', { body: [...log.urls].sort().join('\n') })
      expect(log.remoteUrls(), 'every request must stay on this machine').toEqual([])
    },
    { auto: true },
  ],

  context: async ({ context, requestLog }, use) => {
    requestLog.attach(context)
    await context.addInitScript(enableTestHooks, TEST_HOOKS_KEY)
    await use(context)
  },

  api: async ({ request }, use) => {
    await use(new BoardsApi(request))
  },

  openUser: async ({ browser, appServer, requestLog }, use, testInfo) => {
    const users: User[] = []
    await use(async (options) => {
      const network = options.throughNetworkLink ? await openNetworkLink(appServer.url) : undefined
      const context = await createUserContext(browser, network?.origin ?? appServer.url, requestLog)
      const identity: Identity = {
        name: options.name,
        department: options.department ?? 'Marketing',
        colorIndex: options.colorIndex ?? users.length,
      }
      const user = new User(context, await context.newPage(), identity, network)
      users.push(user)
      return user
    })
    for (const user of users) {
      if (user.consoleProblems.length === 0) continue
      await testInfo.attach(`console-${user.identity.name}.txt`, { body: user.consoleProblems.join('\n') })
    }
    for (const user of users) {
      await user.context.close()
      await user.network?.close()
    }
  },
})

export { expect }
