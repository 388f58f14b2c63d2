import { getLaneOffsets, getStageOffsets } from '@cxmap/shared'
import { expect, type Page } from '@playwright/test'
import type { CardShape, GridShape, JourneyBoard } from './pages/JourneyBoard.ts'

/** A rectangle in CSS pixels of the window, or in page units of the board. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Whether two boxes share area (touching edges do not count; `slack` forgives sub-pixel rounding). */
export function intersects(a: Box, b: Box, slack = 0.5): boolean {
  return a.x + a.w - slack > b.x && b.x + b.w - slack > a.x && a.y + a.h - slack > b.y && b.y + b.h - slack > a.y
}

/** What is wrong with the cards' layout on one screen: overlapping pairs and cards outside their lane. */
export interface LayoutProblems {
  overlaps: string[]
  outsideLane: string[]
}

/**
 * Checks, from the page's own editor state (each card's page bounds, the grids' lanes), that no two cards of a grid
 * overlap and that every card lies inside the lane under its centre.
 */
export async function readLayoutProblems(map: JourneyBoard): Promise<LayoutProblems> {
  const [grids, cards] = await Promise.all([map.grids(), map.cards()])
  const boxes = cards.map((card) => ({ card, box: cardBox(card) }))
  const overlaps: string[] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (intersects(boxes[i]!.box, boxes[j]!.box)) overlaps.push(`${boxes[i]!.card.id} × ${boxes[j]!.card.id}`)
    }
  }
  const outsideLane: string[] = []
  for (const { card, box } of boxes) {
    const grid = grids.find((g) => containsPoint(gridBox(g), centre(box)))
    if (!grid) continue
    const lane = laneBoxes(grid).find((l) => containsPoint(l, centre(box)))
    if (!lane || !inside(box, lane)) outsideLane.push(card.id)
  }
  return { overlaps, outsideLane }
}

/** Cards of the page's only grid that do not lie wholly inside its lane `laneIndex` (with where each is). */
export async function readCardsOutsideLane(map: JourneyBoard, laneIndex: number): Promise<string[]> {
  const [grid, cards] = await Promise.all([map.onlyGrid(), map.cards()])
  const lane = laneBoxes(grid)[laneIndex]!
  return cards
    .filter((card) => !inside(cardBox(card), lane))
    .map((card) => `${card.id} at ${JSON.stringify(cardBox(card))} outside lane ${JSON.stringify(lane)}`)
}

function cardBox(card: CardShape): Box {
  return { x: card.x, y: card.y, w: card.props.w, h: card.props.h }
}

function gridBox(grid: GridShape): Box {
  const lanes = laneBoxes(grid)
  const last = lanes[lanes.length - 1]!
  return { x: grid.x, y: grid.y, w: Number.MAX_SAFE_INTEGER, h: last.y + last.h - grid.y }
}

/** Each lane's body (right of the lane headers, across every stage) in page units. */
function laneBoxes(grid: GridShape): Box[] {
  const stageOffsets = getStageOffsets(grid.props)
  const left = grid.x + stageOffsets[0]!
  const lastStage = grid.props.stages.length - 1
  const right = grid.x + stageOffsets[lastStage]! + grid.props.stages[lastStage]!.w
  return getLaneOffsets(grid.props).map((offset, i) => ({
    x: left,
    y: grid.y + offset,
    w: right - left,
    h: grid.props.lanes[i]!.h,
  }))
}

const centre = (box: Box) => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 })
const containsPoint = (box: Box, p: { x: number; y: number }) =>
  p.x >= box.x && p.x <= box.x + box.w && p.y >= box.y && p.y <= box.y + box.h
const inside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.w <= outer.x + outer.w + slack &&
  inner.y + inner.h <= outer.y + outer.h + slack

/** Window boxes of every visible element matching `selector`, with a label for messages. */
export async function visibleBoxes(page: Page, selector: string): Promise<{ label: string; box: Box }[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const rect = element.getBoundingClientRect()
      const style = getComputedStyle(element)
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || style.display === 'none') return []
      const label = `${element.getAttribute('data-testid') ?? element.className}: ${element.textContent?.trim().slice(0, 40)}`
      return [{ label, box: { x: rect.x, y: rect.y, w: rect.width, h: rect.height } }]
    }),
  )
}

/** Pairs of (session element, work element) whose window boxes intersect. */
export async function findCovered(page: Page, sessionSelector: string, workSelector: string): Promise<string[]> {
  const [session, work] = await Promise.all([visibleBoxes(page, sessionSelector), visibleBoxes(page, workSelector)])
  return session.flatMap((s) => work.filter((w) => intersects(s.box, w.box)).map((w) => `${s.label} covers ${w.label}`))
}

/** Visible elements matching `selector` that stick out of the window (cut off at its right or bottom edge). */
export async function findOutsideWindow(page: Page, selector: string): Promise<string[]> {
  const size = page.viewportSize()
  if (!size) return []
  const boxes = await visibleBoxes(page, selector)
  return boxes
    .filter(({ box }) => box.x + box.w > size.width + 0.5 || box.y + box.h > size.height + 0.5)
    .map((b) => b.label)
}

/** Waits until this page's camera has stopped moving (a fit or a follow animates, and a resize may refit). */
export async function waitForCameraStill(page: Page): Promise<void> {
  let previous = ''
  await expect
    .poll(
      async () => {
        // The viewport's place on screen too: a session bar appearing or folding resizes the canvas a frame later.
        const camera = await page.evaluate(() => {
          const editor = window.__cxmap!.editor as unknown as {
            getCamera(): unknown
            getViewportScreenBounds(): unknown
          }
          return JSON.stringify([editor.getCamera(), editor.getViewportScreenBounds()])
        })
        const isStill = camera === previous
        previous = camera
        return isStill
      },
      { message: 'the camera stops moving', intervals: [150] },
    )
    .toBe(true)
}
