import { getGridHeight, getGridWidth, getLaneOffsets, getStageOffsets } from '@cxmap/shared'
import type { Editor } from 'tldraw'
import { isJourneyCard } from '../cards/cardShape.ts'
import { isJourneyGrid, listCardsOnGrid } from './gridCards.ts'

/** A box in page coordinates with the same box in screen (client) pixels. */
export interface ProbeBox {
  x: number
  y: number
  w: number
  h: number
  screen: { x: number; y: number; w: number; h: number }
}

/** A journey card as laid out: its grid cell (-1 outside the cells) and its box. */
export interface ProbeCard extends ProbeBox {
  id: string
  gridId: string | null
  stageIndex: number
  laneIndex: number
}

/** A grid's stage headers (title boxes), lane titles and lane rows. */
export interface ProbeGrid extends ProbeBox {
  id: string
  stages: (ProbeBox & { index: number; title: string })[]
  lanes: (ProbeBox & { index: number; title: string; row: ProbeBox })[]
}

/** What `window.__cxmap.journeyLayout()` returns. */
export interface JourneyLayoutProbe {
  cards: ProbeCard[]
  grids: ProbeGrid[]
}

function toBox(editor: Editor, x: number, y: number, w: number, h: number): ProbeBox {
  const topLeft = editor.pageToScreen({ x, y })
  const bottomRight = editor.pageToScreen({ x: x + w, y: y + h })
  return {
    x,
    y,
    w,
    h,
    screen: { x: topLeft.x, y: topLeft.y, w: bottomRight.x - topLeft.x, h: bottomRight.y - topLeft.y },
  }
}

/** Every journey card and grid part of the current page, in page and screen coordinates (for e2e assertions). */
export function readJourneyLayout(editor: Editor): JourneyLayoutProbe {
  const shapes = editor.getCurrentPageShapesSorted()
  const cells = new Map<string, { gridId: string; stageIndex: number; laneIndex: number }>()
  const grids: ProbeGrid[] = []
  for (const grid of shapes.filter(isJourneyGrid)) {
    for (const { card, stageIndex, laneIndex } of listCardsOnGrid(editor, grid)) {
      if (stageIndex >= 0 && laneIndex >= 0) cells.set(card.id, { gridId: grid.id, stageIndex, laneIndex })
    }
    const { props } = grid
    const width = getGridWidth(props)
    const stageX = getStageOffsets(props)
    const laneY = getLaneOffsets(props)
    grids.push({
      id: grid.id,
      ...toBox(editor, grid.x, grid.y, width, getGridHeight(props)),
      stages: props.stages.map((stage, index) => ({
        index,
        title: stage.title,
        ...toBox(editor, grid.x + (stageX[index] ?? 0), grid.y, stage.w, props.headerH),
      })),
      lanes: props.lanes.map((lane, index) => ({
        index,
        title: lane.title,
        ...toBox(editor, grid.x, grid.y + (laneY[index] ?? 0), props.headerW, lane.h),
        row: toBox(editor, grid.x + props.headerW, grid.y + (laneY[index] ?? 0), width - props.headerW, lane.h),
      })),
    })
  }
  const cards = shapes.filter(isJourneyCard).map((card): ProbeCard => {
    const bounds = editor.getShapePageBounds(card)
    const cell = cells.get(card.id)
    return {
      id: card.id,
      gridId: cell?.gridId ?? null,
      stageIndex: cell?.stageIndex ?? -1,
      laneIndex: cell?.laneIndex ?? -1,
      ...toBox(editor, bounds?.x ?? card.x, bounds?.y ?? card.y, card.props.w, card.props.h),
    }
  })
  return { cards, grids }
}
