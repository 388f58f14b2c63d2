import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { getTemplateTexts } from '@cxmap/shared'
import { expect, request as requestContexts, test, type Browser } from '@playwright/test'
import { BoardsApi } from '../support/api.ts'
import { findMissingClusterTools, startAppCluster, type AppCluster } from '../support/cluster.ts'
import { User } from '../support/fixtures.ts'
import { enableTestHooks, TEST_HOOKS_KEY } from '../support/hook.ts'
import { chooseOption, type Identity } from '../support/pages/IdentityDialog.ts'
import { JourneyBoard } from '../support/pages/JourneyBoard.ts'
import { paths } from '../support/paths.ts'

// Two people on one board, each pinned to another server instance (another origin), the instances sharing one
// PostgreSQL and one Redis: what a load balancer without sticky routing does to a workshop.

const isCI = !!process.env.CI
const missingTools = findMissingClusterTools()
const RU = getTemplateTexts('ru')
const BARRIERS = RU.lanes.barriers.title
const SERVER_LOG_TAIL_CHARS = 20_000

/** A user whose browser context talks to `origin` only. */
async function openUserOn(browser: Browser, origin: string, identity: Identity): Promise<User> {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 720 } })
  await context.addInitScript(enableTestHooks, TEST_HOOKS_KEY)
  return new User(context, await context.newPage(), identity, undefined)
}

/** The same board link on another instance. */
function onOrigin(link: string, origin: string): string {
  const url = new URL(link)
  return `${origin}${url.pathname}${url.search}${url.hash}`
}

test.describe('two instances on one PostgreSQL and Redis (skipped without them, failing with CI=true)', () => {
  test.skip(!isCI && missingTools !== '', `${missingTools} not installed (CI installs them and runs this)`)
  let cluster: AppCluster | undefined
  const users: User[] = []

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    cluster = await startAppCluster(2, 'two-instances')
  })

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status === testInfo.expectedStatus) return
    for (const [i, server] of (cluster?.servers ?? []).entries()) {
      const log = await readFile(server.logFile, 'utf8').catch(() => '')
      await testInfo.attach(`instance${i}.log (tail)`, { body: log.slice(-SERVER_LOG_TAIL_CHARS) })
    }
  })

  test.afterAll(async () => {
    for (const user of users) await user.context.close()
    await cluster?.stop()
  })

  test('people on different instances edit one Russian board and see each other’s cards and cursors', async ({
    browser,
  }) => {
    test.setTimeout(150_000)
    const [first, second] = cluster!.servers
    const api = await requestContexts.newContext({ baseURL: first!.url })
    const board = await new BoardsApi(api).createBoard('Воркшоп: два сервера', { locale: 'ru', template: 'base-cjm' })
    await api.dispose()
    const anna = await openUserOn(browser, first!.url, { name: 'Анна', department: 'Маркетинг', colorIndex: 0 })
    const boris = await openUserOn(browser, second!.url, { name: 'Борис', department: 'Продажи', colorIndex: 1 })
    users.push(anna, boris)
    for (const [user, origin] of [
      [anna, first!.url],
      [boris, second!.url],
    ] as const) {
      await user.openBoard(onOrigin(board.links.editor, origin))
      await user.board.waitConnected()
      await chooseOption(user.board.localeSwitch, 'ru')
      expect(new URL(user.page.url()).origin).toBe(origin)
    }

    // Each writes a barrier in another stage, at the same time.
    const maps = [new JourneyBoard(anna.board), new JourneyBoard(boris.board)] as const
    const grid = await maps[0].onlyGrid()
    const lane = grid.props.lanes.findIndex((candidate) => candidate.title === BARRIERS)
    const texts = ['Анна: не нашла тариф на сайте', 'Борис: долго ждал ответа в чате']
    const cardIds = await Promise.all(
      maps.map(async (map, stage) => {
        await map.doubleClickCell(grid, stage, lane)
        const card = await map.waitForNewCard([])
        await map.typeIntoEditedCard(card.id, texts[stage]!)
        return card.id
      }),
    )
    for (const [who, map] of [
      ['Анна', maps[0]],
      ['Борис', maps[1]],
    ] as const) {
      for (const [i, id] of cardIds.entries()) {
        await expect.poll(() => map.card(id), `${who} sees card ${i + 1}`).toMatchObject({ props: { text: texts[i] } })
      }
    }

    // Cursors cross instances through Redis too.
    await Promise.all(maps.map((map) => map.showWholeGrid(grid)))
    await anna.board.hoverCanvas([
      { x: 500, y: 330 },
      { x: 540, y: 350 },
    ])
    await boris.board.hoverCanvas([
      { x: 760, y: 420 },
      { x: 800, y: 440 },
    ])
    await expect(boris.board.collaboratorCursor('Анна')).toBeVisible()
    await expect(anna.board.collaboratorCursor('Борис')).toBeVisible()

    const dir = path.join(paths.artifacts, 'two-instances')
    await mkdir(dir, { recursive: true })
    await anna.page.screenshot({ path: path.join(dir, 'anna-on-instance-a.png') })
    await boris.page.screenshot({ path: path.join(dir, 'boris-on-instance-b.png') })
  })
})
