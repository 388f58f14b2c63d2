import { expect, test, type User } from '../support/fixtures.ts'
import { cardCell, JourneyBoard, type CardShape, type GridShape } from '../support/pages/JourneyBoard.ts'
import { expectNever } from '../support/poll.ts'

/** Opens the facilitator's cockpit (a popover in the top bar). */
async function openCockpit(user: User): Promise<void> {
  const panel = user.page.getByTestId('workshop-panel')
  if (await panel.isVisible()) return
  await user.page.getByTestId('workshop-button').click()
  await expect(panel).toBeVisible()
}

/** A card's dots as a person sees them, brought to the middle of their screen at 100 %. */
async function cardVotes(map: JourneyBoard, card: CardShape) {
  await map.centerOn({ x: card.x + card.props.w / 2, y: card.y + card.props.h / 2 }, 1)
  const element = map.cardElement(card.id)
  await expect(element).toBeVisible()
  return {
    add: element.getByTestId('card-vote-add'),
    back: element.getByTestId('card-vote-back'),
    count: element.getByTestId('card-vote-count'),
    votes: element.getByTestId('card-votes'),
  }
}

/** Votes through the card's button and waits for the server's answer to show. */
async function voteFor(map: JourneyBoard, card: CardShape, expectedMine: number): Promise<void> {
  const { add, votes } = await cardVotes(map, card)
  await add.click()
  await expect(votes).toHaveAttribute('data-mine', String(expectedMine))
}

/** The heat each cell of the grid should have: its barriers' severities plus the dots on its cards. */
function expectedHeat(grid: GridShape, cards: CardShape[], counts: Record<string, number>): number[][] {
  const heat = grid.props.lanes.map(() => grid.props.stages.map(() => 0))
  for (const card of cards) {
    const cell = cardCell(grid, card)
    if (!cell) continue
    const lane = grid.props.lanes.findIndex((l) => l.id === cell.laneId)
    const stage = grid.props.stages.findIndex((s) => s.id === cell.stageId)
    const severity = card.props.kind === 'barrier' ? card.props.severity : 0
    heat[lane]![stage]! += severity + (counts[card.id] ?? 0)
  }
  return heat
}

