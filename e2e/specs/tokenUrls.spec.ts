import { formatPrintQuery, type CreateBoardResponse } from '@cxmap/shared'
import { expect, test, type User } from '../support/fixtures.ts'
import { JourneyBoard, type CardShape } from '../support/pages/JourneyBoard.ts'
import { RoadmapView } from '../support/pages/RoadmapView.ts'

const PRINT_TIMEOUT_MS = 60_000

/** The page shows the board with no fragment in its address: the token left the address bar. */
async function expectBoardAddress(user: User, board: CreateBoardResponse, view = ''): Promise<void> {
  await expect(user.page).toHaveURL(new RegExp(`/b/${board.id}${view}$`))
}

/** The subprotocol the server selected on this page's board socket. */
function selectedProtocol(user: User): Promise<string | undefined> {
  return user.page.evaluate(() => (window.__cxmap!.provider as { ws?: WebSocket | null }).ws?.protocol)
}

/** Opens a 1-dot vote on barriers through the facilitator's cockpit. */
async function openVote(user: User): Promise<void> {
  await user.page.getByTestId('workshop-button').click()
  await user.page.getByTestId('vote-per-person').fill('1')
  await user.page.getByTestId('vote-open').click()
  await expect(user.page.getByTestId('vote-current')).toHaveAttribute('data-status', 'open')
  await user.page.keyboard.press('Escape')
}

/** Puts this person's dot on a card through its button and waits for the server's answer. */
async function voteFor(map: JourneyBoard, card: CardShape): Promise<void> {
  await map.centerOn({ x: card.x + card.props.w / 2, y: card.y + card.props.h / 2 }, 1)
  const element = map.cardElement(card.id)
  await element.getByTestId('card-vote-add').click()
  await expect(element.getByTestId('card-votes')).toHaveAttribute('data-mine', '1')
}

test('board links leave the address bar at once, and no URL the browser sends carries a token', async ({
  api,
  openUser,
  requestLog,
}) => {
  test.setTimeout(150_000)
  const board = await api.createBoard('Tokens out of URLs', { locale: 'en', template: 'base-cjm', withExample: true })
  const anna = await openUser({ name: 'Anna' })
  const boris = await openUser({ name: 'Boris' })
  await anna.openBoard(board.links.facilitator)
  await boris.openBoard(board.links.editor)
  for (const user of [anna, boris]) {
    await user.board.waitConnected()
    await expectBoardAddress(user, board)
    expect(await selectedProtocol(user), 'the server selects cxmap-sync, never the token').toBe('cxmap-sync')
  }

  // A reload of the bare address keeps the board open with this tab's token.
  await anna.board.reload()
  await anna.board.waitConnected()
  await expectBoardAddress(anna, board)
  expect(await anna.board.role()).toBe('facilitator')

  // The roadmap and back: no token comes back into the address.
  const roadmap = new RoadmapView(anna.page)
  await roadmap.open()
  await expectBoardAddress(anna, board, '/roadmap')
  await anna.page.getByTestId('view-canvas').click()
  await expectBoardAddress(anna, board)
  await anna.board.waitConnected()

  // A vote: its calls carry the token in a header only.
  await openVote(anna)
  const map = new JourneyBoard(boris.board)
  const barrier = (await map.cards()).find((card) => card.props.kind === 'barrier')
  expect(barrier, 'the example has a barrier').toBeTruthy()
  await voteFor(map, barrier!)

  // A bookmark of the bare address opens the board in a browser that knows it, and explains itself in one that does not.
  const bookmark = await anna.context.newPage()
  await bookmark.goto(`/b/${board.id}`)
  await bookmark.waitForFunction(() => window.__cxmap?.provider.synced === true)
  expect(await bookmark.evaluate(() => window.__cxmap!.role)).toBe('facilitator')
  await bookmark.close()
  const stranger = await openUser({ name: 'Stranger' })
  await stranger.page.goto(`/b/${board.id}`)
  await expect(stranger.page.getByTestId('board-error')).toContainText('No access key for this board')

  // The print view (the PDF dialog's "Open print view") takes its token from the fragment the same way.
  const print = await anna.context.newPage()
  const query = formatPrintQuery({ size: 'A4', orientation: 'landscape', lang: 'en', sections: ['board'] })
  await print.goto(`/b/${board.id}/print?${query}#t=${board.tokens.facilitator}`)
  await print.waitForFunction(
    () => (window as { __cxmapPrint?: { ready: boolean } }).__cxmapPrint?.ready === true,
    undefined,
    { timeout: PRINT_TIMEOUT_MS },
  )
  expect(new URL(print.url()).hash).toBe('')
  await print.close()

  const sent = [...requestLog.urls].map((url) => url.replace(/#.*$/, ''))
  const socketUrls = sent.filter((url) => url.startsWith('ws'))
  expect(socketUrls.map((url) => new URL(url).pathname).sort(), 'both sockets recorded').toEqual([
    `/sync/${board.id}`,
    `/sync/${board.id}/control`,
  ])
  expect(
    sent.some((url) => url.includes('/votes/')),
    'vote calls recorded',
  ).toBe(true)
  for (const token of Object.values(board.tokens)) {
    expect(sent.filter((url) => url.includes(token) || url.includes(encodeURIComponent(token)))).toEqual([])
  }
})
