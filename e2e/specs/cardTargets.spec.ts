import type { Page } from '@playwright/test'
import { expect, test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { JourneyBoard, type CardShape } from '../support/pages/JourneyBoard.ts'
import { RoadmapView } from '../support/pages/RoadmapView.ts'
import { waitForCameraStill } from '../support/sessionChecks.ts'

/** The controls people click on cards during a session (client/src/journey/cards, workshop/vote, roadmap/send). */
const CONTROL_SELECTOR = [
  'card-vote-add',
  'card-vote-back',
  'card-severity-compact',
  'card-score-compact',
  'card-department',
  'card-roadmap-badge',
  'card-more',
]
  .map((id) => `[data-testid="${id}"]`)
  .concat('[data-testid^="card-severity-"]', '[data-testid^="card-score-"]')
  .join(', ')

const MIN_TARGET_PX = 24
/** Sub-pixel rounding of a counter-scaled control (1/zoom is rarely exact). */
const ROUNDING_PX = 0.5

interface Target {
  testId: string
  cardId: string
  x: number
  y: number
  w: number
  h: number
  card: { x: number; y: number; w: number; h: number }
  /** Whether something else (a panel, a toast) takes a click at the control's centre. */
  isCovered: boolean
}

/** The screen boxes of every card control inside the canvas viewport, with the box of the card that holds it. */
async function visibleTargets(page: Page): Promise<Target[]> {
  return page.evaluate((selector) => {
    const canvas = document.querySelector('.tl-canvas')!.getBoundingClientRect()
    return Array.from(document.querySelectorAll(selector)).flatMap((element) => {
      const card = element.closest('[data-testid="journey-card"]')
      const box = element.getBoundingClientRect()
      const inView =
        box.width > 0 &&
        box.left >= canvas.left &&
        box.top >= canvas.top &&
        box.right <= canvas.right &&
        box.bottom <= canvas.bottom
      if (!card || !inView) return []
      const cardBox = card.getBoundingClientRect()
      const shape = card.closest('.tl-shape')
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return [
        {
          testId: element.getAttribute('data-testid') ?? '',
          cardId: shape?.getAttribute('data-shape-id') ?? '',
          x: box.left,
          y: box.top,
          w: box.width,
          h: box.height,
          card: { x: cardBox.left, y: cardBox.top, w: cardBox.width, h: cardBox.height },
          isCovered: !hit || !element.contains(hit),
        },
      ]
    })
  }, CONTROL_SELECTOR)
}

function overlap(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > ROUNDING_PX && h > ROUNDING_PX ? w * h : 0
}

/** Every control at least 24×24 on screen, inside its card, and no two of them overlapping. */
function expectUsableTargets(targets: Target[], label: string): void {
  expect(targets.length, `${label}: controls in view`).toBeGreaterThan(10)
  for (const t of targets) {
    const where = `${label}: ${t.testId} on ${t.cardId} is ${t.w.toFixed(1)}×${t.h.toFixed(1)}`
    expect(t.w, where).toBeGreaterThanOrEqual(MIN_TARGET_PX - ROUNDING_PX)
    expect(t.h, where).toBeGreaterThanOrEqual(MIN_TARGET_PX - ROUNDING_PX)
    expect(t.x, `${where}, left of its card`).toBeGreaterThanOrEqual(t.card.x - ROUNDING_PX)
    expect(t.y, `${where}, above its card`).toBeGreaterThanOrEqual(t.card.y - ROUNDING_PX)
    expect(t.x + t.w, `${where}, right of its card`).toBeLessThanOrEqual(t.card.x + t.card.w + ROUNDING_PX)
    expect(t.y + t.h, `${where}, below its card`).toBeLessThanOrEqual(t.card.y + t.card.h + ROUNDING_PX)
  }
  for (const [i, a] of targets.entries()) {
    for (const b of targets.slice(i + 1)) {
      expect(overlap(a, b), `${label}: ${a.testId} on ${a.cardId} overlaps ${b.testId} on ${b.cardId}`).toBe(0)
    }
  }
}

/** Zooms to fit the whole board, as the app's "fit" does; returns the zoom. */
async function zoomToFit(page: Page): Promise<number> {
  return page.evaluate(() => {
    const editor = window.__cxmap!.editor as unknown as {
      selectNone(): unknown
      zoomToFit(): unknown
      getZoomLevel(): number
    }
    editor.selectNone()
    editor.zoomToFit()
    return editor.getZoomLevel()
  })
}

/** Opens a vote on every kind a card can have, from the facilitator's cockpit. */
async function openVoteOnAllKinds(user: User): Promise<void> {
  await user.page.getByTestId('workshop-button').click()
  await expect(user.page.getByTestId('workshop-panel')).toBeVisible()
  const kinds = user.page.locator('[data-testid^="vote-kind-"]')
  for (const box of await kinds.all()) await box.check()
  await user.page.getByTestId('vote-open').click()
  await expect(user.page.getByTestId('vote-current')).toHaveAttribute('data-status', 'open')
  await user.page.keyboard.press('Escape')
}

/** Gives a card the board's longest-named department and a long author; returns the department's name. */
async function giveLongFooter(page: Page, card: CardShape, authorName: string): Promise<string> {
  return page.evaluate(
    ({ cardId, cardType, authorName }) => {
      const hook = window.__cxmap!
      const departments = Object.values(
        hook.doc.getMap('departments').toJSON() as Record<string, { id: string; name: string }>,
      )
      const longest = departments.sort((a, b) => b.name.length - a.name.length)[0]!
      const editor = hook.editor as unknown as { updateShape(partial: unknown): unknown }
      editor.updateShape({ id: cardId, type: cardType, props: { departmentId: longest.id, authorName } })
      return longest.name
    },
    { cardId: card.id, cardType: card.type, authorName },
  )
}

test('card controls stay 24 px targets at fit-to-screen zoom, apart, and a footer with badges keeps its text', async ({
  api,
  openUser,
}, testInfo) => {
  test.setTimeout(150_000)
  const board = await api.createBoard('Цели касания', { locale: 'ru', template: 'base-cjm', withExample: true })
  const anna = await openUser({ name: 'Анна', department: 'CX' })
  await anna.openBoard(board.links.facilitator)
  await anna.board.waitConnected()
  await chooseOption(anna.board.localeSwitch, 'ru')
  const map = new JourneyBoard(anna.board)
  const roadmap = new RoadmapView(anna.page)
  const grid = await map.onlyGrid()
  const barrier = (await map.cards()).find((card) => card.props.kind === 'barrier')!
  const author = 'Анна Викторовна'
  const department = await giveLongFooter(anna.page, barrier, author)

  // The barrier goes to the roadmap, so it carries a badge besides its votes.
  await map.showWholeGrid(grid)
  await anna.page.mouse.click(...(await map.cardLabelPoint(barrier)))
  await expect.poll(() => roadmap.selectedShapeIds()).toEqual([barrier.id])
  const sendButton = roadmap.sendButton
  await expect(sendButton).toBeVisible()
  const box = (await sendButton.boundingBox())!
  const sendBox = { x: box.x, y: box.y, w: box.width, h: box.height }
  const others = (await visibleTargets(anna.page)).filter((t) => t.cardId !== barrier.id)
  for (const t of others) expect(overlap(sendBox, t), `the send button covers ${t.testId} on ${t.cardId}`).toBe(0)
  await sendButton.click()
  await roadmap.sendSubmit.click()
  await expect(roadmap.badgeOn(barrier.id)).toBeVisible()
  await roadmap.drawerClose.click()
  await expect(roadmap.drawer).toHaveCount(0)
  await anna.page
    .getByTestId('send-notice')
    .getByRole('button', { name: /×|dismiss|закрыть/i })
    .click()
  await openVoteOnAllKinds(anna)

  // Fit to screen at 1280×800: every control a 24 px target inside its card, none overlapping another.
  await waitForCameraStill(anna.page)
  const fitZoom = await zoomToFit(anna.page)
  expect(fitZoom, 'fit-to-screen zooms out').toBeLessThan(0.8)
  await waitForCameraStill(anna.page)
  await expect(map.cardElements.first().getByTestId('card-strip')).toBeVisible()
  const atFit = await visibleTargets(anna.page)
  expectUsableTargets(atFit, `fit ${Math.round(fitZoom * 100)} %`)
  await anna.page.screenshot({ path: testInfo.outputPath('cards-fit.png') })

  // The smallest "+" takes a vote.
  const adds = atFit.filter((t) => t.testId === 'card-vote-add' && !t.isCovered).sort((a, b) => a.w * a.h - b.w * b.h)
  const smallest = adds[0]!
  await anna.page.mouse.click(smallest.x + smallest.w / 2, smallest.y + smallest.h / 2)
  await expect(map.cardElement(smallest.cardId).getByTestId('card-votes')).toHaveAttribute('data-mine', '1')

  // A zoomed-out barrier's severity is one button; its five choices open at screen size. (Read again: the dot just
  // placed moves the vote count into the card's corner.)
  const severity = (await visibleTargets(anna.page)).find((t) => t.testId === 'card-severity-compact' && !t.isCovered)!
  await anna.page.mouse.click(severity.x + severity.w / 2, severity.y + severity.h / 2)
  const popover = anna.page.getByTestId('card-rating-popover')
  const pick = popover.getByTestId('card-severity-1')
  const pickBox = (await pick.boundingBox())!
  expect(Math.min(pickBox.width, pickBox.height)).toBeGreaterThanOrEqual(MIN_TARGET_PX - ROUNDING_PX)
  await pick.click()
  await expect(popover).toHaveCount(0)
  await expect.poll(async () => (await map.card(severity.cardId))?.props.severity).toBe(1)

  // At 55 % (fit-to-screen of one grid on a laptop), 30 % and 100 % the same holds.
  await map.centerOn({ x: grid.x + 620, y: grid.y + 420 }, 0.55)
  expectUsableTargets(await visibleTargets(anna.page), '55 %')
  await anna.page.screenshot({ path: testInfo.outputPath('cards-55.png') })
  await map.centerOn({ x: barrier.x + 100, y: barrier.y + 60 }, 0.3)
  expectUsableTargets(await visibleTargets(anna.page), '30 %')
  await map.centerOn({ x: barrier.x + barrier.props.w / 2, y: barrier.y + barrier.props.h / 2 }, 1)
  await expect(map.cardElement(barrier.id).locator('.cx-card__footer')).toBeVisible()
  expectUsableTargets(await visibleTargets(anna.page), '100 %')
  await anna.page.screenshot({ path: testInfo.outputPath('cards-100.png') })

  // The long department and the author stay whole beside the vote and roadmap badges (or whole in the tooltip).
  const footer = await map
    .cardElement(barrier.id)
    .locator('.cx-card__chip, .cx-card__author')
    .evaluateAll((elements) =>
      elements.map((e) => ({
        text: e.textContent ?? '',
        clipped: e.scrollWidth > e.clientWidth + 1,
        title: e.getAttribute('title') ?? '',
      })),
    )
  expect(footer.map((part) => part.text)).toEqual([department, author])
  for (const part of footer) {
    expect(!part.clipped || part.title.includes(part.text), `«${part.text}» is cut without its full text`).toBe(true)
  }
  expect(
    footer.every((part) => !part.clipped),
    'department and author fit beside the badges',
  ).toBe(true)
})
