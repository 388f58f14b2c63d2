import { expect, test, type User } from '../support/fixtures.ts'
import { JourneyBoard } from '../support/pages/JourneyBoard.ts'
import { expectNever } from '../support/poll.ts'

/** Opens the facilitator's cockpit (a popover in the top bar). */
async function openCockpit(user: User): Promise<void> {
  const panel = user.page.getByTestId('workshop-panel')
  if (await panel.isVisible()) return
  await user.page.getByTestId('workshop-button').click()
  await expect(panel).toBeVisible()
}

/** Whether a shape reached this user's doc and store. */
async function hasShape(user: User, id: string): Promise<boolean> {
  return (await user.board.shape(id)) !== null
}

test.describe('private brainstorm', () => {
  test("B's cards stay on B's machine, through a reload without the server, until the facilitator reveals", async ({
    api,
    openUser,
  }) => {
    test.setTimeout(150_000)
    const board = await api.createBoard('Я-Мы-Клиент', { locale: 'ru', template: 'i-we-client', withExample: false })
    const anna = await openUser({ name: 'Анна', department: 'CX' })
    const boris = await openUser({ name: 'Борис', department: 'Продажи', throughNetworkLink: true })
    const vera = await openUser({ name: 'Вера', department: 'ИТ' })
    await anna.openBoard(board.links.facilitator)
    await boris.openBoard(board.links.editor)
    await vera.openBoard(board.links.editor)
    for (const user of [anna, boris, vera]) await user.board.waitConnected()

    // The facilitator starts it; participants are told their new cards are private.
    await openCockpit(anna)
    await anna.page.getByTestId('brainstorm-start').click()
    for (const user of [boris, vera]) await expect(user.page.getByTestId('brainstorm-badge')).toBeVisible()

    // B adds a card from the palette and a second one; they are marked private on B's screen.
    const borisMap = new JourneyBoard(boris.board)
    const before = (await borisMap.cards()).map((card) => card.id)
    await borisMap.dragFromPalette('idea', { x: 200, y: 200 })
    const first = await borisMap.waitForNewCard(before)
    await expect(borisMap.cardElement(first.id)).toHaveAttribute('data-private', 'true')
    const second = await boris.board.createRectangle({ x: 600, y: 200, w: 80, h: 60 })

    // The facilitator sees that two private cards exist (B's presence says so) — yet nobody else has them.
    await expect(anna.page.getByTestId('brainstorm-progress')).toContainText('2')
    await expectNever('B’s private cards reach V or the facilitator', async () => {
      for (const id of [first.id, second]) {
        if ((await hasShape(vera, id)) || (await hasShape(anna, id))) return true
      }
      return false
    })
    const doc = await api.journeyJson(board.id, board.tokens.viewer)
    expect(JSON.stringify(doc)).not.toContain(first.id)

    // B loses the server and reloads: the private cards are still on B's screen.
    await boris.cutSync()
    await boris.board.reload()
    await boris.board.expectStatus(['offline', 'reconnecting'])
    await expect.poll(() => hasShape(boris, first.id)).toBe(true)
    await expect.poll(() => hasShape(boris, second)).toBe(true)

    // The facilitator reveals while B is away; B's cards appear for everyone once B is back.
    await anna.page.getByTestId('brainstorm-reveal').click()
    await expect(vera.page.getByTestId('brainstorm-badge')).toHaveCount(0)
    await boris.goOnline()
    await boris.board.waitConnected()
    for (const user of [vera, anna]) {
      await expect.poll(() => hasShape(user, first.id)).toBe(true)
      await expect.poll(() => hasShape(user, second)).toBe(true)
    }
    await expect(borisMap.cardElement(first.id)).not.toHaveAttribute('data-private', 'true')
  })
})
