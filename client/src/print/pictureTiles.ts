/**
 * Printing a grid's picture (tldraw's SVG of the grid and its cards) legibly: on one page when it can be read there,
 * else cut at stage and lane boundaries into pages that each repeat the lane titles on the left and the stage headers
 * on top. Pure arithmetic on the grid's geometry (board units) and the page's content box (CSS pixels).
 */

/** Scale below which a card's text (16 units) prints under 6.5 pt, too small to read comfortably on paper. */
export const READABLE_SCALE = 0.55
/** Never print larger than the board itself shows at 100 %. */
export const MAX_PICTURE_SCALE = 1
/** Board units kept around the grid's outer edges, so that its frame's stroke is not cut. */
export const PICTURE_MARGIN = 8

/** A grid's layout in page coordinates (board units): its corner, header sizes, stage widths and lane heights. */
export interface GridGeometry {
  x: number
  y: number
  headerW: number
  headerH: number
  stageWidths: readonly number[]
  laneHeights: readonly number[]
}

/** A rectangle in page coordinates. */
export interface Window {
  x: number
  y: number
  w: number
  h: number
}

/** One page of a grid's picture: the stages `[from, to)` and lanes `[from, to)` it shows. */
export interface PictureTile {
  stages: [number, number]
  lanes: [number, number]
}

/** How a grid's picture is printed: its pages and one scale for all of them. */
export interface PicturePlan {
  tiles: PictureTile[]
  scale: number
  /** False when even a single stage or lane does not fit the page at {@link READABLE_SCALE}. */
  isReadable: boolean
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

/** Greedy groups of consecutive sizes that each sum to at most `cap` (an oversized item alone), as `[from, to)`. */
function groupGreedy(sizes: readonly number[], cap: number): [number, number][] {
  const groups: [number, number][] = []
  let from = 0
  let used = 0
  sizes.forEach((size, index) => {
    if (index > from && used + size > cap) {
      groups.push([from, index])
      from = index
      used = 0
    }
    used += size
  })
  if (sizes.length > 0) groups.push([from, sizes.length])
  return groups
}

/**
 * Consecutive groups of sizes that each fit `cap`, as few as greedy packing needs but as even as possible (five
 * equal stages by four: 3 + 2, not 4 + 1), found by bisecting the smallest cap that still gives that many groups.
 */
export function groupBalanced(sizes: readonly number[], cap: number): [number, number][] {
  const greedy = groupGreedy(sizes, cap)
  if (greedy.length <= 1) return greedy
  let low = Math.max(...sizes)
  let high = Math.max(low, cap)
  for (let step = 0; step < 40; step++) {
    const middle = (low + high) / 2
    if (groupGreedy(sizes, middle).length <= greedy.length) high = middle
    else low = middle
  }
  return groupGreedy(sizes, high)
}

/** Width and height of a tile's picture in board units, its lane-title column and stage-header row included. */
export function measureTile(geometry: GridGeometry, tile: PictureTile): { w: number; h: number } {
  const stages = geometry.stageWidths.slice(tile.stages[0], tile.stages[1])
  const lanes = geometry.laneHeights.slice(tile.lanes[0], tile.lanes[1])
  return {
    w: geometry.headerW + sum(stages) + 2 * PICTURE_MARGIN,
    h: geometry.headerH + sum(lanes) + 2 * PICTURE_MARGIN,
  }
}

/** Cuts a grid's picture into pages of `box` (CSS px): one page if it reads there, else stage groups × lane groups. */
export function planGridPicture(geometry: GridGeometry, box: { width: number; height: number }): PicturePlan {
  const whole: PictureTile = { stages: [0, geometry.stageWidths.length], lanes: [0, geometry.laneHeights.length] }
  const fitOf = (tile: PictureTile) => {
    const size = measureTile(geometry, tile)
    return Math.min(box.width / size.w, box.height / size.h)
  }
  const wholeFit = fitOf(whole)
  if (wholeFit >= READABLE_SCALE) {
    return { tiles: [whole], scale: Math.min(MAX_PICTURE_SCALE, wholeFit), isReadable: true }
  }
  const stageCap = box.width / READABLE_SCALE - geometry.headerW - 2 * PICTURE_MARGIN
  const laneCap = box.height / READABLE_SCALE - geometry.headerH - 2 * PICTURE_MARGIN
  const stageGroups = groupBalanced(geometry.stageWidths, stageCap)
  const laneGroups = groupBalanced(geometry.laneHeights, laneCap)
  // Like the tiled tables: a group of stages top to bottom, then the next group to the right.
  const tiles = stageGroups.flatMap((stages) => laneGroups.map((lanes): PictureTile => ({ stages, lanes })))
  const scale = Math.min(MAX_PICTURE_SCALE, ...tiles.map(fitOf))
  return { tiles, scale, isReadable: scale >= READABLE_SCALE - 1e-9 }
}

/**
 * The four page-coordinate windows a tile is drawn from: the corner above the lane titles, the stage headers of its
 * stages, the lane titles of its lanes, and its cells. Outer edges of the grid keep {@link PICTURE_MARGIN}.
 */
export function getTileWindows(
  geometry: GridGeometry,
  tile: PictureTile,
): { corner: Window; top: Window; left: Window; body: Window } {
  const m = PICTURE_MARGIN
  const stageX = (index: number) => geometry.x + geometry.headerW + sum(geometry.stageWidths.slice(0, index))
  const laneY = (index: number) => geometry.y + geometry.headerH + sum(geometry.laneHeights.slice(0, index))
  const lastStage = tile.stages[1] === geometry.stageWidths.length
  const lastLane = tile.lanes[1] === geometry.laneHeights.length
  const bodyX = stageX(tile.stages[0])
  const bodyY = laneY(tile.lanes[0])
  const bodyW = stageX(tile.stages[1]) - bodyX + (lastStage ? m : 0)
  const bodyH = laneY(tile.lanes[1]) - bodyY + (lastLane ? m : 0)
  const leftX = geometry.x - m
  const leftW = geometry.headerW + m
  const topY = geometry.y - m
  const topH = geometry.headerH + m
  return {
    corner: { x: leftX, y: topY, w: leftW, h: topH },
    top: { x: bodyX, y: topY, w: bodyW, h: topH },
    left: { x: leftX, y: bodyY, w: leftW, h: bodyH },
    body: { x: bodyX, y: bodyY, w: bodyW, h: bodyH },
  }
}

/** Height kept under a page's caption for the (up to two) lines saying a picture is printed smaller than readable. */
const NOTE_PX = 40
/** Slack under a picture: one pixel too many would push it onto a page of its own. */
const SLACK_PX = 12

/**
 * The plan for a grid's picture on pages whose content box is `box` (CSS px), `captionPx` of it kept for the heading
 * and caption, and room for the "printed smaller" note when the picture cannot be read.
 */
export function planPicturePages(
  geometry: GridGeometry,
  box: { width: number; height: number },
  captionPx: number,
): PicturePlan {
  const room = { width: box.width, height: box.height - captionPx - SLACK_PX }
  const plan = planGridPicture(geometry, room)
  return plan.isReadable ? plan : planGridPicture(geometry, { ...room, height: room.height - NOTE_PX })
}

/** Whether a tile shows the whole grid (then it is drawn from one window instead of four). */
export function isWholeTile(geometry: GridGeometry, tile: PictureTile): boolean {
  return (
    tile.stages[0] === 0 &&
    tile.stages[1] === geometry.stageWidths.length &&
    tile.lanes[0] === 0 &&
    tile.lanes[1] === geometry.laneHeights.length
  )
}