test('dot voting: 2 votes per person on barriers, hidden until the close, the limit held by the server', async ({
  api,
  openUser,
}) => {
  test.setTimeout(150_000)
  const board = await api.createBoard('Голосование', { locale: 'ru', template: 'base-cjm', withExample: true })
  const anna = await openUser({ name: 'Анна', department: 'CX' })
  const boris = await openUser({ name: 'Борис', department: 'Продажи' })
  const vera = await openUser({ name: 'Вера', department: 'ИТ' })
  await anna.openBoard(board.links.facilitator)
  await boris.openBoard(board.links.editor)
  await vera.openBoard(board.links.editor)
  for (const user of [anna, boris, vera]) await user.board.waitConnected()
  const maps = {
    anna: new JourneyBoard(anna.board),
    boris: new JourneyBoard(boris.board),
    vera: new JourneyBoard(vera.board),
  }
  const grid = await maps.boris.onlyGrid()
  const cards = await maps.boris.cards()
  // The first barrier is in the hottest cell, so its dots must raise the heat map's top.
  const withoutVotes = expectedHeat(grid, cards, {})
  const heatOf = (card: CardShape) => {
    const cell = cardCell(grid, card)
    const lane = grid.props.lanes.findIndex((l) => l.id === cell?.laneId)
    const stage = grid.props.stages.findIndex((s) => s.id === cell?.stageId)
    return withoutVotes[lane]?.[stage] ?? -1
  }
  const barriers = cards
    .filter((card) => card.props.kind === 'barrier')
    .sort((a, b) => heatOf(b) - heatOf(a) || a.x - b.x || a.y - b.y)
  expect(barriers.length, 'the example has three barriers or more').toBeGreaterThanOrEqual(3)
  const [first, second, third] = barriers as [CardShape, CardShape, CardShape]
  const other = cards.find((card) => card.props.kind !== 'barrier')!

  // The facilitator opens a vote: 2 per person, barriers only, results hidden until the close.
  await openCockpit(anna)
  await anna.page.getByTestId('vote-per-person').fill('2')
  await expect(anna.page.getByTestId('vote-kind-barrier')).toBeChecked()
  await expect(anna.page.getByTestId('vote-kind-idea')).not.toBeChecked()
  await expect(anna.page.getByTestId('vote-hide-results')).toBeChecked()
  await anna.page.getByTestId('vote-open').click()
  await expect(anna.page.getByTestId('vote-current')).toHaveAttribute('data-status', 'open')
  await anna.page.keyboard.press('Escape')
  for (const user of [boris, vera]) {
    await expect(user.page.getByTestId('vote-bar')).toHaveAttribute('data-remaining', '2')
  }
  const voteId = await boris.page.getByTestId('vote-bar').getAttribute('data-vote-id')
  expect(voteId).toBeTruthy()
  // Only barriers can be voted on.
  await expect((await cardVotes(maps.boris, other)).add).toHaveCount(0)

  // B votes twice through the UI; the third is refused, with a message.
  await voteFor(maps.boris, first, 1)
  await voteFor(maps.boris, second, 1)
  await expect(boris.page.getByTestId('vote-bar')).toHaveAttribute('data-remaining', '0')
  const thirdVotes = await cardVotes(maps.boris, third)
  await thirdVotes.add.click()
  await expect(boris.page.getByTestId('vote-notice')).toContainText(/2 (of|из) 2/)
  await expect(thirdVotes.votes).toHaveAttribute('data-mine', '0')

  // B takes one back and votes on another card.
  await (await cardVotes(maps.boris, second)).back.click()
  await expect((await cardVotes(maps.boris, second)).votes).toHaveAttribute('data-mine', '0')
  await expect(boris.page.getByTestId('vote-bar')).toHaveAttribute('data-remaining', '1')
  await voteFor(maps.boris, third, 1)

  // C puts both dots on one card, and sees no counts while the results are hidden.
  await voteFor(maps.vera, first, 1)
  await voteFor(maps.vera, first, 2)
  await expect(vera.page.getByTestId('vote-bar')).toHaveAttribute('data-remaining', '0')
  await expectNever(
    'a count on C’s cards before the close',
    async () => (await vera.page.getByTestId('card-vote-count').count()) > 0,
  )

  // A script on B's page, with B's own voter key, cannot place a third dot.
  const scripted = await boris.page.evaluate(
    async ({ boardId, voteId, cardId }) => {
      const token = sessionStorage.getItem(`cxmap.token.${boardId}`)
      const response = await fetch(`/api/boards/${boardId}/votes/${voteId}/ballots`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-voter-key': localStorage.getItem('cxmap.voterKey') ?? '',
        },
        body: JSON.stringify({ cardId }),
      })
      return { status: response.status, body: (await response.json()) as { error?: { code: string } } }
    },
    { boardId: board.id, voteId: voteId!, cardId: second.id },
  )
  expect(scripted.status).toBe(409)
  expect(scripted.body.error?.code).toBe('conflict')

  // …nor with 50 keys it invents (the probe of issue 12): only the key its page's connection claimed is a voter.
  const invented = await boris.page.evaluate(
    async ({ boardId, voteId, cardId }) => {
      const token = sessionStorage.getItem(`cxmap.token.${boardId}`)
      const statuses: number[] = []
      for (let i = 0; i < 50; i += 1) {
        const bytes = crypto.getRandomValues(new Uint8Array(32))
        const key = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
        const response = await fetch(`/api/boards/${boardId}/votes/${voteId}/ballots`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-voter-key': key },
          body: JSON.stringify({ cardId }),
        })
        statuses.push(response.status)
      }
      return statuses
    },
    { boardId: board.id, voteId: voteId!, cardId: second.id },
  )
  expect(new Set(invented)).toEqual(new Set([403]))

  // The facilitator closes: all three see the counts on the cards.
  await openCockpit(anna)
  await expect(anna.page.getByTestId('vote-progress')).toContainText('2')
  await anna.page.getByTestId('vote-close').click()
  await expect(anna.page.getByTestId('vote-current')).toHaveAttribute('data-status', 'closed')
  await anna.page.keyboard.press('Escape')
  const counts = { [first.id]: 3, [third.id]: 1 }
  for (const map of Object.values(maps)) {
    await expect(map.page.getByTestId('vote-bar')).toHaveAttribute('data-status', 'closed')
    await expect((await cardVotes(map, first)).count).toHaveAttribute('data-count', '3')
    await expect((await cardVotes(map, third)).count).toHaveAttribute('data-count', '1')
    await expect((await cardVotes(map, second)).count).toHaveCount(0)
  }

  // The heat map counts the dots: every cell is its severities plus its votes, the hottest included.
  const expected = expectedHeat(grid, cards, counts)
  for (const map of [maps.boris, maps.vera]) {
    await map.showWholeGrid(grid)
    await map.setHeatMap(true)
    await expect
      .poll(async () =>
        (await map.cellLooks(grid)).map((row) => row.map((cell) => (cell === 'missing' ? -1 : cell.heat))),
      )
      .toEqual(expected)
  }
  const hottest = Math.max(...expected.flat())
  const hottestWithoutVotes = Math.max(...withoutVotes.flat())
  expect(hottest, 'the votes raise the hottest cell').toBeGreaterThan(hottestWithoutVotes)
})
