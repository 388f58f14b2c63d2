import { expect, test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { JourneyBoard, type CardShape } from '../support/pages/JourneyBoard.ts'

/** Opens the facilitator's cockpit (a popover in the top bar). */
async function openCockpit(user: User): Promise<void> {
  const panel = user.page.getByTestId('workshop-panel')
  if (await panel.isVisible()) return
  await user.page.getByTestId('workshop-button').click()
  await expect(panel).toBeVisible()
}

/** The dot count a person sees on a card, with the card in the middle of their screen. */
async function countOn(map: JourneyBoard, card: CardShape) {
  await map.centerOn({ x: card.x + card.props.w / 2, y: card.y + card.props.h / 2 }, 1)
  return map.cardElement(card.id).getByTestId('card-vote-count')
}

test('vote results: clearing asks first, can be cancelled and restored; the ranking can be shown to everyone', async ({
  api,
  openUser,
}) => {
  test.setTimeout(120_000)
  const board = await api.createBoard('Итоги', { locale: 'ru', template: 'base-cjm', withExample: true })
  const anna = await openUser({ name: 'Анна', department: 'CX' })
  const boris = await openUser({ name: 'Борис', department: 'Продажи' })
  await anna.openBoard(board.links.facilitator)
  await boris.openBoard(board.links.editor)
  for (const user of [anna, boris]) await user.board.waitConnected()
  await chooseOption(anna.board.localeSwitch, 'ru')
  const map = new JourneyBoard(boris.board)
  const barrier = (await map.cards()).find((card) => card.props.kind === 'barrier')!

  // A vote with two dots on one barrier, closed.
  await openCockpit(anna)
  await anna.page.getByTestId('vote-per-person').fill('2')
  await anna.page.getByTestId('vote-open').click()
  await anna.page.keyboard.press('Escape')
  const votes = map.cardElement(barrier.id).getByTestId('card-votes')
  for (const mine of [1, 2]) {
    await countOn(map, barrier)
    await map.cardElement(barrier.id).getByTestId('card-vote-add').click()
    await expect(votes).toHaveAttribute('data-mine', String(mine))
  }
  await openCockpit(anna)
  await anna.page.getByTestId('vote-close').click()
  await expect(await countOn(map, barrier)).toHaveAttribute('data-count', '2')

  // Clearing asks first, in the app's own dialog (never the browser's); cancelling keeps the results.
  anna.page.on('dialog', (dialog) => {
    throw new Error(`a browser dialog opened: ${dialog.message()}`)
  })
  const dialog = anna.page.getByTestId('vote-clear-dialog')
  await anna.page.getByTestId('vote-clear').click()
  await expect(dialog).toBeVisible()
  await expect(dialog).toHaveAttribute('role', 'alertdialog')
  await expect(dialog).toContainText('Убрать итоги?')
  await dialog.screenshot({ path: test.info().outputPath('clear-dialog.png') })
  await anna.page.getByTestId('vote-clear-cancel').click()
  await expect(dialog).toHaveCount(0)
  await expect(anna.page.getByTestId('vote-current')).toHaveAttribute('data-status', 'closed')
  await expect(await countOn(map, barrier)).toHaveAttribute('data-count', '2')

  // Escape also steps back, without closing the cockpit.
  await anna.page.getByTestId('vote-clear').click()
  await anna.page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(anna.page.getByTestId('workshop-panel')).toBeVisible()

  // Confirming clears: the count leaves the participant's card and the vote bar goes.
  await anna.page.getByTestId('vote-clear').click()
  await anna.page.getByTestId('vote-clear-confirm').click()
  await expect(anna.page.getByTestId('vote-cleared')).toBeVisible()
  await expect(anna.page.getByTestId('vote-setup')).toBeVisible()
  await expect(await countOn(map, barrier)).toHaveCount(0)
  await expect(boris.page.getByTestId('vote-bar')).toHaveCount(0)

  // Restoring brings the same counts back on the participant's screen.
  await anna.page.getByTestId('vote-restore').click()
  await expect(anna.page.getByTestId('vote-current')).toHaveAttribute('data-status', 'closed')
  await expect(await countOn(map, barrier)).toHaveAttribute('data-count', '2')
  await expect(boris.page.getByTestId('vote-bar')).toHaveAttribute('data-status', 'closed')

  // The ranking is the facilitator's until shown to everyone; then the participant sees it and their heat map turns on.
  await expect(boris.page.getByTestId('vote-ranking')).toHaveCount(0)
  await map.setHeatMap(false)
  await anna.page.getByTestId('vote-share').check()
  const ranking = boris.page.getByTestId('vote-ranking')
  await expect(ranking).toBeVisible()
  await expect(ranking.getByTestId('vote-top').locator('li')).toHaveCount(1)
  await expect(ranking.getByTestId('vote-top')).toContainText('2')
  await expect(map.heatMapToggle).toHaveAttribute('aria-pressed', 'true')
  // The participant may still turn their own heat map off.
  await map.setHeatMap(false)
  await expect(map.heatMapToggle).toHaveAttribute('aria-pressed', 'false')
  await anna.page.getByTestId('vote-share').uncheck()
  await expect(ranking).toHaveCount(0)
})
