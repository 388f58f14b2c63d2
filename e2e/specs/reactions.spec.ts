import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures.ts'

/** Counts the board doc's updates on a page from now on (`window.__e2e.boardUpdates`). */
async function countBoardUpdates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scratch = (window.__e2e ??= {})
    scratch.boardUpdates = 0
    window.__cxmap!.doc.on('update', () => {
      scratch.boardUpdates = (scratch.boardUpdates as number) + 1
    })
  })
}

const boardUpdates = (page: Page) => page.evaluate(() => window.__e2e?.boardUpdates)

/** Where this page's mouse is on the board (page coordinates), as its presence publishes it. */
const cursorPagePoint = (page: Page) =>
  page.evaluate(() => {
    const editor = window.__cxmap!.editor as unknown as { inputs: { getCurrentPagePoint(): { x: number; y: number } } }
    const { x, y } = editor.inputs.getCurrentPagePoint()
    return { x, y }
  })

/** The screen point of a burst on a page (its anchor: the sender's cursor). */
const burstScreenPoint = (page: Page, emoji: string) =>
  page
    .locator(`[data-testid="reaction-burst"][data-emoji="${emoji}"]`)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect()
      return { x: box.left, y: box.top }
    })

test('reactions: a burst at the sender’s cursor on everyone’s screen, gone in seconds, never in the board doc', async ({
  api,
  openUser,
}) => {
  test.setTimeout(90_000)
  const board = await api.createBoard('Реакции', { locale: 'ru', template: 'base-cjm', withExample: true })
  const anna = await openUser({ name: 'Анна', department: 'CX' })
  const vera = await openUser({ name: 'Вера', department: 'ИТ' })
  await anna.openBoard(board.links.editor)
  await vera.openBoard(board.links.viewer)
  for (const user of [anna, vera]) await user.board.waitConnected()
  for (const user of [anna, vera]) await countBoardUpdates(user.page)

  // Anna points somewhere on the canvas and reacts from the keyboard: Shift+R opens the picker, 2 is ❤️.
  const spot = await anna.board.findEmptyCanvasPoint()
  await anna.board.hoverCanvas([spot, { x: spot.x + 12, y: spot.y + 8 }])
  await expect(vera.board.collaboratorCursor('Анна')).toBeVisible()
  const annaPoint = await cursorPagePoint(anna.page)
  await anna.page.keyboard.press('Shift+R')
  await expect(anna.page.getByTestId('reactions-picker')).toBeVisible()
  await anna.page.keyboard.press('2')

  // Vera sees it where Anna's cursor is on her own screen (whatever her camera), next to Anna's cursor tag.
  const heart = vera.page.locator('[data-testid="reaction-burst"][data-emoji="❤️"]')
  await expect(heart).toHaveCount(1)
  await expect(heart).toHaveAttribute('data-page-x', String(annaPoint.x))
  const expected = await vera.page.evaluate((point) => window.__cxmap!.editor.pageToScreen(point), annaPoint)
  const shown = await burstScreenPoint(vera.page, '❤️')
  expect(Math.hypot(shown.x - expected.x, shown.y - expected.y)).toBeLessThan(2)
  const cursor = await vera.board.collaboratorCursor('Анна').boundingBox()
  expect(cursor, 'Anna’s cursor on Vera’s screen').not.toBeNull()
  expect(Math.hypot(shown.x - cursor!.x, shown.y - cursor!.y)).toBeLessThan(40)
  // Anna sees her own burst too.
  await expect(anna.page.locator('[data-testid="reaction-burst"][data-emoji="❤️"]')).toHaveCount(1)
  // It is gone within a few seconds, and Anna's awareness no longer carries it.
  await expect(heart).toHaveCount(0, { timeout: 5000 })
  await expect
    .poll(() =>
      anna.page.evaluate(
        () =>
          window.__cxmap!.provider.awareness.getStates().get(window.__cxmap!.provider.awareness.clientID)?.reaction ??
          null,
      ),
    )
    .toBeNull()

  // A viewer reacts too, from the picker's button.
  await vera.page.keyboard.press('Escape')
  await vera.page.getByTestId('reactions-button').click()
  await vera.page.locator('[data-testid="reaction-emoji"][data-emoji="🎉"]').click()
  await expect(anna.page.locator('[data-testid="reaction-burst"][data-emoji="🎉"]')).toHaveCount(1)

  // The picker stays open for more; twelve presses in one instant send a few at most.
  await expect(anna.page.getByTestId('reactions-picker')).toBeVisible()
  await anna.page.evaluate(() => {
    for (let i = 0; i < 12; i += 1) window.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1' }))
  })
  const thumbs = vera.page.locator('[data-testid="reaction-burst"][data-emoji="👍"]')
  await expect(thumbs).not.toHaveCount(0)
  expect(await thumbs.count()).toBeLessThanOrEqual(4)

  // Nothing of it went into the board doc, on either screen.
  await expect(thumbs).toHaveCount(0, { timeout: 5000 })
  expect(await boardUpdates(anna.page)).toBe(0)
  expect(await boardUpdates(vera.page)).toBe(0)
})
